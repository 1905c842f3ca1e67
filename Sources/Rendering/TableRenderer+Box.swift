extension TableRenderer {
    /// The narrowest a column is shrunk to before every column is at its floor.
    static let minimumColumnWidth = 8

    /// Lines of the box-drawn `table` format.
    ///
    /// Cell and header text is passed through `TerminalText.escapeControlCharacters` first.
    /// When the table is wider than `width`, the widest columns are narrowed one column at a
    /// time (rightmost first among equals) down to `minimumColumnWidth`, or their natural
    /// width when smaller; if that is still too wide they continue down to one column.
    /// Text that no longer fits is cut with `…`. When that would cut three or more columns, one
    /// below `readableColumnWidth`, wide columns are left out from the right instead (never the first
    /// one, one that keeps its width, or a narrow one, which costs little room), a `…` column
    /// stands for them, and a line after the footer names them, as DuckDB does.
    func boxLines(_ table: Table, width: Int?, style: Styler) -> [String] {
        var lines: [String] = []
        var hidden: [String] = []
        if !table.columns.isEmpty {
            let header = table.columns.map { TerminalText.escapeControlCharacters($0.name) }
            let body = cellTexts(table).map { $0.map { TerminalText.escapeControlCharacters($0) } }
            let natural = header.indices.map { column in
                body.reduce(TerminalText.displayWidth(of: header[column])) {
                    max($0, TerminalText.displayWidth(of: $1[column]))
                }
            }
            let fixed = table.columns.map(\.keepsWidth)
            var shown = Array(table.columns.indices)
            var widths = fittedWidths(natural, to: width, fixed: fixed)
            // Wide columns go first, the rightmost first; a table that marks the columns it keeps
            // shown then gives up its other columns, narrow ones too, before those are cut short.
            let keepsShown = table.columns.map(\.keepsShown)
            let mayLeaveOutNarrow = keepsShown.contains(true)
            func leftOut() -> Int? {
                let candidates = shown.dropFirst().filter { !fixed[$0] && !keepsShown[$0] }
                return candidates.last { natural[$0] > Self.readableColumnWidth } ?? (mayLeaveOutNarrow ? candidates.last : nil)
            }
            while isCramped(widths, natural: shown.map { natural[$0] }, fixed: shown.map { fixed[$0] }),
                  let column = leftOut(), let position = shown.firstIndex(of: column) {
                hidden.insert(table.columns[shown[position]].name, at: 0)
                shown.remove(at: position)
                widths = fittedWidths(shown.map { natural[$0] } + [1], to: width, fixed: shown.map { fixed[$0] } + [true])
            }
            let ellipsis = hidden.isEmpty ? [] : ["…"]
            let alignments = shown.map { table.columns[$0].alignment } + (hidden.isEmpty ? [] : [.left])
            lines.append(rule("┌", "┬", "┐", widths: widths))
            lines.append(boxRow(shown.map { header[$0] } + ellipsis, widths: widths, alignments: alignments, decorate: style.heading))
            lines.append(rule("├", "┼", "┤", widths: widths))
            for row in body {
                lines.append(boxRow(shown.map { row[$0] } + ellipsis, widths: widths, alignments: alignments, decorate: { $0 }))
            }
            lines.append(rule("└", "┴", "┘", widths: widths))
        }
        for text in [table.footer, hidden.isEmpty ? nil : "(not shown: \(hidden.joined(separator: ", ")); \(table.hiddenHint))"] {
            guard let text = text.map({ TerminalText.escapeControlCharacters($0) }) else { continue }
            // A footer is a note or a hint the reader acts on, so it wraps instead of being cut.
            lines += (width.map { TerminalText.wrap(text, width: $0) } ?? [text]).map { style.dim($0) }
        }
        return lines
    }

    /// Wide columns are only left out to spare columns that would be cut narrower than this.
    static let readableColumnWidth = 10

    /// Whether fitting cut three or more columns, one of them below what is readable:
    /// then leaving out a column shows the rest better than cutting them all.
    private func isCramped(_ widths: [Int], natural: [Int], fixed: [Bool]) -> Bool {
        let cut = natural.indices.filter { $0 < widths.count && !fixed[$0] && widths[$0] < natural[$0] }
        return cut.count >= 3 && cut.contains { widths[$0] < Self.readableColumnWidth }
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
