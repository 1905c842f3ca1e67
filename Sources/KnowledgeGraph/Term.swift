/// A word of a small vocabulary the schema defines (a hedge, a cross-reference prefix) with its meaning.
public struct Term: Hashable, Sendable {
    public var name: String
    public var meaning: String

    public init(name: String, meaning: String) {
        self.name = name
        self.meaning = meaning
    }
}
