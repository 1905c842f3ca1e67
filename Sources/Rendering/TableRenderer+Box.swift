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
            let body = Array(cellTexts(table).lazy.prefix { _ in !isCancelled() }.map { $0.map { TerminalText.escapeControlCharacters($0) } })
            // Each cell is measured once: the widths fit the columns and pad the rows.
            let headerWidths = header.map(TerminalText.displayWidth(of:))
            let bodyWidths = body.map { $0.map(TerminalText.displayWidth(of:)) }
            let natural = header.indices.map { column in
                bodyWidths.reduce(headerWidths[column]) { max($0, $1[column]) }
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
            let allShown = hidden.isEmpty
            func cells<T>(_ row: [T], _ more: [T]) -> [T] { allShown ? row : shown.map { row[$0] } + more }
            lines.append(boxRow(cells(header, ellipsis), textWidths: cells(headerWidths, [1]), widths: widths, alignments: alignments, decorate: style.heading))
            lines.append(rule("├", "┼", "┤", widths: widths))
            for (row, rowWidths) in zip(body, bodyWidths) where !isCancelled() {
                lines.append(boxRow(cells(row, ellipsis), textWidths: cells(rowWidths, [1]), widths: widths, alignments: alignments, decorate: { $0 }))
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
    ///
    /// The widest column is narrowed one column at a time (the rightmost first among equals), first
    /// down to `minimumColumnWidth` and then down to one. That comes to a level: every column wider
    /// than it is narrowed to it, and a few of the rightmost at the level one further. The level is
    /// found by binary search, so fitting costs O(n log w) for n columns of width at most w.
    func fittedWidths(_ natural: [Int], to limit: Int?, fixed: [Bool] = []) -> [Int] {
        guard let limit else { return natural }
        let chrome = 3 * natural.count + 1
        let isFixed = natural.indices.map { $0 < fixed.count && fixed[$0] }
        let floors = natural.indices.map { isFixed[$0] ? natural[$0] : min(natural[$0], Self.minimumColumnWidth) }
        let last = natural.indices.map { isFixed[$0] ? natural[$0] : 1 }
        var widths = natural
        for floor in [floors, last] {
            widths = narrowed(widths, floors: floor, toFit: limit - chrome)
        }
        return widths
    }

    /// `widths` after narrowing the widest column (the rightmost among equals, never below its floor)
    /// one column at a time until they add up to `budget` or every column is at its floor.
    private func narrowed(_ widths: [Int], floors: [Int], toFit budget: Int) -> [Int] {
        func width(_ column: Int, at level: Int) -> Int {
            min(widths[column], max(floors[column], level))
        }
        func total(at level: Int) -> Int {
            widths.indices.reduce(0) { $0 + width($1, at: level) }
        }
        guard total(at: widths.max() ?? 0) > budget else { return widths }
        guard total(at: 0) < budget else { return widths.indices.map { width($0, at: 0) } }
        // The highest level whose widths fit: total(low) ≤ budget < total(high).
        var low = 0, high = widths.max() ?? 0
        while high - low > 1 {
            let middle = (low + high) / 2
            if total(at: middle) <= budget { low = middle } else { high = middle }
        }
        var result = widths.indices.map { width($0, at: high) }
        var excess = result.reduce(0, +) - budget
        for column in result.indices.reversed() where excess > 0 && result[column] == high && width(column, at: low) == low {
            result[column] = low
            excess -= 1
        }
        return result
    }

    private func rule(_ left: String, _ middle: String, _ right: String, widths: [Int]) -> String {
        left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right
    }

    /// One line of a box: `textWidths` are the texts' display widths, measured once by the caller.
    private func boxRow(
        _ texts: [String],
        textWidths: [Int],
        widths: [Int],
        alignments: [Table.Column.Alignment],
        decorate: (String) -> String
    ) -> String {
        // Bytes, made a string once: String(repeating:count:), joined and even String.append cost
        // hundreds of instructions a piece, most of a large table's rendering.
        let bar = Array("│".utf8)
        var row = bar
        row.reserveCapacity(widths.reduce(texts.count * 6 + 3) { $0 + $1 } + texts.reduce(0) { $0 + $1.utf8.count })
        for column in texts.indices {
            let fits = textWidths[column] <= widths[column]
            let cut = fits ? texts[column] : TerminalText.truncate(texts[column], toWidth: widths[column])
            let padding = max(0, widths[column] - (fits ? textWidths[column] : TerminalText.displayWidth(of: cut)))
            let text = decorate(cut)
            row.append(0x20)
            if alignments[column] == .right { row.append(contentsOf: repeatElement(0x20, count: padding)) }
            row.append(contentsOf: text.utf8)
            if alignments[column] == .left { row.append(contentsOf: repeatElement(0x20, count: padding)) }
            row.append(0x20)
            row.append(contentsOf: bar)
        }
        return String(decoding: row, as: UTF8.self)
    }
}
