import KnowledgeGraph

extension GraphExecutor {
    /// At most this many shortest paths are listed; the list says when there are more.
    static let maximumPaths = 20

    /// All shortest paths between two entities, relations walked either way, hedged and denied
    /// ones too (their steps are tagged). Bidirectional breadth-first search: each round expands
    /// the smaller frontier, so a path of length L costs about twice the neighbourhood of radius L/2
    /// instead of the whole radius-L ball; Ctrl-C stops it.
    func paths(from start: Entity, to goal: Entity) throws -> PathList {
        guard start.id != goal.id, let source = graph.position(of: start.id), let target = graph.position(of: goal.id) else {
            return PathList(from: start, to: goal, paths: [], truncated: false)
        }
        var forward = Search(origin: source), backward = Search(origin: target)
        var length: Int?
        while length == nil, !forward.frontier.isEmpty, !backward.frontier.isEmpty {
            let expandForward = forward.frontier.count <= backward.frontier.count
            if expandForward { try expand(&forward) } else { try expand(&backward) }
            let (grown, other) = expandForward ? (forward, backward) : (backward, forward)
            length = grown.frontier.compactMap { node in other.distance[node].map { $0 + (grown.distance[node] ?? 0) } }.min()
        }
        guard let length else { return PathList(from: start, to: goal, paths: [], truncated: false) }
        // Every shortest path crosses exactly one node at the split depth, which both searches reached.
        let split = max(0, length - backward.depth)
        let middles = forward.distance.filter { $0.value == split && backward.distance[$0.key] == length - split }.keys.sorted()
        var paths: [[PathStep]] = []
        var truncated = false
        enumeration: for middle in middles {
            for head in halfPaths(to: middle, in: forward, limit: Self.maximumPaths + 1) {
                for tail in halfPaths(to: middle, in: backward, limit: Self.maximumPaths + 1) {
                    if paths.count == Self.maximumPaths { truncated = true; break enumeration }
                    paths.append(head.map { step(relation: $0.relation, from: $0.from, direction: $0.direction) }
                        + tail.reversed().map { step(relation: $0.relation, from: $0.to, direction: $0.direction.reversed) })
                }
            }
        }
        paths.sort { $0.map(\.to).joined(separator: " ") < $1.map(\.to).joined(separator: " ") }
        return PathList(from: start, to: goal, paths: paths, truncated: truncated)
    }

    /// One side of the search: distances from its origin and, for each node reached, the edges
    /// that reached it at its distance.
    struct Search {
        var distance: [Int: Int]
        var parents: [Int: [Edge]] = [:]
        var frontier: [Int]
        var depth = 0

        init(origin: Int) {
            distance = [origin: 0]
            frontier = [origin]
        }
    }

    /// A relation walked from one entity to another, by positions.
    struct Edge: Hashable {
        var relation: Int
        var from: Int
        var to: Int
        var direction: Direction
    }

    /// Expands one breadth-first level of a search over every relation, both ways.
    private func expand(_ search: inout Search) throws {
        var next: [Int] = []
        search.depth += 1
        for node in search.frontier {
            try cancellation?.check()
            for direction in [Direction.outgoing, .incoming] {
                for relation in graph.relationIndexes(at: node, direction) {
                    let other = graph.end(of: relation, direction)
                    if search.distance[other] == nil {
                        search.distance[other] = search.depth
                        next.append(other)
                    }
                    if search.distance[other] == search.depth {
                        let edge = Edge(relation: relation, from: node, to: other, direction: direction)
                        if !(search.parents[other] ?? []).contains(edge) { search.parents[other, default: []].append(edge) }
                    }
                }
            }
        }
        search.frontier = next
    }

    /// Up to `limit` chains of edges from the search's origin to `node`, in the order walked.
    private func halfPaths(to node: Int, in search: Search, limit: Int) -> [[Edge]] {
        var found: [[Edge]] = []
        var stack: [(Int, [Edge])] = [(node, [])]
        while let (current, suffix) = stack.popLast(), found.count < limit {
            guard let edges = search.parents[current], !edges.isEmpty else {
                found.append(suffix)
                continue
            }
            for edge in edges.reversed() { stack.append((edge.from, [edge] + suffix)) }
        }
        return found
    }

    /// The step over relation `index` from the entity at `from`, walked in `direction`, read from the columns.
    func step(relation index: Int, from: Int, direction: Direction) -> PathStep {
        let (hedge, negated) = graph.hedgeAndNegation(of: index)
        return PathStep(from: graph.id(at: from), relation: graph.type(of: index), direction: direction,
                        to: graph.id(at: graph.end(of: index, direction)), hedge: hedge, negated: negated)
    }
}
