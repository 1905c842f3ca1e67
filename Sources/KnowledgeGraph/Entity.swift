/// A node of the graph: a drug, trial, registry, question, ….
public struct Entity: Hashable, Sendable {
    /// A stable, readable slug: `registher`.
    public var id: String
    /// The kind's singular name: `registry`.
    public var kind: String
    public var name: String
    public var aliases: [String]
    /// Attributes in schema order.
    public var attributes: [Attribute]
    /// Quotes that establish the entity itself.
    public var provenance: [Provenance]
    /// Editorial notes from the pack author (how a fact was modeled), never medical claims.
    public var notes: [String]

    public init(id: String, kind: String, name: String, aliases: [String] = [], attributes: [Attribute] = [], provenance: [Provenance] = [], notes: [String] = []) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.attributes = attributes
        self.provenance = provenance
        self.notes = notes
    }

    /// The value of attribute `name`, if the entity has one.
    public func attribute(_ name: String) -> Attribute? {
        attributes.first { $0.name == name }
    }
}
