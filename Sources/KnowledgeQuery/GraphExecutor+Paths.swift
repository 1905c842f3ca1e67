import KnowledgeGraph

extension GraphExecutor {
    /// At most this many shortest paths are listed; the list says when there are more.
    public static let maximumPaths = 20

    /// All shortest paths between two entities, relations walked either way (see `GraphSearch`).
    func paths(from start: Entity, to goal: Entity) throws -> PathList {
        guard let source = graph.position(of: start.id), let target = graph.position(of: goal.id) else {
            return PathList(from: start, to: goal, paths: [], truncated: false)
        }
        var search = PositionGraph(graph: graph)
        let (paths, truncated) = try GraphSearch.shortestPaths(from: source, to: target, limit: Self.maximumPaths, in: &search, cancellation: cancellation)
        return PathList(from: start, to: goal, paths: paths, truncated: truncated)
    }
}
