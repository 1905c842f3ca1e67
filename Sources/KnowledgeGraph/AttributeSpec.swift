/// One attribute a kind may have: its name, type and meaning.
public struct AttributeSpec: Hashable, Sendable {
    public var name: String
    public var type: AttributeType
    public var meaning: String

    public init(name: String, type: AttributeType, meaning: String) {
        self.name = name
        self.type = type
        self.meaning = meaning
    }
}
