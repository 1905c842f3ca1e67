import KnowledgeGraph
import KnowledgeStore
import XCTest
@testable import KnowledgeQuery

/// `neighbors` lists at most `GraphExecutor.maximumNeighbors` entities and says that there are more.
final class NeighborLimitTests: XCTestCase {
    func testAHubListsTheFirstNeighborsAndSaysThereAreMore() throws {
        let schema = """
            kinds:
              - {name: drug, plural: drugs, meaning: A medicine., attributes: []}
              - {name: trial, plural: trials, meaning: A clinical trial., attributes: []}
            relations:
              - {name: concerns, inverse: concerned_in, domain: [trial], range: [drug], meaning: The trial is about the drug.}
            """
        let trials = GraphExecutor.maximumNeighbors + 5
        var facts = "document: {id: hub-doc, source: source.txt, citation: A hub.}\nentities:\n  - {id: hub, kind: drug, name: hub, quote: hub}\n"
        for index in 0..<trials { facts += "  - {id: t\(index), kind: trial, name: trial \(index), quote: trial}\n" }
        facts += "relations:\n"
        for index in 0..<trials { facts += "  - {subject: t\(index), type: concerns, object: hub, quote: concerns}\n" }
        let folder = KnowledgeFiles(root: "K", files: ["schema.yaml": Array(schema.utf8), "p/facts.yaml": Array(facts.utf8),
                                                        "p/source.txt": Array("Title: A hub\n\nEach trial concerns the hub.\n".utf8)])
        let evaluator = GraphExecutor(graph: try KnowledgeLoader.load([folder]))
        guard case .rows(let rows) = try evaluator.run("neighbors hub") else { return XCTFail("not rows") }
        XCTAssertEqual(rows.rows.count, GraphExecutor.maximumNeighbors)
        XCTAssertEqual(rows.note, .moreNeighbors(depth: 1))
        guard case .rows(let one) = try evaluator.run("neighbors t1 depth 1") else { return XCTFail("not rows") }
        XCTAssertEqual(one.rows.count, 1)
        XCTAssertNil(one.note)
    }
}
