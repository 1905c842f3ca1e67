import KnowledgeGraph

/// Each row's quotes as byte ranges of its document: a start array (rows + 1) and the ranges.
struct QuoteColumn: Sendable {
    private(set) var start: [UInt32] = [0]
    private(set) var from: [UInt32] = [], to: [UInt32] = []

    mutating func add(_ provenance: [Provenance]) throws {
        for quote in provenance {
            from.append(UInt32(clamping: quote.start)); to.append(UInt32(clamping: quote.end))
        }
        guard from.count < Int(UInt32.max) else { throw ImageError.tooLarge }
        start.append(UInt32(from.count))
    }

    /// The quotes of row `row`, as positions in `from` and `to`.
    func range(_ row: Int) -> Range<Int> { Int(start[row])..<Int(start[row + 1]) }
}
