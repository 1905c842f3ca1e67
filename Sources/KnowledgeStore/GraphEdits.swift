/// Changes `Graph.edited` makes while it rebuilds a graph from the graph's own statements: entities
/// given new ids and names, and new entities copied from existing ones.
///
/// A lesson checks that a query finds its answer rather than naming it on such a copy: the
/// answer's entities renamed, and look-alikes of them added, some with one fact left out.
public struct GraphEdits: Sendable {
    /// An entity under a new id, name and aliases. Every statement about it follows it; its
    /// cross-references are dropped, since they name it too.
    public struct Renaming: Hashable, Sendable {
        public var id: String
        public var newID: String
        public var name: String
        public var aliases: [String]

        public init(id: String, newID: String, name: String, aliases: [String] = []) {
            (self.id, self.newID, self.name, self.aliases) = (id, newID, name, aliases)
        }
    }

    /// A new entity copied from `original` (its id before any renaming): the same kind, attribute
    /// statements, notes and relation statements both ways, with the same quotes, under a new id and
    /// name, with no aliases or cross-references, and without the `omitted` fact when one is given.
    public struct Copy: Hashable, Sendable {
        public var original: String
        public var id: String
        public var name: String
        public var omitted: Omission?

        public init(original: String, id: String, name: String, omitted: Omission? = nil) {
            (self.original, self.id, self.name, self.omitted) = (original, id, name, omitted)
        }
    }

    /// A fact of the original a copy leaves out: every statement of it, from every source.
    public enum Omission: Hashable, Sendable {
        /// Every statement of the attribute with this name.
        case attribute(String)
        /// Every statement of this relation type between the original and `other` (an id before any
        /// renaming); `outgoing` when the original is its subject.
        case relation(String, other: String, outgoing: Bool)
    }

    public var renamings: [Renaming]
    public var copies: [Copy]

    public init(renamings: [Renaming] = [], copies: [Copy] = []) {
        self.renamings = renamings
        self.copies = copies
    }
}
