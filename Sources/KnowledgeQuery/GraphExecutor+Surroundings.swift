import KnowledgeGraph
import KnowledgeStore

/// The relations around some entities and their labels, read from the adjacency lists.
extension GraphExecutor {
    /// O(d log d) for the d relations found: each entity's adjacency runs, then one sort into graph order.
    public func relations(touching ids: [String], cancellation: Cancellation?) throws -> [Relation] {
        var found = Set<Int>()
        for (count, position) in positions(of: ids).enumerated() {
            if count % 1024 == 0 { try cancellation?.check() }
            found.formUnion(graph.relationIndexes(at: position, .outgoing))
            found.formUnion(graph.relationIndexes(at: position, .incoming))
        }
        return try graph.failingOnDamage { try found.sorted().enumerated().map { count, index in
            if count % 1024 == 0 { try cancellation?.check() }
            return graph.relation(at: index)
        } }
    }

    public func summaries(of ids: [String], cancellation: Cancellation?) throws -> [EntitySummary] {
        try positions(of: ids).enumerated().map { count, position in
            if count % 1024 == 0 { try cancellation?.check() }
            return EntitySummary(id: graph.id(at: position), kind: graph.kind(at: position), name: graph.name(at: position))
        }
    }

    /// The positions of the entities with these ids, in the order given, each once.
    private func positions(of ids: [String]) -> [Int] {
        var seen = Set<Int>()
        return ids.compactMap(graph.position(of:)).filter { seen.insert($0).inserted }
    }
}
