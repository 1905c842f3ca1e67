import Rendering
import XCTest

final class TableRendererBoxTests: XCTestCase {
    private let renderer = TableRenderer()

    func testRendersAlignedBoxWithFooter() {
        let expected = """
            ┌─────────────┬─────────────────────┬────────┐
            │ name        │ notes               │ trials │
            ├─────────────┼─────────────────────┼────────┤
            │ José García │ aspirin, "low" dose │      2 │
            │ 王小明      │ a|b                 │    3.5 │
            │ Zoë         │ x, y                │        │
            └─────────────┴─────────────────────┴────────┘
            (3 patients)

            """
        XCTAssertEqual(renderer.render(SampleTables.patients, as: .table, width: nil, style: .plain), expected)
    }

    func testEmptyResultStillShowsHeaderAndFooter() {
        let expected = """
            ┌──────┬───────┬────────┐
            │ name │ notes │ trials │
            ├──────┼───────┼────────┤
            └──────┴───────┴────────┘
            (0 patients)

            """
        XCTAssertEqual(renderer.render(SampleTables.empty, as: .table, width: nil, style: .plain), expected)
    }

    func testWideEnoughWidthChangesNothing() {
        let unlimited = renderer.render(SampleTables.patients, as: .table, width: nil, style: .plain)
        XCTAssertEqual(renderer.render(SampleTables.patients, as: .table, width: 46, style: .plain), unlimited)
    }

    func testShrinksWidestColumnsToFitWidth() {
        let expected = """
            ┌───────────┬───────────┬────────┐
            │ name      │ notes     │ trials │
            ├───────────┼───────────┼────────┤
            │ José Gar… │ aspirin,… │      2 │
            │ 王小明    │ a|b       │    3.5 │
            │ Zoë       │ x, y      │        │
            └───────────┴───────────┴────────┘
            (3 patients)

            """
        let output = renderer.render(SampleTables.patients, as: .table, width: 34, style: .plain)
        XCTAssertEqual(output, expected)
        assertEveryLine(of: output, fits: 34)
    }

    func testTruncatesWideCharactersWithoutExceedingWidth() {
        let table = Table(columns: [Table.Column(name: "name")], rows: [[.text("王小明王小明")]])
        let expected = """
            ┌────────┐
            │ name   │
            ├────────┤
            │ 王小…  │
            └────────┘

            """
        let output = renderer.render(table, as: .table, width: 10, style: .plain)
        XCTAssertEqual(output, expected)
        assertEveryLine(of: output, fits: 10)
    }

    func testShrinksBelowFloorWhenNeededAndWrapsTheFooter() {
        let output = renderer.render(SampleTables.patients, as: .table, width: 30, style: .plain)
        let expected = """
            ┌─────────┬─────────┬────────┐
            │ name    │ notes   │ trials │
            ├─────────┼─────────┼────────┤
            │ José G… │ aspiri… │      2 │
            │ 王小明  │ a|b     │    3.5 │
            │ Zoë     │ x, y    │        │
            └─────────┴─────────┴────────┘
            (3 patients)

            """
        XCTAssertEqual(output, expected)
        assertEveryLine(of: output, fits: 30)
        XCTAssertEqual(
            renderer.render(Table(columns: [], rows: [], footer: "(no columns here)"), as: .table, width: 8, style: .plain),
            "(no\ncolumns\nhere)\n"
        )
    }

