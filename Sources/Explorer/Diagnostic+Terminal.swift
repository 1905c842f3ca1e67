import KnowledgeGraph
import Rendering

extension Diagnostic.Decoration {
    /// How diagnostics are shown to a person: coloured by `style`, with control characters of the
    /// quoted source line made visible, since that line is data from a file.
    public static func terminal(_ style: Styler) -> Diagnostic.Decoration {
        Diagnostic.Decoration(error: { style.error($0) }, caret: { style.caret($0) }, sourceText: { TerminalText.escapeControlCharacters($0) })
    }
}
