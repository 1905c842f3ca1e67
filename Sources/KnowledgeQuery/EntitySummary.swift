/// An entity's id, kind and name, without its statements: what a picture's box or the far end of a
/// listed relation shows.
public struct EntitySummary: Hashable, Sendable {
    public var id: String
    /// The kind's singular name.
    public var kind: String
    public var name: String

    public init(id: String, kind: String, name: String) {
        self.id = id
        self.kind = kind
        self.name = name
    }
}
