import LineEditor
import XCTest

final class CandidateColumnsTests: XCTestCase {
    func testFillsColumnsTopToBottom() {
        let rows = CandidateColumns.rows(["a", "bb", "ccc", "d", "e"], width: 12)
        XCTAssertEqual(rows, ["a    d", "bb   e", "ccc"])
    }

    func testAllOnOneRowWhenTheyFit() {
        XCTAssertEqual(CandidateColumns.rows(["trials", "trastuzumab"], width: 100), ["trials       trastuzumab"])
    }

    func testNarrowTerminalGivesOneColumn() {
        XCTAssertEqual(CandidateColumns.rows(["trials", "trastuzumab"], width: 5), ["trials", "trastuzumab"])
    }

    func testEmpty() {
        XCTAssertEqual(CandidateColumns.rows([], width: 80), [])
    }
}
