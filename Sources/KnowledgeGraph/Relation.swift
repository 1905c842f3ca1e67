/// A typed edge as one source states it: `subject type object`, with its quotes and qualifiers.
public struct Relation: Hashable, Sendable {
    public var subject: String
    /// The relation type's forward name.
    public var type: String
    public var object: String
    /// The id of the document that states it.
    public var document: String
    public var provenance: [Provenance]
    public var qualifiers: Qualifiers

    public init(subject: String, type: String, object: String, document: String, provenance: [Provenance], qualifiers: Qualifiers = Qualifiers()) {
        self.subject = subject
        self.type = type
        self.object = object
        self.document = document
        self.provenance = provenance
        self.qualifiers = qualifiers
    }

    /// The entity at the other end when walking in `direction`.
    public func end(_ direction: Direction) -> String {
        direction == .outgoing ? object : subject
    }
}
