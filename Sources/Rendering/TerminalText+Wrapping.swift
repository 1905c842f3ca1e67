extension TerminalText {
    /// Word-wraps `text` into lines of at most `width` display columns.
    ///
    /// Words are separated by spaces and tabs, and runs of them collapse to one space.
    /// Line breaks in `text` start a new line and blank lines are kept, so every input line
    /// yields at least one output line (`""` yields `[""]`). Words wider than `width` are
    /// broken between grapheme clusters. A `width` below 1 is treated as 1; a single wide
    /// character is never split, so it may exceed a width of 1.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let limit = max(width, 1)
        return text
            .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .flatMap { wrapLine($0, limit: limit) }
    }

    private static func wrapLine(_ line: Substring, limit: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let wordWidth = displayWidth(of: String(word))
            if !current.isEmpty, currentWidth + 1 + wordWidth <= limit {
                current += " " + word
                currentWidth += 1 + wordWidth
                continue
            }
            if !current.isEmpty {
                lines.append(current)
            }
            current = ""
            currentWidth = 0
            for character in word {
                let characterWidth = displayWidth(of: character)
                if !current.isEmpty, currentWidth + characterWidth > limit {
                    lines.append(current)
                    current = ""
                    currentWidth = 0
                }
                current.append(character)
                currentWidth += characterWidth
            }
        }
        if !current.isEmpty || lines.isEmpty {
            lines.append(current)
        }
        return lines
    }
}
