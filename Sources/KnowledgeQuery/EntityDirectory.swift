/// What binding needs from the data besides the schema: which entities a name picks out, for a
/// query that starts at an entity, and which words to suggest for a name that picks out none.
public protocol EntityDirectory: Sendable {
    /// The entities whose id, name or alias is `name` (ignoring case), in a stable order.
    func lookUp(_ name: String) -> [(id: String, kind: String)]
    /// The ids, names and aliases a did-you-mean for `word` compares against.
    func words(near word: String) -> [String]
}
