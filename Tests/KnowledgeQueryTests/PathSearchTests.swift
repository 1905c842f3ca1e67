import KnowledgeGraph
import KnowledgeStore
import XCTest
@testable import KnowledgeQuery

/// The bidirectional path search agrees with a plain breadth-first search from one end: the same
/// length and the same set of shortest paths, for every pair of entities of the test graphs.
final class PathSearchTests: XCTestCase {
    func testEveryPairAgreesWithAPlainBreadthFirstSearch() throws {
        for graph in [try FixtureGraph.literature.graph(), try FixtureGraph.greyFever.graph()] {
            let evaluator = GraphExecutor(graph: graph)
            let entities = Array(graph.entities)
            var compared = 0
            for start in entities {
                for goal in entities where goal.id != start.id {
                    let found = try evaluator.paths(from: start, to: goal)
                    let expected = Self.shortestPaths(graph, from: start.id, to: goal.id)
                    XCTAssertEqual(found.paths.first?.count, expected.first?.count, "\(start.id) to \(goal.id)")
                    if !found.truncated {
                        XCTAssertEqual(Set(found.paths.map { $0.map(\.to) }), Set(expected.map { $0.map(\.to) }), "\(start.id) to \(goal.id)")
                    }
                    compared += 1
                }
            }
            XCTAssertGreaterThan(compared, 200)
        }
    }

    /// Every shortest path, by walking levels from `from` and enumerating all parent chains.
    static func shortestPaths(_ graph: Graph, from: String, to: String) -> [[PathStep]] {
        var distance = [from: 0]
        var parents: [String: [PathStep]] = [:]
        var frontier = [from]
        while !frontier.isEmpty, distance[to] == nil {
            var next: [String] = []
            for id in frontier {
                for direction in [Direction.outgoing, .incoming] {
                    for relation in graph.relations(of: id, direction) {
                        let other = relation.end(direction)
                        if distance[other] == nil { distance[other] = (distance[id] ?? 0) + 1; next.append(other) }
                        let step = PathStep(relation, from: id, direction: direction)
                        if distance[other] == (distance[id] ?? 0) + 1, !(parents[other] ?? []).contains(step) { parents[other, default: []].append(step) }
                    }
                }
            }
            frontier = next
        }
        guard distance[to] != nil else { return [] }
        var paths: [[PathStep]] = []
        var stack: [(String, [PathStep])] = [(to, [])]
        while let (id, suffix) = stack.popLast() {
            if id == from { paths.append(suffix); continue }
            for step in parents[id] ?? [] { stack.append((step.from, [step] + suffix)) }
        }
        return paths
    }
}
