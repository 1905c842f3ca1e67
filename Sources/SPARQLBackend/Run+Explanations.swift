import KnowledgeGraph
import KnowledgeQuery

/// Why a list is empty, and which hedged or denied statements a query did not count, found as
/// the in-memory executor finds them (GraphExecutor+Conditions, GraphExecutor+Uncounted).
extension Run {
    /// Why a query matched nothing, when it can be told; walks back from the last stage to the
    /// first whose input was not empty.
    func explainEmpty(_ query: QueryPlan) throws -> EmptyReason? {
        var stages = query.stages
        var fallback: EmptyReason?
        while let stage = stages.popLast() {
            switch stage {
            case .order: continue
            case .limit(let count) where count != 0: continue
            default: break
            }
            let inner = QueryPlan(source: query.source, stages: stages)
            let (refs, kinds) = try evaluate(inner)
            let noun = schema.noun(for: kinds)
            if refs.isEmpty {
                if case .filter = stage { fallback = .nothingToFilter(noun) }
                continue
            }
            switch stage {
            case .filter(let predicate):
                return try explainFilter(predicate, on: inner, refs, noun: noun)
            case .step(let step):
                let words = StepWords(arrow: step.arrow.rawValue, relation: step.written.text)
                if refs.count == 1, let only = refs.first { return .noLink(entity: only.id, step: words) }
                return .noneLinked(count: refs.count, noun: noun, step: words)
            case .order, .limit:
                return .limitZero
            }
        }
        if case .all = query.source { return .noEntities }
        return fallback
    }

    /// The first equality no entity before the filter meets, with the values they have, else the combination.
    private func explainFilter(_ predicate: Predicate<BoundField>, on inner: QueryPlan, _ refs: [EntityRef], noun: Noun) throws -> EmptyReason {
        let leaves = predicate.leaves
        for leaf in leaves {
            guard case .compare(let field, .equal(let value, _, negated: false)) = leaf else { continue }
            var tested = inner
            tested.stages.append(.filter(leaf))
            if try evaluate(tested).refs.isEmpty {
                let seen = Set(try values(along: field, of: refs).values.joined().map(\.display)).sorted()
                return .valueNotFound(noun: noun, field: field.written.text, value: value, seen: Array(seen.prefix(EmptyReason.listedValues)),
                                      more: max(0, seen.count - EmptyReason.listedValues))
            }
        }
        return .noneMeetsCondition(count: refs.count, noun: noun, conditions: leaves.count)
    }

    /// The hedged or denied statements that would have added an entity to `result` had they been
    /// asserted: equality conditions at the top of the last filter, and relations the last step follows.
    func uncountedFacts(_ query: QueryPlan, result: Set<String>) throws -> [Fact] {
        var stages = query.stages
        while let stage = stages.popLast() {
            let inner = QueryPlan(source: query.source, stages: stages)
            switch stage {
            case .order, .limit:
                continue
            case .filter(let predicate):
                return try uncountedFacts(predicate, on: inner, result: result)
            case .step(let step):
                guard try hasQualifiedStatements(step.type) else { return [] }
                let refs = try evaluate(inner).refs
                let facts = try qualifiedRelations(of: refs, step.type, step.direction)
                return refs.flatMap { ref in
                    (facts[ref.id] ?? []).filter { !result.contains(step.direction == .outgoing ? $0.object.text : $0.subject) }
                }
            }
        }
        return []
    }

    /// The hedged or denied statements that would have met an equality at the top of `predicate`.
    private func uncountedFacts(_ predicate: Predicate<BoundField>, on inner: QueryPlan, result: Set<String>) throws -> [Fact] {
        let leaves = try predicate.leaves.filter { leaf in
            guard case .compare(let field, .equal(_, _, negated: false)) = leaf, field.written.segments.count == 1,
                  let name = field.written.segments.first?.text else { return false }
            return try hasQualifiedStatements(schema.relation(named: name)?.type.name ?? name)
        }
        guard !leaves.isEmpty else { return [] }
        let refs = try evaluate(inner).refs.filter { !result.contains($0.id) }
        var found: [Fact] = []
        for case .compare(let field, .equal(let value, _, _)) in leaves {
            switch field.last {
            case .attribute(let name):
                let statements = try attributeStatements(of: refs.map(\.id))
                for ref in refs {
                    found += (statements[ref.id] ?? []).filter { $0.predicate == name && !$0.qualifiers.isAsserted && $0.object.key == value.lowercased() }
                }
            case .relation(let type, let direction):
                let targets = Set(executor.lookUp(value).map(\.id))
                let facts = try qualifiedRelations(of: refs, type, direction)
                for ref in refs {
                    found += (facts[ref.id] ?? []).filter { targets.contains(direction == .outgoing ? $0.object.text : $0.subject) }
                }
            case .builtin:
                continue
            }
        }
        return found
    }

    /// The hedged or denied relation statements of `type` leaving (or entering) each entity, in relation order.
    private func qualifiedRelations(of refs: [EntityRef], _ type: String, _ direction: Direction) throws -> [String: [Fact]] {
        let end = direction == .outgoing ? "rdf:subject" : "rdf:object"
        var stated: [Stated] = []
        var start = 0
        let ids = refs.map(\.id)
        while start < ids.count {
            let batch = ids[start..<min(ids.count, start + Self.batch)]
            start += Self.batch
            stated += try statements(where: """
                \(values("?anchor", batch)) ?st \(end) ?anchor ; rdf:predicate \(vocabulary.property(type)) .
                FILTER(EXISTS { ?st kx:negated true } || EXISTS { ?st kx:hedge ?anyHedge })
                """)
        }
        var byEnd: [String: [Fact]] = [:]
        for fact in try inRelationOrder(stated) where !fact.qualifiers.isAsserted {
            byEnd[direction == .outgoing ? fact.subject : fact.object.text, default: []].append(fact)
        }
        return byEnd
    }

    /// Whether some statement of `predicate` is hedged or denied; asked once per connection.
    func hasQualifiedStatements(_ predicate: String) throws -> Bool {
        if let known = executor.cache.withLock({ $0.qualified[predicate] }) { return known }
        let found = try !select("""
            SELECT ?st WHERE { { ?st rdf:predicate \(vocabulary.property(predicate)) ; kx:negated true } UNION { ?st rdf:predicate \(vocabulary.property(predicate)) ; kx:hedge ?hedge } } LIMIT 1
            """).rows.isEmpty
        executor.cache.withLock { $0.qualified[predicate] = found }
        return found
    }
}

private extension Fact.Object {
    /// The lower-cased text equality compares.
    var key: String { text.lowercased() }
}
