@testable import Explorer
import KnowledgeQuery
import Rendering
import XCTest

/// Neutral rows become tables: presentation follows from the columns' roles and the cells' types.
final class ResultRendererRowsTests: XCTestCase {
    func testRolesDecideAlignmentAndNarrowing() {
        let rows = Rows(columns: [Rows.Column("depth", .quantity), Rows.Column("id", .identifier), Rows.Column("predicate", .topic), Rows.Column("via")],
                        rows: [], noun: .row)
        XCTAssertEqual(ResultRenderer.table(rows).columns, [
            Table.Column(name: "depth", alignment: .right), Table.Column(name: "id", keepsWidth: true),
            Table.Column(name: "predicate", keepsShown: true), Table.Column(name: "via"),
        ])
    }

    /// The hint under a narrow table suggests what works for that result: `select` for an entity
    /// list, the plain format for `neighbors` (where `select via from neighbors …` fails).
    func testTheHintForLeftOutColumnsWorksForTheResult() throws {
        let (session, sink) = try Seed.session()
        session.settings.width = 60
        XCTAssertTrue(session.execute("neighbors registher depth 2"))
        XCTAssertTrue(sink.output.contains("(not shown: via; use .format plain or a wider window)\n"), sink.output)
        sink.reset()
        XCTAssertTrue(session.execute("trials"))
        XCTAssertTrue(sink.output.contains("; use\nselect or a wider window)\n"), sink.output)
        sink.reset()
        XCTAssertTrue(session.execute("statements where subject=registher"))
        XCTAssertTrue(sink.output.contains("; use select or a wider\nwindow)\n"), sink.output)
    }

    func testCellsKeepTheirTypeAndStepsShowTheirArrow() {
        let denied = PathStep(from: "a", relation: "uses", direction: .incoming, to: "b", hedge: "may", negated: true)
        let forward = PathStep(from: "a", relation: "uses", direction: .outgoing, to: "b")
        XCTAssertEqual([Rows.Cell.entity("a"), .number(2), .list(["x", "y"]), .empty, .step(denied), .step(forward)].map(ResultRenderer.cell),
                       [.text("a"), .number(2), .list(["x", "y"]), .empty, .text("a <-uses[not, may]-"), .text("a -uses->")])
    }
}
