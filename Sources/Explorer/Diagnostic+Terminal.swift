import KnowledgeGraph
import Rendering

extension Diagnostic.Decoration {
    /// How diagnostics are shown to a person: coloured by `style`, with control characters and
    /// bidirectional overrides of the message, the notes and the quoted source line made visible,
    /// since all three may quote data from a file (a bad id or value, names suggested).
    /// With `width`, the quoted source line is windowed to the terminal and long notes wrap at it.
    public static func terminal(_ style: Styler, width: Int? = nil) -> Diagnostic.Decoration {
        Diagnostic.Decoration(error: { style.error($0) }, caret: { style.caret($0) }, sourceText: { TerminalText.escapeControlCharacters($0) },
                              width: width, columns: { TerminalText.displayWidth(of: $0) }, wrap: { TerminalText.wrap($0, width: $1) })
    }
}
