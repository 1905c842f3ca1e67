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

    func testTheHintUnderANarrowTableSuggestsSelectOnlyWhereSelectWorks() {
        let columns = (1...8).map { Rows.Column("column-\($0)") }
        let cells: [[Rows.Cell]] = [(1...8).map { .text(String(repeating: "v", count: 20 + $0)) }]
        let renderer = ResultRenderer(format: .table, width: 50, style: .plain)
        let neighbors = renderer.render(.rows(Rows(columns: columns, rows: cells, noun: .row))).replacingOccurrences(of: "\n", with: " ")
        let statements = renderer.render(.rows(Rows(columns: columns, rows: cells, noun: .row, selectable: true))).replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(neighbors.contains("use a wider window or .format plain)"), neighbors)
        XCTAssertFalse(neighbors.contains("select"), neighbors)
        XCTAssertTrue(statements.contains("use select FIELD, … from the same query, a wider window or .format plain)"), statements)
    }
}
