import Rendering

/// Prose written by lesson authors and script comments, laid out for the terminal (wrapped to its
/// width) and for Markdown transcripts.
///
/// Paragraphs are separated by blank lines; the lines of a paragraph are joined, so authors may
/// break them anywhere. A line starting with `- ` is a list item of its own.
struct Narration {
    enum Block: Equatable {
        case paragraph(String)
        case item(String)
    }

    var blocks: [Block]

    init(_ text: String) {
        var blocks: [Block] = []
        var current: Block?
        func close() {
            if let block = current { blocks.append(block) }
            current = nil
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine).trimmed(.whitespace)
            if line.isEmpty {
                close()
            } else if line.hasPrefix("- ") || line.hasPrefix("* ") {
                close()
                current = .item(String(line.dropFirst(2)).trimmed(.whitespace))
            } else {
                switch current {
                case .paragraph(let text)?: current = .paragraph(text + " " + line)
                case .item(let text)?: current = .item(text + " " + line)
                case nil: current = .paragraph(line)
                }
            }
        }
        close()
        self.blocks = blocks
    }

    /// The width narration is wrapped to: the terminal's, at most 100 columns; 80 when there is no terminal.
    static func width(_ terminalWidth: Int?) -> Int {
        min(terminalWidth ?? 80, 100)
    }

    /// Lines for the terminal, wrapped to `width` and indented by `indent`; items hang under their `- `.
    func lines(width: Int, indent: Int = 0) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        for (index, block) in blocks.enumerated() {
            switch block {
            case .paragraph(let text):
                if index > 0 { lines.append("") }
                lines += TerminalText.wrap(TerminalText.escapeControlCharacters(text), width: max(20, width - indent)).map { pad + $0 }
            case .item(let text):
                if index > 0, case .paragraph = blocks[index - 1] { lines.append("") }
                let wrapped = TerminalText.wrap(TerminalText.escapeControlCharacters(text), width: max(20, width - indent - 2))
                lines += wrapped.enumerated().map { pad + ($0.offset == 0 ? "- " : "  ") + $0.element }
            }
        }
        return lines
    }

    /// The text for the terminal, ending with a newline (empty when there is no text).
    func text(width: Int, indent: Int = 0) -> String {
        let lines = lines(width: width, indent: indent)
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// The same blocks as Markdown: paragraphs separated by blank lines, items as a list, each
    /// escaped with `MarkdownText.escaped` so that narration cannot add HTML, headings or fences.
    var markdown: String {
        var text = ""
        for (index, block) in blocks.enumerated() {
            switch block {
            case .paragraph(let paragraph):
                if index > 0 { text += "\n" }
                text += MarkdownText.escaped(paragraph) + "\n"
            case .item(let item):
                if index > 0, case .paragraph = blocks[index - 1] { text += "\n" }
                // An item's text starts a block of its own inside the item: no heading, quote or fence from data.
                text += "- " + MarkdownText.escaped(item) + "\n"
            }
        }
        return text
    }
}
