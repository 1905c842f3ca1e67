import KnowledgeGraph

extension GraphExecutor {
    /// `kinds`, with each kind's number of entities.
    func kindRows() -> QueryResult {
        .rows(ResultTables.kinds(graph.schema, counts: Dictionary(uniqueKeysWithValues: graph.schema.kinds.map { ($0.name, graph.positions(ofKind: $0.name).count) })))
    }

    /// `relations`, with each type's number of statements.
    func relationRows() -> QueryResult {
        .rows(ResultTables.relations(graph.schema, counts: graph.relationCounts()))
    }

    /// `schema`, `schema KIND`, `schema statements`.
    func schemaRows(_ topic: Plan.SchemaTopic) -> QueryResult {
        .rows(ResultTables.schema(graph.schema, topic))
    }

    /// `sources`: each document with its sentence count and how many quotes cite it.
    func sourceRows() -> QueryResult {
        let quotes = graph.quoteCounts()
        return .rows(ResultTables.sources(graph.documentIDs.compactMap(graph.document).map { document in
            ResultTables.Source(id: document.id, sentences: document.segments.filter { $0.role == .sentence }.count,
                                quotes: quotes[document.id] ?? 0, citation: document.citation)
        }))
    }
}
