/// One attribute value of an entity as one source states it: a statement with its quotes and qualifiers.
public struct Attribute: Hashable, Sendable {
    public var name: String
    public var value: Value
    /// The id of the document that states it.
    public var document: String
    public var provenance: [Provenance]
    public var qualifiers: Qualifiers

    public init(name: String, value: Value, document: String, provenance: [Provenance], qualifiers: Qualifiers = Qualifiers()) {
        self.name = name
        self.value = value
        self.document = document
        self.provenance = provenance
        self.qualifiers = qualifiers
    }
}
