import KnowledgeGraph

/// A value reached by following a field from an entity, as the in-memory executor reads it.
enum Reached: Hashable {
    case value(Value)
    /// A related entity: its id, name and aliases.
    case entity(id: String, name: String, aliases: [String])
    case text(String)

    /// How `select` columns and "values seen" lists show it: a related entity by its id.
    var display: String {
        switch self {
        case .value(let value): return value.description
        case .entity(let id, _, _): return id
        case .text(let text): return text
        }
    }
}
