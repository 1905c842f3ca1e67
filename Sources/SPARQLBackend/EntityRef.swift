import KnowledgeStore
/// An entity as a selection returns it: its id and kind, which give its place in graph order.
struct EntityRef: Hashable, Comparable, Sendable {
    var id: String
    var kind: String

    /// Graph order: by kind name, then id, as the compiled graph numbers entities.
    static func < (a: EntityRef, b: EntityRef) -> Bool {
        (a.kind, a.id) < (b.kind, b.id)
    }
}
