import XCTest
import KnowledgeGraph
@testable import KnowledgeQuery

/// The fictional review (Fixtures/grey-fever) that the listing, command, completion and error tests
/// run on: it loads on the shipped schema, quotes its own source verbatim, keeps apart from the
/// fictional literature, and has the shape those tests rely on (the header of its facts.yaml).
final class GreyFeverFixtureTests: XCTestCase {
    private var evaluator: GraphExecutor!

    override func setUpWithError() throws {
        evaluator = try FixtureGraph.greyFever.evaluator()
    }

    private func count(_ query: String, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        guard case .count(let count, _) = try evaluator.run(query) else {
            XCTFail("'\(query)' is not a count", file: file, line: line)
            return -1
        }
        return count
    }

    func testTheReviewLoadsOnTheShippedSchemaAndQuotesItsSourceVerbatim() throws {
        let graph = evaluator.graph
        XCTAssertEqual(graph.documentIDs, ["ostrander-2011"])
        XCTAssertEqual(graph.document("ostrander-2011")?.date, PartialDate("2011-09"))
        XCTAssertEqual(graph.schema.kinds.map(\.name), try Schema.load(text: FixtureGraph.schemaText(), file: "schema.yaml").kinds.map(\.name))
        let text = try XCTUnwrap(graph.document("ostrander-2011")?.text)
        XCTAssertTrue(text.hasPrefix("Notice: FICTIONAL abstract"))
        for fact in graph.facts {
            for provenance in fact.provenance {
                XCTAssertEqual(provenance.document, "ostrander-2011")
                XCTAssertTrue(text.contains(provenance.quote), "\(fact.triple): \(provenance.quote)")
            }
        }
        let literature = Set(try FixtureGraph.literature.graph().entities.map(\.id))
        XCTAssertTrue(literature.isDisjoint(with: graph.entities.map(\.id)), "the two fictional domains share no entity")
    }

    func testTheReviewHasTheShapeTheTestsRelyOn() throws {
        XCTAssertEqual(try evaluator.table("kinds").rows.filter { $0[2] != "0" }.count, 13)
        XCTAssertEqual(try count("count statements"), 68)
        XCTAssertEqual(try count("count statements where hedge=implied"), 6)
        XCTAssertEqual(try count("count statements where hedge=possible"), 1)
        XCTAssertEqual(try count("count statements where hedge=may"), 2)
        XCTAssertEqual(try count("count statements where negated=true"), 3)
        XCTAssertEqual(try count("count statements where kind=relation"), 27)
        XCTAssertEqual(try count("count statements where has note"), 9)
        XCTAssertEqual(try evaluator.table("conflicts").rows, [], "one source cannot disagree with itself")
    }
}
