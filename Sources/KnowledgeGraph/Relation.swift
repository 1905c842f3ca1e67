/// A typed edge: `subject type object`, with the quote that states it.
public struct Relation: Hashable, Sendable {
    public var subject: String
    /// The relation type's forward name.
    public var type: String
    public var object: String
    public var provenance: [Provenance]
    public var notes: [String]

    public init(subject: String, type: String, object: String, provenance: [Provenance], notes: [String] = []) {
        self.subject = subject
        self.type = type
        self.object = object
        self.provenance = provenance
        self.notes = notes
    }

    /// The entity at the other end when walking in `direction`.
    public func end(_ direction: Direction) -> String {
        direction == .outgoing ? object : subject
    }
}
