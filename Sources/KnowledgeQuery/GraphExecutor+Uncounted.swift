import KnowledgeGraph

/// Filters and traversal count only what sources plainly assert. These find the hedged and denied
/// statements a query left out, so the result can say so instead of hiding them.
extension GraphExecutor {
    /// The hedged or denied statements that would have added an entity to `result` had they been
    /// asserted: equality conditions at the top of the last filter, and relations the last step follows.
    func uncountedFacts(_ query: QueryPlan, result: Set<Int>) throws -> [Fact] {
        var stages = query.stages
        while let stage = stages.popLast() {
            let inner = QueryPlan(source: query.source, stages: stages)
            switch stage {
            case .order, .limit:
                continue
            case .filter(let predicate):
                return try uncountedFacts(predicate, on: inner, result: result)
            case .step(let step):
                guard graph.hasQualifiedStatements(step.type) else { return [] }
                return try evaluate(inner).positions.flatMap { position in
                    graph.relationIndexes(at: position, step.direction, type: step.type)
                        .filter { !graph.isAsserted(relation: $0) && !result.contains(graph.end(of: $0, step.direction)) }
                        .map { Fact(graph.relation(at: $0)) }
                }
            }
        }
        return []
    }

    /// The hedged or denied statements that would have met an equality at the top of `predicate`.
    private func uncountedFacts(_ predicate: Predicate<BoundField>, on inner: QueryPlan, result: Set<Int>) throws -> [Fact] {
        let leaves = predicate.leaves.filter { leaf in
            guard case .compare(let field, .equal(_, _, negated: false)) = leaf, field.written.segments.count == 1,
                  let name = field.written.segments.first?.text else { return false }
            return graph.hasQualifiedStatements(graph.schema.relation(named: name)?.type.name ?? name)
        }
        // Most filters touch no hedged or denied statement: then the inner query is not evaluated again.
        guard !leaves.isEmpty else { return [] }
        let positions = try evaluate(inner).positions
        var found: [Fact] = []
        let candidates = positions.filter { !result.contains($0) }
        for case .compare(let field, .equal(let value, _, _)) in leaves {
            let targets = Set(graph.positions(named: value))
            let key = value.lowercased()
            // Values first, read as a column: only an entity with such a statement is built whole, for its facts.
            var column: AttributeColumn?
            if case .attribute(let name) = field.last { column = graph.attributeColumn(name, of: candidates) }
            for (row, position) in candidates.enumerated() {
                try cancellation?.check()
                switch field.last {
                case .attribute(let name):
                    guard column?[row].contains(where: { !$0.isAsserted && $0.value.key == key }) == true else { continue }
                    let entity = graph.entity(at: position)
                    found += entity.statements(of: name).filter { !$0.qualifiers.isAsserted && $0.value.key == key }
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
    }
}
