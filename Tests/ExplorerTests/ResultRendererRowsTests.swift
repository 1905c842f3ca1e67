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

    func testCellsKeepTheirTypeAndStepsShowTheirArrow() {
        let denied = PathStep(from: "a", relation: "uses", direction: .incoming, to: "b", hedge: "may", negated: true)
        let forward = PathStep(from: "a", relation: "uses", direction: .outgoing, to: "b")
        XCTAssertEqual([Rows.Cell.entity("a"), .number(2), .list(["x", "y"]), .empty, .step(denied), .step(forward)].map(ResultRenderer.cell),
                       [.text("a"), .number(2), .list(["x", "y"]), .empty, .text("a <-uses[not, may]-"), .text("a -uses->")])
    }
}
