import KnowledgeGraph
@testable import KnowledgeQuery
import XCTest

/// `relations(touching:)` and `summaries(of:)`: what pictures and `--links` fetch through the
/// executor, on the fictional literature.
final class SurroundingsTests: XCTestCase {
    func testRelationsTouchingEntitiesAreEveryStatementOnceInGraphOrder() throws {
        let executor = try FixtureGraph.literature.evaluator()
        let relations = try executor.relations(touching: ["velostatin", "off-label-use", "velostatin", "no-such-entity"], cancellation: nil)
        XCTAssertEqual(relations.map { "\($0.subject) \($0.type) \($0.object)" }, [
            "headaches effect_of velostatin",
            "mild-side-effects accounts_for off-label-use",
            "mild-side-effects effect_of velostatin",
            "evidence-for-off-label-use supports off-label-use",
            "off-label-use uses velostatin",
            "daily-velostatin uses velostatin",
        ], "by subject, type and object; one touching two of the ids is listed once")
        XCTAssertEqual(relations[1].qualifiers.hedge, "may", "hedged statements are there")
        XCTAssertTrue(relations[3].qualifiers.negated, "denied statements are there")
        XCTAssertEqual(relations[0].document, "beta-2022", "each statement keeps its source")
        XCTAssertEqual(try executor.relations(touching: [], cancellation: nil), [])
    }

    func testSummariesAreInTheOrderAskedEachOnce() throws {
        let executor = try FixtureGraph.literature.evaluator()
        let summaries = try executor.summaries(of: ["off-label-use", "velostatin", "nothing", "off-label-use"], cancellation: nil)
        XCTAssertEqual(summaries.map(\.id), ["off-label-use", "velostatin"])
        XCTAssertEqual(summaries.last?.kind, "drug")
        XCTAssertEqual(summaries.last?.name, "velostatin")
    }

    func testCancellationStopsThem() throws {
        let executor = try FixtureGraph.literature.evaluator()
        let cancellation = Cancellation()
        cancellation.cancel()
        XCTAssertThrowsError(try executor.relations(touching: ["velostatin"], cancellation: cancellation)) { XCTAssertTrue($0 is Interrupted) }
        XCTAssertThrowsError(try executor.summaries(of: ["velostatin"], cancellation: cancellation)) { XCTAssertTrue($0 is Interrupted) }
    }

    func testNeighborsSayWhatTheyWereReachedFrom() throws {
        let executor = try FixtureGraph.literature.evaluator()
        guard case .rows(let rows) = try executor.run("neighbors velostatin") else { return XCTFail("not rows") }
        XCTAssertEqual(rows.origin, "velostatin")
        guard case .rows(let kinds) = try executor.run("kinds") else { return XCTFail("not rows") }
        XCTAssertNil(kinds.origin, "other rows are no neighbourhood")
    }
}
