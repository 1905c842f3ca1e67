/// A node of the graph: a drug, trial, registry, question, ….
public struct Entity: Hashable, Sendable {
    /// A stable, readable slug: `registher`.
    public var id: String
    /// The kind's singular name: `registry`.
    public var kind: String
    public var name: String
    public var aliases: [String]
    /// Attribute statements in schema order; several may share a name when sources disagree or hedge.
    public var attributes: [Attribute]
    /// Quotes that establish the entity itself.
    public var provenance: [Provenance]
    /// Editorial notes from the pack author (how a fact was modeled), never medical claims.
    public var notes: [String]
    /// Identifiers in other systems (DOI, PMID, NCT …): the curator's identification, not a claim of the source.
    public var xrefs: [Xref]

    public init(id: String, kind: String, name: String, aliases: [String] = [], attributes: [Attribute] = [],
                provenance: [Provenance] = [], notes: [String] = [], xrefs: [Xref] = []) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.attributes = attributes
        self.provenance = provenance
        self.notes = notes
        self.xrefs = xrefs
    }

    /// The first plainly asserted value of attribute `name`, if a source asserts one.
    public func attribute(_ name: String) -> Attribute? {
        attributes.first { $0.name == name && $0.qualifiers.isAsserted }
    }

    /// Every statement of attribute `name`, asserted, hedged or denied, from every source.
    public func statements(of name: String) -> [Attribute] {
        attributes.filter { $0.name == name }
    }

    /// The distinct values that sources plainly assert for attribute `name`, in statement order.
    public func assertedValues(_ name: String) -> [Value] {
        var seen: Set<Value> = []
        return attributes.filter { $0.name == name && $0.qualifiers.isAsserted }.map(\.value).filter { seen.insert($0).inserted }
    }
}

/// An identifier of an entity in another system, such as `doi:10.1080/07357900500524629`.
public struct Xref: Hashable, Sendable, CustomStringConvertible {
    /// The system, as the schema names it: `doi`, `pmid`, `nct`.
    public var prefix: String
    public var value: String

    public init(prefix: String, value: String) {
        self.prefix = prefix
        self.value = value
    }

    /// `prefix:value`, the form queries and exports use.
    public var description: String { "\(prefix):\(value)" }
}
