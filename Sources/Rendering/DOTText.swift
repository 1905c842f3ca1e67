/// Text from data made safe inside Graphviz's DOT language, for pictures (`--format dot`).
///
/// A picture is for eyes, so control characters and bidirectional overrides are always shown as
/// visible `\u{XX}` escapes (as in the `table` format), never written raw, in a terminal or a file.
public enum DOTText {
    /// `text` as a DOT double-quoted string, quotes included, that Graphviz shows as written: a
    /// backslash is doubled (so no `\n`, `\N` or `\G` escape of a label or tooltip comes from data)
    /// and a `"` is escaped. Line breaks are control characters, so they become `\u{0A}`.
    public static func quoted(_ text: String) -> String {
        var output = "\""
        for character in TerminalText.escapeControlCharacters(text) {
            switch character {
            case "\\": output += "\\\\"
            case "\"": output += "\\\""
            default: output.append(character)
            }
        }
        return output + "\""
    }

    /// `text` as the content of a DOT HTML-like label: `&`, `<`, `>` and `"` become entities, so
    /// no tag or attribute comes from data; a backslash is doubled, since Graphviz reads `\N` and
    /// `\G` in an HTML-like label's text too; control characters become visible escapes.
    public static func html(_ text: String) -> String {
        var output = ""
        for character in TerminalText.escapeControlCharacters(text) {
            switch character {
            case "\\": output += "\\\\"
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.append(character)
            }
        }
        return output
    }

    /// `text` wrapped to lines of at most `width` columns (a longer word is broken), each made safe
    /// for an HTML-like label, joined with `<BR/>`.
    public static func htmlLines(_ text: String, width: Int) -> String {
        TerminalText.wrap(TerminalText.escapeControlCharacters(text), width: width).map(html).joined(separator: "<BR/>")
    }
}
