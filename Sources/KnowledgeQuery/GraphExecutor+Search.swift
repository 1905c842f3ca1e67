import KnowledgeGraph
import KnowledgeStore

/// The compiled graph as a `SearchGraph`: nodes are positions, edges relation indexes, read from the adjacency lists.
struct PositionGraph: SearchGraph {
    let graph: Graph

    func prepare(_ frontier: [Int]) {}

    func edges(_ node: Int, _ direction: Direction) -> [(edge: Int, other: Int)] {
        graph.relationIndexes(at: node, direction).map { ($0, graph.end(of: $0, direction)) }
    }

    func step(_ edge: Int, from node: Int, _ direction: Direction) -> PathStep {
        let (hedge, negated) = graph.hedgeAndNegation(of: edge)
        return PathStep(from: graph.id(at: node), relation: graph.type(of: edge), direction: direction,
                        to: graph.id(at: graph.end(of: edge, direction)), hedge: hedge, negated: negated)
    }
}
