/// One attribute value of an entity, with the quote that states it.
public struct Attribute: Hashable, Sendable {
    public var name: String
    public var value: Value
    public var provenance: Provenance

    public init(name: String, value: Value, provenance: Provenance) {
        self.name = name
        self.value = value
        self.provenance = provenance
    }
}
