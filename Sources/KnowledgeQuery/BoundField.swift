import KnowledgeGraph

/// A field path checked against the kinds it is read on: the relations to walk, then the last field.
public struct BoundField: Hashable, Sendable {
    /// The path as written, for column names and messages.
    public var written: FieldPath
    public var hops: [Hop]
    public var last: FieldResolution
    /// The kinds the last field is read on.
    public var kinds: Set<String>
    /// The attribute types the last field can have (none for relations and built-ins).
    public var types: [AttributeType]

    /// One relation walked on the way to the last field.
    public struct Hop: Hashable, Sendable {
        public var type: String
        public var direction: Direction
    }
}
