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

    public init(name: String, plural: String, aliases: [String] = [], meaning: String, attributes: [AttributeSpec]) {
        self.name = name
        self.plural = plural
        self.aliases = aliases
        self.meaning = meaning
        self.attributes = attributes
    }

    /// The attribute named `name`, if this kind has one.
    public func attribute(_ name: String) -> AttributeSpec? {
        attributes.first { $0.name == name }
    }
}
