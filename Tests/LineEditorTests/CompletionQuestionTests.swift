import LineEditor
import XCTest

final class CompletionQuestionTests: XCTestCase {
    func testAsksOnlyWhenTheListingAndTheLineDoNotFit() {
        XCTAssertFalse(CompletionQuestion.isNeeded(rowCount: 23, terminalRows: 24))
        XCTAssertTrue(CompletionQuestion.isNeeded(rowCount: 24, terminalRows: 24))
        XCTAssertFalse(CompletionQuestion.isNeeded(rowCount: 1, terminalRows: 2))
        XCTAssertTrue(CompletionQuestion.isNeeded(rowCount: 1, terminalRows: 1))
    }

    func testTheCountIsGroupedByThousands() {
        XCTAssertEqual(CompletionQuestion.text(count: 71_833), "Display all 71,833 possibilities? (y or n)")
        XCTAssertEqual(CompletionQuestion.text(count: 41), "Display all 41 possibilities? (y or n)")
        XCTAssertEqual(CompletionQuestion.text(count: 1_000), "Display all 1,000 possibilities? (y or n)")
        XCTAssertEqual(CompletionQuestion.text(count: 1_234_567), "Display all 1,234,567 possibilities? (y or n)")
    }

    func testKeysThatAnswer() {
        for key: Character in ["y", "Y", " "] { XCTAssertEqual(CompletionQuestion.answer(key), .show, "\(key)") }
        for key: Character in ["n", "N", "\u{7F}", "\u{03}", "\u{07}"] { XCTAssertEqual(CompletionQuestion.answer(key), .dismiss, "\(key)") }
        for key: Character in ["x", "\r", "\t", "é"] { XCTAssertNil(CompletionQuestion.answer(key), "\(key)") }
    }
}
