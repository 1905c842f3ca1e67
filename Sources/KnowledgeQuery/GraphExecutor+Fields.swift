import KnowledgeGraph

/// A value reached by following a field from an entity.
enum FieldValue {
    case value(Value)
    /// A related entity: its id, name and aliases, which equality and `~` match.
    case entity(id: String, name: String, aliases: [String])
    case text(String)

    /// How the value is shown in `select` columns and "values seen" lists: a related entity by its id.
    var display: String {
        switch self {
        case .value(let value): return value.description
        case .entity(let id, _, _): return id
        case .text(let text): return text
        }
    }
}

extension GraphExecutor {
    /// The values `field` reaches from the entity at `position`. Each hop keeps an entity once, so h hops
    /// cost O(h · E) at worst rather than growing with the number of routes.
    func values(of position: Int, along field: BoundField) -> [FieldValue] {
        var current = [position]
        for hop in field.hops {
            var seen: Set<Int> = []
            current = current.flatMap { graph.neighbors(at: $0, hop.direction, type: hop.type) }.filter { seen.insert($0).inserted }
        }
        return current.flatMap { position -> [FieldValue] in
            switch field.last {
            case .attribute(let name):
                return graph.assertedValues(at: position, name).map { .value($0) }
            case .relation(let type, let direction):
                return graph.neighbors(at: position, direction, type: type).map(entityValue)
            case .builtin(.id): return [.text(graph.id(at: position))]
            case .builtin(.name): return [.text(graph.name(at: position))]
            case .builtin(.kind): return [.text(graph.kind(at: position))]
            case .builtin(.aliases): return graph.aliases(at: position).map { .text($0) }
            case .builtin(.xrefs): return graph.entity(at: position).xrefs.map { .text($0.description) }
            }
        }
    }

    private func entityValue(_ position: Int) -> FieldValue {
        .entity(id: graph.id(at: position), name: graph.name(at: position), aliases: graph.aliases(at: position))
    }

    /// A sort key for `order by`: attribute values typed, enumeration values by their rank, other fields as text.
    func sortKey(_ field: BoundField, ranks: [String: Int]) -> (Int) -> Value? {
        { position in
            switch values(of: position, along: field).first {
            case .value(.enumeration(let word))?: return ranks[word].map { .number(Double($0)) } ?? .text(word)
            case .value(let value)?: return value
            case .entity(_, let name, _)?: return .text(name)
            case .text(let text)?: return .text(text)
            case nil: return nil
            }
        }
    }
}
