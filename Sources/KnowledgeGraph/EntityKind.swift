/// A kind of entity (drug, trial, registry, …) with the names queries use for it and its attributes.
public struct EntityKind: Hashable, Sendable {
    /// The singular name, also the kind's identifier: `trial`.
    public var name: String
    /// The plural name: `trials`.
    public var plural: String
    /// Other names queries accept for the kind, such as `evidence` for `evidence-statement`.
    public var aliases: [String]
    public var meaning: String
    /// Attributes in schema order.
    public var attributes: [AttributeSpec]
    /// The Biolink Model class the kind corresponds to, as a CURIE (`biolink:Drug`), when one does.
    public var biolink: String?

    public init(name: String, plural: String, aliases: [String] = [], meaning: String, attributes: [AttributeSpec], biolink: String? = nil) {
        self.name = name
        self.plural = plural
        self.aliases = aliases
        self.meaning = meaning
        self.attributes = attributes
        self.biolink = biolink
    }

    /// The attribute named `name`, if this kind has one.
    public func attribute(_ name: String) -> AttributeSpec? {
        attributes.first { $0.name == name }
    }
}
