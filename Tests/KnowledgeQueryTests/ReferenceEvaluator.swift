import KnowledgeGraph
import KnowledgeStore

/// A deliberately simple evaluator for differential tests: it walks the entities one at a time,
/// reading each with `graph.entity(at:)` and following `graph.neighbors`, with no index and no plan.
/// It evaluates queries given as structure (what a generator built), not as text.
struct ReferenceEvaluator {
    let graph: Graph

    /// A query: a source, then steps and filters in order.
    struct Query {
        /// The source as written: a plural, `entities`, or an entity's id.
        var source: String
        var operations: [Operation]

        var text: String {
            ([source] + operations.map(\.text)).joined(separator: " ")
        }
    }

    enum Operation {
        /// `-> name` (written `forward`) walking `type` in `direction`.
        case step(name: String, forward: Bool, type: String, direction: Direction)
        case filter(Condition)

        var text: String {
            switch self {
            case .step(let name, let forward, _, _): return "\(forward ? "->" : "<-") \(name)"
            case .filter(let condition): return "where \(condition.text)"
            }
        }
    }

    indirect enum Condition {
        case has(Field)
        /// `field op "value"` with op one of `=`, `!=`, `~`, `<`, `>=`.
        case compare(Field, String, String)
        case not(Condition)
        case and(Condition, Condition)
        case or(Condition, Condition)

        var text: String {
            switch self {
            case .has(let field): return "has \(field.text)"
            case .compare(let field, let op, let value):
                return "\(field.text) \(op) \"\(value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\""
            case .not(let inner): return "not (\(inner.text))"
            case .and(let a, let b): return "(\(a.text)) and (\(b.text))"
            case .or(let a, let b): return "(\(a.text)) or (\(b.text))"
            }
        }
    }

    /// A field path: relations to walk, then the last field.
    struct Field {
        var hops: [(name: String, type: String, direction: Direction)]
        var last: Last

        enum Last {
            case attribute(String)
            case relation(name: String, type: String, direction: Direction)
            /// `id`, `name`, `kind` or `aliases`.
            case builtin(String)
        }

        var text: String {
            let name: String
            switch last {
            case .attribute(let attribute): name = attribute
            case .relation(let relation, _, _): name = relation
            case .builtin(let builtin): name = builtin
            }
            return (hops.map(\.name) + [name]).joined(separator: ".")
        }
    }

    /// A value reached along a field: an attribute's value, a related entity, or a built-in text.
    enum Reached {
        case value(Value)
        case entity(Entity)
        case text(String)

        var texts: [String] {
            switch self {
            case .value(let value): return [value.description]
            case .entity(let entity): return [entity.id, entity.name] + entity.aliases
            case .text(let text): return [text]
            }
        }
    }

    /// The ids the query yields, in graph order.
    func ids(_ query: Query) -> [String] {
        var positions = (0..<graph.entityCount).filter { position in
            let entity = graph.entity(at: position)
            if query.source == "entities" { return true }
            if let kind = graph.schema.kind(named: query.source) { return entity.kind == kind.name }
            return entity.id == query.source
        }
        for operation in query.operations {
            switch operation {
            case .step(_, _, let type, let direction):
                positions = Set(positions.flatMap { graph.neighbors(at: $0, direction, type: type) }).sorted()
            case .filter(let condition):
                positions = positions.filter { holds(condition, for: $0) }
            }
        }
        return positions.map { graph.entity(at: $0).id }
    }

    func holds(_ condition: Condition, for position: Int) -> Bool {
        switch condition {
        case .has(let field): return !values(of: position, along: field).isEmpty
        case .not(let inner): return !holds(inner, for: position)
        case .and(let a, let b): return holds(a, for: position) && holds(b, for: position)
        case .or(let a, let b): return holds(a, for: position) || holds(b, for: position)
        case .compare(let field, let op, let text):
            let found = values(of: position, along: field)
            switch op {
            case "!=": return !found.isEmpty && !found.contains { equals($0, text) }
            case "~": return found.contains { $0.texts.contains { $0.lowercased().contains(text.lowercased()) } }
            case "<", ">=":
                guard let bound = Double(text) else { return false }
                return found.contains { reached in
                    guard case .value(.number(let number)) = reached else { return false }
                    return op == "<" ? number < bound : number >= bound
                }
            default: return found.contains { equals($0, text) }
            }
        }
    }

    private func equals(_ reached: Reached, _ text: String) -> Bool {
        if case .value(.number(let number)) = reached, let wanted = Double(text) { return number == wanted }
        return reached.texts.contains { $0.lowercased() == text.lowercased() }
    }

    /// The values `field` reaches from the entity at `position`: plainly asserted attribute values and relations only.
    func values(of position: Int, along field: Field) -> [Reached] {
        var current: Set<Int> = [position]
        for hop in field.hops {
            current = Set(current.flatMap { graph.neighbors(at: $0, hop.direction, type: hop.type) })
        }
        return current.sorted().flatMap { position -> [Reached] in
            let entity = graph.entity(at: position)
            switch field.last {
            case .attribute(let name):
                return entity.statements(of: name).filter(\.qualifiers.isAsserted).map { .value($0.value) }
            case .relation(_, let type, let direction):
                return graph.neighbors(at: position, direction, type: type).map { .entity(graph.entity(at: $0)) }
            case .builtin("id"): return [.text(entity.id)]
            case .builtin("name"): return [.text(entity.name)]
            case .builtin("kind"): return [.text(entity.kind)]
            case .builtin: return entity.aliases.map { .text($0) }
            }
        }
    }
}
