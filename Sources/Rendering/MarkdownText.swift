/// Text from data made safe to put inline in a Markdown document (tables, transcripts, handouts).
public enum MarkdownText {
    /// `text` as one inline run of Markdown that shows as written and cannot change the document.
    ///
    /// Control characters and bidirectional overrides become visible `\u{XX}` escapes, line breaks
    /// become spaces (so the text cannot start a line of its own: no heading, code fence or quote),
    /// a `<` or `&` that could start HTML outside code spans becomes an entity (no `<script>`,
    /// `<img onerror>` or `&lt;` from data; `->` and `<-` stay as they are), a link's `](` becomes `]\(` (no link or image
    /// from data), and a leading `#`, `>`, `-`, `+`, `*`, `=`, `[` (a link definition), ```` ``` ```` or `~~~`, or a numbered list's `1.`, that could
    /// still start a block is escaped with a backslash unless `startsLine` is false (a table cell,
    /// or text after a heading's `#`). Emphasis and inline code inside the text are left alone.
    public static func escaped(_ text: String, startsLine: Bool = true) -> String {
        let flat = Array(TerminalText.escapeControlCharacters(String(text.map { $0.isNewline ? " " : $0 }), keepNewlines: true))
        var output = ""
        var index = 0
        while index < flat.count {
            let character = flat[index]
            if character == "`" {
                // A code span runs to the next run of exactly as many backticks; inside it nothing is HTML.
                let run = backtickRun(flat, at: index)
                if let close = closingRun(flat, length: run, after: index + run) {
                    output += String(flat[index..<(close + run)])
                    index = close + run
                } else {
                    output += String(repeating: "`", count: run)
                    index += run
                }
                continue
            }
            let next = index + 1 < flat.count ? flat[index + 1] : " "
            switch character {
            // Only where HTML could start: a tag, comment or autolink (`<s`, `</`, `<!`, `<?`), an entity (`&a`, `&#`).
            case "<" where next.isLetter || "/!?".contains(next): output += "&lt;"
            case "&" where next.isLetter || next == "#": output += "&amp;"
            // A link or image (`[text](javascript:…)`, `![x](http://…)`) from data stays text.
            case "]" where next == "(": output += "]\\"
            case "\t": output += " "
            default: output.append(character)
            }
            index += 1
        }
        if startsLine, output.first.map({ "#>-+*=[".contains($0) }) == true || output.hasPrefix("```") || output.hasPrefix("~~~") {
            output = "\\" + output
        } else if startsLine, let marker = orderedListMarker(output) {
            // `1. x` or `2) x` would start a numbered list: escape its `.` or `)`.
            output.insert("\\", at: marker)
        }
        return output
    }

    /// Where the `.` or `)` of a numbered list item's marker is (`12. ` starts one), or nil.
    private static func orderedListMarker(_ text: String) -> String.Index? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9, let marker = text.index(text.startIndex, offsetBy: digits.count, limitedBy: text.endIndex),
              marker < text.endIndex, ".)".contains(text[marker]) else { return nil }
        let after = text.index(after: marker)
        return after == text.endIndex || text[after] == " " ? marker : nil
    }

    private static func backtickRun(_ characters: [Character], at start: Int) -> Int {
        var end = start
        while end < characters.count, characters[end] == "`" { end += 1 }
        return end - start
    }

    private static func closingRun(_ characters: [Character], length: Int, after start: Int) -> Int? {
        var index = start
        while index < characters.count {
            guard characters[index] == "`" else {
                index += 1
                continue
            }
            let run = backtickRun(characters, at: index)
            if run == length { return index }
            index += run
        }
        return nil
    }
}
