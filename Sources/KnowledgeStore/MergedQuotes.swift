import KnowledgeGraph

/// Quotes of merged rows, each with its pack: a start array (rows + 1) and the quotes.
struct MergedQuotes {
    private(set) var start: [UInt32] = [0]
    private(set) var pack: [UInt32] = [], from: [UInt32] = [], to: [UInt32] = []

    /// Adds the quotes of row `row` of `column`, from `source`, to the row being built.
    mutating func add(_ column: QuoteColumn, row: Int, pack source: UInt32) {
        for quote in column.range(row) {
            pack.append(source); from.append(column.from[quote]); to.append(column.to[quote])
        }
    }

    /// Ends the row being built.
    mutating func close() {
        start.append(UInt32(truncatingIfNeeded: pack.count))
    }
}
