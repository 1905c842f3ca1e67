/// Text from data made safe to put in an HTML document (handouts): as element content or as a
/// quoted attribute value.
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` as character references, and control characters and
    /// bidirectional overrides as visible `\u{XX}` escapes, as a terminal shows them (line breaks
    /// and tabs are kept when `keepNewlines` is true, for `<pre>`), so that no string from data can
    /// add markup, end an attribute or reorder the text around it.
    public static func escaped(_ text: String, keepNewlines: Bool = false) -> String {
        let visible = TerminalText.escapeControlCharacters(text, keepNewlines: keepNewlines)
        guard visible.contains(where: { "&<>\"'".contains($0) }) else { return visible }
        var output = ""
        output.reserveCapacity(visible.utf8.count + 16)
        for character in visible {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }
}
