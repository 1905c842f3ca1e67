/// The subject and object a relation statement names, kept for one that is not (its type is unknown,
/// or a quote or qualifier is wrong), so the ids it refers to are still checked when packs are merged.
public struct RelationEnds: Sendable {
    /// The relation type as written.
    public var type: String
    public var subject: String
    public var object: String

    public init(type: String, subject: String, object: String) {
        (self.type, self.subject, self.object) = (type, subject, object)
    }
}
