import KnowledgeGraph

/// What attribute and relation statements carry besides what they state: qualifiers, notes and quotes.
struct StatementQualifiers: Sendable {
    var hedge: [UInt32] = [], negated: [UInt8] = [], asOf: [UInt32] = []
    var notes = ListColumn()
    var quotes = QuoteColumn()

    var count: Int { hedge.count }

    mutating func add(_ qualifiers: Qualifiers, quotes provenance: [Provenance], number: (String?) -> UInt32) throws {
        hedge.append(number(qualifiers.hedge))
        negated.append(qualifiers.negated ? 1 : 0)
        asOf.append(number(qualifiers.asOf?.description))
        try notes.add(qualifiers.notes.map(number))
        try quotes.add(provenance)
    }

    /// Plainly asserted: neither hedged nor denied.
    func isAsserted(_ row: Int) -> Bool { hedge[row] == 0 && negated[row] == 0 }
}
