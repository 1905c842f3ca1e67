import KnowledgeGraph

/// A field of a checklist item, checked against the schema: the relations followed from the subject
/// (a dotted path, as in queries: `arms.randomized`), then the attribute, relation or cross-reference
/// system that holds the item.
public struct ChecklistField: Sendable, Hashable {
    /// What the path ends at.
    public enum Target: Sendable, Hashable {
        case attribute(String)
        case relation(String, Direction)
        /// Cross-references of one system (`xrefs.nct`), or of any when nil (`xrefs`).
        case xrefs(String?)
    }

    /// The path as written.
    public var written: String
    /// The relations followed first: forward name and direction.
    public var hops: [Hop]
    public var target: Target

    /// One relation followed: its forward name, walked forward (`arms`) or back (`reported_in`).
    public struct Hop: Sendable, Hashable {
        public var relation: String
        public var direction: Direction
    }
}
