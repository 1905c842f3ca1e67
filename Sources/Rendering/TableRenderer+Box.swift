extension TableRenderer {
    /// The narrowest a column is shrunk to before every column is at its floor.
    static let minimumColumnWidth = 8

    /// The box-drawn `table` format, ending with a newline unless it is empty.
    ///
    /// Cell and header text is passed through `TerminalText.escapeControlCharacters` first.
    /// When the table is wider than `width`, the widest columns are narrowed one column at a
    /// time (rightmost first among equals) down to `minimumColumnWidth`, or their natural
    /// width when smaller; if that is still too wide they continue down to one column.
    /// Text that no longer fits is cut with `…`. When that would cut three or more columns, one
    /// below `readableColumnWidth`, wide columns are left out from the right instead (never the first
    /// one, one that keeps its width, or a narrow one, which costs little room), a `…` column
    /// stands for them, and a line after the footer names them, as DuckDB does.
    func boxText(_ table: Table, width: Int?, style: Styler) -> String {
        // The lines are written as bytes into one buffer, made a string once: a string a line, joined
        // at the end, cost more than measuring and laying out the cells.
        var text: [UInt8] = []
        func line(_ line: String) {
            text.append(contentsOf: line.utf8)
            text.append(0x0A)
        }
        var hidden: [String] = []
        if !table.columns.isEmpty {
            let count = table.columns.count
            let header = table.columns.map { TerminalText.escapeControlCharacters($0.name) }
            let headerWidths = header.map(TerminalText.displayWidth(of:))
            // Each cell is escaped and measured once, row after row in one array each: the widths fit
            // the columns and pad the rows.
            var body: [String] = [], bodyWidths: [Int] = []
            body.reserveCapacity(table.rows.count * count)
            bodyWidths.reserveCapacity(table.rows.count * count)
            for row in table.rows {
                if isCancelled() { break }
                for column in 0..<count {
                    let cell = TerminalText.escapeControlCharacters(table.cell(in: row, at: column).plainText)
                    body.append(cell)
                    bodyWidths.append(TerminalText.displayWidth(of: cell))
                }
            }
            var natural = headerWidths
            for (index, width) in bodyWidths.enumerated() where width > natural[index % count] { natural[index % count] = width }
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
            let alignments = shown.map { table.columns[$0].alignment } + (hidden.isEmpty ? [] : [.left])
            let layout = BoxLayout(shown: shown, ellipsis: !hidden.isEmpty, widths: widths, alignments: alignments)
            // A line of ASCII cells takes their widths, a space either side of each, its bars (three bytes each) and its newline.
            text.reserveCapacity((body.count / count + 4) * (widths.reduce(0, +) + 5 * widths.count + 4))
            line(rule("┌", "┬", "┐", widths: widths))
            boxRow(layout, text: { header[$0] }, width: { headerWidths[$0] }, decorate: style.heading, into: &text)
            line(rule("├", "┼", "┤", widths: widths))
            for start in stride(from: 0, to: body.count, by: count) where !isCancelled() {
                boxRow(layout, text: { body[start + $0] }, width: { bodyWidths[start + $0] }, decorate: nil, into: &text)
            }
            line(rule("└", "┴", "┘", widths: widths))
        }
        for note in [table.footer, hidden.isEmpty ? nil : "(not shown: \(hidden.joined(separator: ", ")); \(table.hiddenHint))"] {
            guard let note = note.map({ TerminalText.escapeControlCharacters($0) }) else { continue }
            // A footer is a note or a hint the reader acts on, so it wraps instead of being cut.
            for wrapped in width.map({ TerminalText.wrap(note, width: $0) }) ?? [note] { line(style.dim(wrapped)) }
        }
        return String(decoding: text, as: UTF8.self)
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

    private static let bar = Array("│".utf8)

    /// The columns a box shows, in order, whether a `…` column stands for those left out, and how
    /// wide each shown column is and how its text sits.
    private struct BoxLayout {
        let shown: [Int]
        let ellipsis: Bool
        let widths: [Int]
        let alignments: [Table.Column.Alignment]
    }

    /// Appends one line of a box to `line`: the text of column `c` is `text(c)`, of display width
    /// `width(c)` (measured once by the caller); `decorate` styles each cell's text (nil: none).
    private func boxRow(_ layout: BoxLayout, text: (Int) -> String, width: (Int) -> Int, decorate: ((String) -> String)?, into line: inout [UInt8]) {
        line.append(contentsOf: Self.bar)
        func cell(_ text: String, _ textWidth: Int, _ slot: Int) {
            let fits = textWidth <= layout.widths[slot]
            let cut = fits ? text : TerminalText.truncate(text, toWidth: layout.widths[slot])
            let padding = max(0, layout.widths[slot] - (fits ? textWidth : TerminalText.displayWidth(of: cut)))
            line.append(0x20)
            if layout.alignments[slot] == .right { line.append(contentsOf: repeatElement(0x20, count: padding)) }
            line.append(contentsOf: (decorate?(cut) ?? cut).utf8)
            if layout.alignments[slot] == .left { line.append(contentsOf: repeatElement(0x20, count: padding)) }
            line.append(0x20)
            line.append(contentsOf: Self.bar)
        }
        for (slot, column) in layout.shown.enumerated() { cell(text(column), width(column), slot) }
        if layout.ellipsis { cell("…", 1, layout.shown.count) }
        line.append(0x0A)
    }
}
