import KnowledgeGraph

/// Filters and traversal count only what sources plainly assert. These find the hedged and denied
/// statements a query left out, so the result can say so instead of hiding them.
extension Evaluator {
    /// The hedged or denied statements that would have added an entity to `result` had they been
    /// asserted: equality conditions at the top of a filter, and relations a step follows.
    func uncountedFacts(_ query: Query, result: Set<Int>) throws -> [Fact] {
        switch query {
        case .entity, .kind:
            return []
        case .order(let inner, _, _), .limit(let inner, _, _):
            return try uncountedFacts(inner, result: result)
        case .filter(let inner, let condition):
            let leaves = Self.leaves(condition).filter { leaf in
                guard case .compare(let field, .equal, _) = leaf, field.segments.count == 1, let name = field.segments.first?.text else { return false }
                return graph.hasQualifiedStatements(graph.schema.relation(named: name)?.type.name ?? name)
            }
            // Most filters touch no hedged or denied statement: then the inner query is not evaluated again.
            guard !leaves.isEmpty else { return [] }
            let (positions, kinds) = try evaluate(inner)
            var found: [Fact] = []
            for case .compare(let field, .equal, let value) in leaves {
                let path = try resolve(field, kinds: kinds)
                let targets = Set(graph.positions(named: value.text))
                for position in positions where !result.contains(position) {
                    try cancellation?.check()
                    switch path.last {
                    case .attribute(let name):
                        let entity = graph.entity(at: position)
                        found += entity.statements(of: name).filter { !$0.qualifiers.isAsserted && $0.value.key == value.text.lowercased() }
                            .map { Fact($0, of: entity.id) }
                    case .relation(let type, let direction):
                        found += graph.relationIndexes(at: position, direction, type: type)
                            .filter { !graph.isAsserted(relation: $0) && targets.contains(graph.end(of: $0, direction)) }
                            .map { Fact(graph.relation(at: $0)) }
                    case .builtin:
                        continue
                    }
                }
            }
            return found
        case .step(let inner, let arrow, let relationName):
            guard let named = graph.schema.relation(named: relationName.text)?.type, graph.hasQualifiedStatements(named.name) else { return [] }
            let (positions, kinds) = try evaluate(inner)
            let (type, direction) = try relation(relationName, arrow: arrow, from: kinds)
            return positions.flatMap { position in
                graph.relationIndexes(at: position, direction, type: type.name)
                    .filter { !graph.isAsserted(relation: $0) && !result.contains(graph.end(of: $0, direction)) }
                    .map { Fact(graph.relation(at: $0)) }
            }
        }
    }

    /// "1 hedged statement not counted (…); see: why …", or nothing when none was left out.
    static func uncounted(_ facts: [Fact]) -> [String] {
        guard let first = facts.first else { return [] }
        let hedged = facts.contains { $0.qualifiers.hedge != nil }, denied = facts.contains(where: \.qualifiers.negated)
        let what = hedged && denied ? "hedged or denied" : hedged ? "hedged" : "denied"
        let noun = facts.count == 1 ? "statement" : "statements"
        if facts.count == 1 {
            return ["1 \(what) \(noun) not counted (\(first.triple): \(first.qualifiers.summary)); see: why \(first.subject) \(first.predicate) \(first.object.text)"]
        }
        let predicates = Set(facts.map(\.predicate))
        let filter = predicates.count == 1 ? "predicate=\(first.predicate) and asserted=false" : "asserted=false"
        return ["\(facts.count) \(what) \(noun) not counted; see: statements where \(filter)"]
    }
}
