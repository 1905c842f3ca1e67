@testable import Explorer
import XCTest

/// Splitting scripts into statements, comments and expectations.
final class ScriptParserTests: XCTestCase {
    private func item(_ kind: ScriptItem.Kind, _ text: String, line: Int, lines: Int = 1) -> ScriptItem {
        ScriptItem(kind: kind, text: text, line: line, lineCount: lines)
    }

    func testStatementsCommentsAndBlankLines() {
        let items = ScriptParser.items("# heading\n\ncount trials\n   # indented comment\n.format json\n\n")
        XCTAssertEqual(items, [
            item(.comment, "heading", line: 1),
            item(.statement, "count trials", line: 3),
            item(.comment, "indented comment", line: 4),
            item(.statement, ".format json", line: 5),
        ])
    }

    func testBackslashContinuesAndIsBlankedKeepingOffsets() {
        let items = ScriptParser.items("trials \\\n  where status=planned\ncount trials\n")
        XCTAssertEqual(items, [
            item(.statement, "trials  \n  where status=planned", line: 1, lines: 2),
            item(.statement, "count trials", line: 3),
        ])
    }

    func testOpenParenthesesAndQuotesContinue() {
        let items = ScriptParser.items("trials where (status=planned\n  or status=failed-to-accrue)\nshow \"central\nregistry program\"\n")
        XCTAssertEqual(items.map(\.kind), [.statement, .statement])
        XCTAssertEqual(items.map(\.line), [1, 3])
        XCTAssertEqual(items.map(\.lineCount), [2, 2])
        XCTAssertEqual(items[1].text, "show \"central\nregistry program\"")
    }

    func testParenthesesInsideQuotesAndCommentsDoNotCount() {
        XCTAssertFalse(ScriptParser.needsContinuation("trials where name ~ \"(\""))
        XCTAssertFalse(ScriptParser.needsContinuation("trials # (an aside"))
        XCTAssertTrue(ScriptParser.needsContinuation("trials where (status=planned # still open"))
        XCTAssertTrue(ScriptParser.needsContinuation("trials where name ~ \"a \\\" b"))
        XCTAssertTrue(ScriptParser.needsContinuation("trials \\"))
        XCTAssertFalse(ScriptParser.needsContinuation("trials where (status=planned)"))
    }

    func testAContinuedStatementIsScannedOnce() {
        XCTAssertFalse(ScriptParser.needsContinuation("trials where (status=planned # an aside (\n)"), "a comment ends at its line")
        XCTAssertTrue(ScriptParser.needsContinuation("show \"a \\\n(b"), "an escape does not reach past the line break")
        let script = "(\n" + String(repeating: "drugs\n", count: 5_000)
        let start = ContinuousClock.now
        let items = ScriptParser.items(script)
        XCTAssertLessThan(ContinuousClock.now - start, .milliseconds(500), "an unclosed '(' was quadratic in lines")
        XCTAssertEqual(items.map(\.line), [1])
        XCTAssertEqual(items.first?.lineCount, 5_001)
    }

    func testContinuationStopsAtABlankLineOrAnExpectation() {
        let items = ScriptParser.items("trials where (status=planned\n\ncount trials\ntrials where (x\n#> expected\n")
        XCTAssertEqual(items, [
            item(.statement, "trials where (status=planned", line: 1),
            item(.statement, "count trials", line: 3),
            item(.statement, "trials where (x", line: 4),
            item(.expectation, "expected", line: 5),
        ])
    }

    func testDotCommandsAreAlwaysOneLine() {
        let items = ScriptParser.items(".read \"a (b\nc\n")
        XCTAssertEqual(items, [item(.statement, ".read \"a (b", line: 1), item(.statement, "c", line: 2)])
    }

    func testExpectationBlocksKeepLeadingSpacesAndEmptyLines() {
        let items = ScriptParser.items("count trials\n#> 2 trials\n#>\n#>    indented\n  #> after spaces\n# a comment\n#>orphan-is-a-comment\n")
        XCTAssertEqual(items, [
            item(.statement, "count trials", line: 1),
            item(.expectation, "2 trials\n\n   indented\nafter spaces", line: 2, lines: 4),
            item(.comment, "a comment", line: 6),
            item(.comment, ">orphan-is-a-comment", line: 7),
        ])
    }

    func testCRLFLineEnds() {
        let items = ScriptParser.items("# c\r\ntrials \\\r\n  where status=planned\r\n#> out\r\n")
        XCTAssertEqual(items, [
            item(.comment, "c", line: 1),
            item(.statement, "trials  \n  where status=planned", line: 2, lines: 2),
            item(.expectation, "out", line: 4),
        ])
    }
}
