/// The vocabulary of a knowledge graph: its entity kinds and relation types, loaded from `schema.yaml`.
public struct Schema: Sendable {
    /// Kinds in schema order.
    public let kinds: [EntityKind]
    /// Relation types in schema order.
    public let relations: [RelationType]
    /// The hedge scale, firmest first: the first word means "asserted", the default of every statement.
    public let hedges: [Term]
    /// The systems entities may be cross-referenced to (`doi`, `pmid`, `nct`, …).
    public let xrefs: [XrefSystem]

    /// Words with a meaning of their own at the start of a query, which no kind may take.
    public static let reservedWords: Set<String> = ["entities", "statements", "facts", "conflicts"]

    private let kindIndex: [String: Int]
    private let kindNameIndex: [String: Int]
    private let relationIndex: [String: Int]

    public init(kinds: [EntityKind], relations: [RelationType], hedges: [Term] = [Term(name: "asserted", meaning: "stated without qualification")], xrefs: [XrefSystem] = []) {
        self.kinds = kinds
        self.relations = relations
        self.hedges = hedges.isEmpty ? [Term(name: "asserted", meaning: "stated without qualification")] : hedges
        self.xrefs = xrefs
        var kindIndex: [String: Int] = [:]
        var kindNameIndex: [String: Int] = [:]
        for (position, kind) in kinds.enumerated() {
            kindIndex[kind.name] = position
            for name in [kind.name, kind.plural] + kind.aliases {
                kindNameIndex[name.lowercased()] = kindNameIndex[name.lowercased()] ?? position
            }
        }
        self.kindIndex = kindIndex
        self.kindNameIndex = kindNameIndex
        self.relationIndex = Dictionary(relations.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The kind whose identifier is `name` (exact).
    public func kind(_ name: String) -> EntityKind? {
        kindIndex[name].map { kinds[$0] }
    }

    /// The kind called `word` in a query: singular, plural or alias, case-insensitive.
    public func kind(named word: String) -> EntityKind? {
        kindNameIndex[word.lowercased()].map { kinds[$0] }
    }

    /// Every word that names a kind (singular, plural, aliases).
    public var kindWords: [String] {
        kinds.flatMap { [$0.name, $0.plural] + $0.aliases }
    }

    /// The cross-reference system named `name`.
    public func xrefSystem(_ name: String) -> XrefSystem? {
        xrefs.first { $0.name == name }
    }

    /// The relation type with forward name `name`.
    public func relation(_ name: String) -> RelationType? {
        relationIndex[name].map { relations[$0] }
    }

    /// The relation type and direction that `name` denotes: its forward or its inverse name.
    public func relation(named name: String) -> (type: RelationType, direction: Direction)? {
        if let type = relation(name) { return (type, .outgoing) }
        if let type = relations.first(where: { $0.inverse == name }) { return (type, .incoming) }
        return nil
    }

    /// The word for a plainly asserted statement: the first of the hedge scale.
    public var assertedHedge: String { hedges.first?.name ?? "asserted" }

    /// Every forward and inverse relation name.
    public var relationWords: [String] {
        relations.flatMap { [$0.name, $0.inverse] }
    }
}

/// Which way a relation is walked: from subject to object, or back.
public enum Direction: String, Hashable, Sendable {
    case outgoing
    case incoming

    public var reversed: Direction { self == .outgoing ? .incoming : .outgoing }
}
