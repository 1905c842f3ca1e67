import KnowledgeGraph

/// Executing `statements` (also `facts`): every statement of every source as a row.
extension GraphExecutor {
    /// How `statements` reads fields on this graph, for the names `plan` compares with.
    func statementFields(for plan: FactPlan) -> StatementFields {
        let dates = graph.documentIDs.reduce(into: [String: PartialDate]()) { dates, id in dates[id] = graph.date(of: id) }
        let named = StatementFields.namesCompared(in: plan).reduce(into: [String: Set<String>]()) { named, text in
            named[text] = Set(graph.entities(named: text).map { $0.id.lowercased() })
        }
        return StatementFields(assertedHedge: graph.schema.assertedHedge, documentDates: dates, named: named)
    }

    /// The statements a statement query selects, in graph order unless sorted. Filters ending in a
    /// limit read the entities' statements one entity at a time and stop at the limit, so
    /// `statements where … limit 10` does not build every statement first.
    func facts(_ query: FactPlan) throws -> [Fact] {
        let fields = statementFields(for: query)
        guard case .limit(let limit)? = query.stages.last, let predicates = filters(query.stages.dropLast(), fields) else {
            return try fields.apply(query, to: graph.facts, cancellation: cancellation)
        }
        var found: [Fact] = []
        try streamFacts(predicates, until: { found.count >= limit }) { found.append($0) }
        return Array(found.prefix(max(0, limit)))
    }

    /// How many statements a statement query selects: without reading any when it has no stages,
    /// and one entity's statements at a time when it only filters (and limits).
    func factCount(_ query: FactPlan) throws -> Int {
        if query.stages.isEmpty { return graph.statementCount }
        var stages = query.stages[...]
        var limit = Int.max
        if case .limit(let last)? = stages.last {
            limit = max(0, last)
            stages = stages.dropLast()
        }
        guard let predicates = filters(stages, statementFields(for: query)) else { return try facts(query).count }
        var count = 0
        try streamFacts(predicates, until: { count >= limit }) { _ in count += 1 }
        return min(count, limit)
    }

    /// The predicates of `stages` when every one of them is a filter, else nil.
    private func filters(_ stages: ArraySlice<FactPlan.Stage>, _ fields: StatementFields) -> [(Fact) -> Bool]? {
        var predicates: [(Fact) -> Bool] = []
        for stage in stages {
            guard case .filter(let predicate) = stage else { return nil }
            predicates.append(fields.predicate(predicate))
        }
        return predicates
    }

    /// Calls `body` with each statement that passes every predicate, in graph order, built one
    /// entity at a time, until `done` holds after an entity.
    private func streamFacts(_ predicates: [(Fact) -> Bool], until done: () -> Bool, _ body: (Fact) -> Void) throws {
        for position in 0..<graph.entityCount {
            if position % 4096 == 0 { try cancellation?.check() }
            if done() { return }
            for fact in graph.facts(at: position) where predicates.allSatisfy({ $0(fact) }) { body(fact) }
        }
    }

    /// `conflicts`: every statement on a field where sources disagree, grouped by entity and field.
    func conflictRows() -> QueryResult {
        .rows(statementFields(for: FactPlan(stages: [])).conflicts(graph.conflicts()))
    }
}