    func testEscapesControlCharactersInCells() {
        let table = Table(
            columns: [Table.Column(name: "value")],
            rows: [[.text("\u{1B}[2Jboom")], [.text("two\nlines")]]
        )
        let expected = #"""
            ┌────────────────┐
            │ value          │
            ├────────────────┤
            │ \u{1B}[2Jboom  │
            │ two\u{0A}lines │
            └────────────────┘

            """#
        let output = renderer.render(table, as: .table, width: nil, style: .plain)
        XCTAssertEqual(output, expected)
        XCTAssertFalse(output.unicodeScalars.contains("\u{1B}"))
    }

    func testStylesHeaderAndFooterOnlyWhenEnabled() {
        let table = Table(
            columns: [Table.Column(name: "n", alignment: .right)],
            rows: [[.number(10)]],
            footer: "(1 row)"
        )
        let expected = """
            ┌────┐
            │  \u{1B}[1mn\u{1B}[0m │
            ├────┤
            │ 10 │
            └────┘
            \u{1B}[2m(1 row)\u{1B}[0m

            """
        XCTAssertEqual(renderer.render(table, as: .table, width: nil, style: .ansi), expected)
    }

    func testShortRowsArePaddedWithEmptyCells() {
        let table = Table(columns: [Table.Column(name: "a"), Table.Column(name: "b")], rows: [[.text("x")]])
        let expected = """
            ┌───┬───┐
            │ a │ b │
            ├───┼───┤
            │ x │   │
            └───┴───┘

            """
        XCTAssertEqual(renderer.render(table, as: .table, width: nil, style: .plain), expected)
    }

    func testLeavesOutWideColumnsRatherThanCuttingThemAll() {
        let table = Table(
            columns: [Table.Column(name: "id", keepsWidth: true), Table.Column(name: "name"), Table.Column(name: "status"),
                      Table.Column(name: "control"), Table.Column(name: "timing"), Table.Column(name: "n", alignment: .right)],
            rows: [[.text("failed-trials"), .text("randomized trials with no trastuzumab"), .text("failed-to-accrue"),
                    .text("no-trastuzumab"), .text("prospective"), .number(2)]],
            footer: "(1 trial)"
        )
        let output = renderer.render(table, as: .table, width: 60, style: .plain)
        XCTAssertEqual(output, """
            ┌───────────────┬─────────────────┬────────────────┬───┬───┐
            │ id            │ name            │ status         │ n │ … │
            ├───────────────┼─────────────────┼────────────────┼───┼───┤
            │ failed-trials │ randomized tri… │ failed-to-acc… │ 2 │ … │
            └───────────────┴─────────────────┴────────────────┴───┴───┘
            (1 trial)
            (not shown: control, timing; use a wider window or .format
            plain)

            """)
        assertEveryLine(of: output, fits: 60)
    }

    func testColumnsKeptShownStayWhileOtherColumnsNarrowOrWideGoFirst() {
        let table = Table(
            columns: [Table.Column(name: "subject", keepsWidth: true), Table.Column(name: "predicate", keepsShown: true),
                      Table.Column(name: "object", keepsShown: true), Table.Column(name: "hedge"), Table.Column(name: "negated"),
                      Table.Column(name: "document")],
            rows: [[.text("evidence-for-continuation"), .text("supports"), .text("continued-administration"), .text("asserted"),
                    .text("true"), .text("pusztai-2006")]],
            footer: "(1 statement)"
        )
        let output = renderer.render(table, as: .table, width: 60, style: .plain)
        XCTAssertEqual(output, """
            ┌───────────────────────────┬───────────┬──────────────┬───┐
            │ subject                   │ predicate │ object       │ … │
            ├───────────────────────────┼───────────┼──────────────┼───┤
            │ evidence-for-continuation │ supports  │ continued-a… │ … │
            └───────────────────────────┴───────────┴──────────────┴───┘
            (1 statement)
            (not shown: hedge, negated, document; use a wider window or
            .format plain)

            """)
        assertEveryLine(of: output, fits: 60)
    }

    func testTableWithoutColumnsOrFooterRendersNothing() {
        XCTAssertEqual(renderer.render(Table(columns: [], rows: []), as: .table, width: nil, style: .plain), "")
    }

    private func assertEveryLine(of output: String, fits width: Int, file: StaticString = #filePath, line: UInt = #line) {
        for text in output.split(separator: "\n") {
            XCTAssertLessThanOrEqual(TerminalText.displayWidth(of: String(text)), width, "\(text)", file: file, line: line)
        }
    }
}
