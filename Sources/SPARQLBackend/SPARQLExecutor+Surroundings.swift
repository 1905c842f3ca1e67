import KnowledgeGraph
import KnowledgeQuery

/// The relations around some entities and their labels, for pictures and `--links`, read in batches.
extension SPARQLExecutor {
    public func relations(touching ids: [String], cancellation: Cancellation?) throws -> [Relation] {
        let run = Run(executor: self, cancellation: cancellation)
        var seen: Set<String> = []
        let unique = ids.filter { seen.insert($0).inserted }
        // A relation between two of the entities is read both ways and kept once.
        var kept: Set<String> = []
        let stated = try (run.statedRelations(of: unique, .outgoing) + run.statedRelations(of: unique, .incoming))
            .filter { kept.insert("\($0.fact.subject) \($0.order)").inserted }
        return try run.inRelationOrder(stated).compactMap(Run.relation)
    }

    public func summaries(of ids: [String], cancellation: Cancellation?) throws -> [EntitySummary] {
        try Run(executor: self, cancellation: cancellation).entities(ids.map { EntityRef(id: $0, kind: "") }, whole: false)
            .map { EntitySummary(id: $0.id, kind: $0.kind, name: $0.name) }
    }
}
