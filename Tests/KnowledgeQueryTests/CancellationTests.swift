import XCTest
import KnowledgeGraph
@testable import KnowledgeQuery

/// A cancelled `Cancellation` stops the evaluator's walks with `Interrupted`.
final class CancellationTests: XCTestCase {
    func testTheFlagIsSetAndReset() {
        let cancellation = Cancellation()
        XCTAssertNoThrow(try cancellation.check())
        cancellation.cancel()
        XCTAssertTrue(cancellation.isCancelled)
        XCTAssertThrowsError(try cancellation.check()) { XCTAssertEqual($0 as? Interrupted, Interrupted()) }
        cancellation.reset()
        XCTAssertFalse(cancellation.isCancelled)
        XCTAssertNoThrow(try cancellation.check())
    }

    func testACancelledEvaluatorStopsWalking() throws {
        let cancellation = Cancellation()
        cancellation.cancel()
        let executor = GraphExecutor(graph: try FixtureGraph.literature.graph())
        for statement in ["neighbors velostatin depth 3", "path velostatin to trial-a", "treatments -> uses"] {
            XCTAssertThrowsError(try executor.run(statement, cancellation: cancellation), statement) { XCTAssertTrue($0 is Interrupted, "\($0)") }
        }
    }

    func testAnEvaluatorRunsWhenNotCancelled() throws {
        let cancellation = Cancellation()
        cancellation.cancel()
        cancellation.reset()
        let executor = GraphExecutor(graph: try FixtureGraph.literature.graph())
        guard case .rows(let rows) = try executor.run("neighbors velostatin depth 3", cancellation: cancellation) else { return XCTFail("not rows") }
        XCTAssertFalse(rows.rows.isEmpty)
    }
}
