import KnowledgeGraph

/// What breadth-first searches (`neighbors`, `path`) need of a store: the relations at each node,
/// in relation order, with the node at the other end. Every relation counts, hedged and denied
/// ones too (their steps are tagged). A store that reads relations in batches fetches a whole
/// level in `prepare` before its nodes are asked for.
public protocol SearchGraph {
    associatedtype Node: Hashable & Comparable
    associatedtype Edge: Hashable

    /// Called with every node of a level before its edges are asked for.
    mutating func prepare(_ frontier: [Node]) throws
    /// The relations leaving (`.outgoing`) or entering (`.incoming`) `node`, in relation order.
    func edges(_ node: Node, _ direction: Direction) -> [(edge: Edge, other: Node)]
    /// The step over `edge` from `node`, walked in `direction`.
    func step(_ edge: Edge, from node: Node, _ direction: Direction) -> PathStep
}

/// Breadth-first searches over any `SearchGraph`, so every executor walks the same way and lists
/// the same rows in the same order.
public enum GraphSearch {
    /// Entities within `depth` hops of `origin`, breadth first, each with the step that first reached
    /// it, at most `limit`; `more` is true when more were within reach. O(V + E) over the part reached.
    public static func neighborhood<G: SearchGraph>(of origin: G.Node, depth: Int, limit: Int, in graph: inout G,
                                                     cancellation: Cancellation?) throws -> (found: [(depth: Int, node: G.Node, step: PathStep)], more: Bool) {
        var seen: Set<G.Node> = [origin]
        var frontier = [origin]
        var found: [(depth: Int, node: G.Node, step: PathStep)] = []
        for level in stride(from: 1, through: depth, by: 1) {
            try graph.prepare(frontier)
            var next: [G.Node] = []
            for node in frontier {
                try cancellation?.check()
                for direction in [Direction.outgoing, .incoming] {
                    for (edge, other) in graph.edges(node, direction) {
                        guard seen.insert(other).inserted else { continue }
                        if found.count == limit { return (found, true) }
                        next.append(other)
                        found.append((level, other, graph.step(edge, from: node, direction)))
                    }
                }
            }
            frontier = next
        }
        return (found, false)
    }

    /// All shortest paths between two nodes (at most `limit`; `truncated` when there are more),
    /// relations walked either way. Bidirectional breadth-first search: each round expands the
    /// smaller frontier, so a path of length L costs about twice the neighbourhood of radius L/2
    /// instead of the whole radius-L ball; Ctrl-C stops it.
    public static func shortestPaths<G: SearchGraph>(from source: G.Node, to target: G.Node, limit: Int, in graph: inout G,
                                                      cancellation: Cancellation?) throws -> (paths: [[PathStep]], truncated: Bool) {
        guard source != target else { return ([], false) }
        var forward = Search<G>(origin: source), backward = Search<G>(origin: target)
        var length: Int?
        while length == nil, !forward.frontier.isEmpty, !backward.frontier.isEmpty {
            let expandForward = forward.frontier.count <= backward.frontier.count
            if expandForward { try expand(&forward, in: &graph, cancellation) } else { try expand(&backward, in: &graph, cancellation) }
            let (grown, other) = expandForward ? (forward, backward) : (backward, forward)
            length = grown.frontier.compactMap { node in other.distance[node].map { $0 + (grown.distance[node] ?? 0) } }.min()
        }
        guard let length else { return ([], false) }
        // Every shortest path crosses exactly one node at the split depth, which both searches reached.
        let split = max(0, length - backward.depth)
        let middles = forward.distance.filter { $0.value == split && backward.distance[$0.key] == length - split }.keys.sorted()
        var paths: [[PathStep]] = []
        var truncated = false
        enumeration: for middle in middles {
            for head in halfPaths(to: middle, in: forward, limit: limit + 1) {
                for tail in halfPaths(to: middle, in: backward, limit: limit + 1) {
                    if paths.count == limit { truncated = true; break enumeration }
                    paths.append(head.map { graph.step($0.edge, from: $0.from, $0.direction) }
                        + tail.reversed().map { graph.step($0.edge, from: $0.to, $0.direction.reversed) })
                }
            }
        }
        paths.sort { $0.map(\.to).joined(separator: " ") < $1.map(\.to).joined(separator: " ") }
        return (paths, truncated)
    }

    /// One side of the search: distances from its origin and, for each node reached, the edges
    /// that reached it at its distance.
    struct Search<G: SearchGraph> {
        var distance: [G.Node: Int]
        var parents: [G.Node: [Hop<G>]] = [:]
        var frontier: [G.Node]
        var depth = 0

        init(origin: G.Node) {
            distance = [origin: 0]
            frontier = [origin]
        }
    }

    /// A relation walked from one node to another.
    struct Hop<G: SearchGraph>: Hashable {
        var edge: G.Edge
        var from: G.Node
        var to: G.Node
        var direction: Direction
    }

    /// Expands one breadth-first level of a search over every relation, both ways.
    private static func expand<G: SearchGraph>(_ search: inout Search<G>, in graph: inout G, _ cancellation: Cancellation?) throws {
        try graph.prepare(search.frontier)
        var next: [G.Node] = []
        search.depth += 1
        for node in search.frontier {
            try cancellation?.check()
            for direction in [Direction.outgoing, .incoming] {
                for (edge, other) in graph.edges(node, direction) {
                    if search.distance[other] == nil {
                        search.distance[other] = search.depth
                        next.append(other)
                    }
                    if search.distance[other] == search.depth {
                        let hop = Hop<G>(edge: edge, from: node, to: other, direction: direction)
                        if !(search.parents[other] ?? []).contains(hop) { search.parents[other, default: []].append(hop) }
                    }
                }
            }
        }
        search.frontier = next
    }

    /// Up to `limit` chains of hops from the search's origin to `node`, in the order walked.
    private static func halfPaths<G: SearchGraph>(to node: G.Node, in search: Search<G>, limit: Int) -> [[Hop<G>]] {
        var found: [[Hop<G>]] = []
        var stack: [(G.Node, [Hop<G>])] = [(node, [])]
        while let (current, suffix) = stack.popLast(), found.count < limit {
            guard let hops = search.parents[current], !hops.isEmpty else {
                found.append(suffix)
                continue
            }
            for hop in hops.reversed() { stack.append((hop.from, [hop] + suffix)) }
        }
        return found
    }
}
