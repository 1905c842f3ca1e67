/// One attribute a kind may have: its name, type and meaning, and whether an entity may have several values.
public struct AttributeSpec: Hashable, Sendable {
    public var name: String
    public var type: AttributeType
    public var meaning: String
    /// When false, one source giving two values for it is an error (sources may still disagree).
    public var multiple: Bool

    public init(name: String, type: AttributeType, meaning: String, multiple: Bool = false) {
        self.name = name
        self.type = type
        self.meaning = meaning
        self.multiple = multiple
    }
}
