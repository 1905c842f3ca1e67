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

    /// The statements a statement query selects, in graph order unless sorted.
    func facts(_ query: FactPlan) throws -> [Fact] {
        try statementFields(for: query).apply(query, to: graph.facts, cancellation: cancellation)
    }

    /// `conflicts`: every statement on a field where sources disagree, grouped by entity and field.
    func conflictRows() -> QueryResult {
        .rows(statementFields(for: FactPlan(stages: [])).conflicts(graph.conflicts()))
    }
}
