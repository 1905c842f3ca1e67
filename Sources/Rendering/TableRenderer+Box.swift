extension TableRenderer {
    /// The narrowest a column is shrunk to before every column is at its floor.
    static let minimumColumnWidth = 8

    /// Lines of the box-drawn `table` format.
    ///
    /// Cell and header text is passed through `TerminalText.escapeControlCharacters` first.
    /// When the table is wider than `width`, the widest columns are narrowed one column at a
    /// time (rightmost first among equals) down to `minimumColumnWidth`, or their natural
    /// width when smaller; if that is still too wide they continue down to one column.
    /// Text that no longer fits is cut with `…`. The footer follows on its own line.
    func boxLines(_ table: Table, width: Int?, style: Styler) -> [String] {
        var lines: [String] = []
        if !table.columns.isEmpty {
            let alignments = table.columns.map(\.alignment)
            let header = table.columns.map { TerminalText.escapeControlCharacters($0.name) }
            let body = cellTexts(table).map { $0.map { TerminalText.escapeControlCharacters($0) } }
            let natural = header.indices.map { column in
                body.reduce(TerminalText.displayWidth(of: header[column])) {
                    max($0, TerminalText.displayWidth(of: $1[column]))
                }
            }
            let widths = fittedWidths(natural, to: width, fixed: table.columns.map(\.keepsWidth))
            lines.append(rule("┌", "┬", "┐", widths: widths))
            lines.append(boxRow(header, widths: widths, alignments: alignments, decorate: style.heading))
            lines.append(rule("├", "┼", "┤", widths: widths))
            for row in body {
                lines.append(boxRow(row, widths: widths, alignments: alignments, decorate: { $0 }))
            }
            lines.append(rule("└", "┴", "┘", widths: widths))
        }
        if let footer = table.footer {
            var text = TerminalText.escapeControlCharacters(footer)
            if let width {
                text = TerminalText.truncate(text, toWidth: width)
            }
            lines.append(style.dim(text))
        }
        return lines
    }

    /// Column text widths that make the whole box fit `limit`, when that is possible.
    /// Columns marked in `fixed` keep their natural width.
    func fittedWidths(_ natural: [Int], to limit: Int?, fixed: [Bool] = []) -> [Int] {
        guard let limit else { return natural }
        var widths = natural
        let chrome = 3 * widths.count + 1
        let isFixed = natural.indices.map { $0 < fixed.count && fixed[$0] }
        let floors = natural.indices.map { isFixed[$0] ? natural[$0] : min(natural[$0], Self.minimumColumnWidth) }
        let last = natural.indices.map { isFixed[$0] ? natural[$0] : 1 }
        for floor in [floors, last] {
            while chrome + widths.reduce(0, +) > limit {
                var widest: Int?
                for column in widths.indices where widths[column] > floor[column] {
                    if let current = widest, widths[current] > widths[column] { continue }
                    widest = column
                }
                guard let widest else { break }
                widths[widest] -= 1
            }
        }
        return widths
    }

    private func rule(_ left: String, _ middle: String, _ right: String, widths: [Int]) -> String {
        left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right
    }

    private func boxRow(
        _ texts: [String],
        widths: [Int],
        alignments: [Table.Column.Alignment],
        decorate: (String) -> String
    ) -> String {
        let cells = texts.indices.map { column -> String in
            let text = TerminalText.truncate(texts[column], toWidth: widths[column])
            let padding = String(repeating: " ", count: max(0, widths[column] - TerminalText.displayWidth(of: text)))
            switch alignments[column] {
            case .left:
                return " " + decorate(text) + padding + " "
            case .right:
                return " " + padding + decorate(text) + " "
            }
        }
        return "│" + cells.joined(separator: "│") + "│"
    }
}
