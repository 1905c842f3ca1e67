import KnowledgeGraph

/// What a reader should know about a result beyond its rows, as values: Explorer puts it in words.
public enum ResultNote: Hashable, Sendable {
    /// Hedged or denied statements that a filter or a step did not count.
    case uncounted(UncountedStatements)
    /// `neighbors` found more entities within `depth` than it lists.
    case moreNeighbors(depth: Int)
}

/// The hedged or denied statements that would have changed a result had their sources asserted them.
public struct UncountedStatements: Hashable, Sendable {
    public var count: Int
    /// Whether some are hedged, and whether some are denied.
    public var hedged: Bool
    public var denied: Bool
    /// Their predicates, sorted.
    public var predicates: [String]
    /// The first of them, so a single one can be named.
    public var first: Fact

    /// Sums up `facts`, or nil when there are none.
    public init?(_ facts: [Fact]) {
        guard let first = facts.first else { return nil }
        self.init(count: facts.count, hedged: facts.contains { $0.qualifiers.hedge != nil }, denied: facts.contains(where: \.qualifiers.negated),
                  predicates: Set(facts.map(\.predicate)).sorted(), first: first)
    }

    public init(count: Int, hedged: Bool, denied: Bool, predicates: [String], first: Fact) {
        self.count = count
        self.hedged = hedged
        self.denied = denied
        self.predicates = predicates
        self.first = first
    }
}
