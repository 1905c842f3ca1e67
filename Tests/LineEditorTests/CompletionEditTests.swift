import LineEditor
import XCTest

final class CompletionEditTests: XCTestCase {
    func edit(_ line: String, cursor: Int? = nil, from: Int, _ candidates: [String]) -> CompletionEdit {
        CompletionEdit.apply(
            line: line,
            cursor: cursor ?? line.count,
            completion: Completion(replaceFrom: from, candidates: candidates)
        )
    }

    func testLongestCommonPrefix() {
        XCTAssertEqual(CompletionEdit.longestCommonPrefix([]), "")
        XCTAssertEqual(CompletionEdit.longestCommonPrefix(["trials"]), "trials")
        XCTAssertEqual(CompletionEdit.longestCommonPrefix(["trials", "trastuzumab"]), "tr")
        XCTAssertEqual(CompletionEdit.longestCommonPrefix(["trials", "registries"]), "")
        XCTAssertEqual(CompletionEdit.longestCommonPrefix(["abc", "ab", "abd"]), "ab")
        XCTAssertEqual(CompletionEdit.longestCommonPrefix(["café", "cafe"]), "caf")
    }

    func testSingleCandidateReplacesPartialWordAndAddsSpace() {
        XCTAssertEqual(edit("show tri", from: 5, ["trials"]), CompletionEdit(deleteCount: 3, insert: "trials "))
    }

    func testSingleCandidateEndingInContinuationGetsNoSpace() {
        XCTAssertEqual(edit("ke", from: 0, ["key="]), CompletionEdit(deleteCount: 2, insert: "key="))
        XCTAssertEqual(edit("no", from: 0, ["node."]), CompletionEdit(deleteCount: 2, insert: "node."))
        XCTAssertEqual(edit("/us", from: 0, ["/usr/"]), CompletionEdit(deleteCount: 3, insert: "/usr/"))
    }

    func testDuplicateCandidatesCountOnce() {
        XCTAssertEqual(edit("tri", from: 0, ["trials", "trials"]), CompletionEdit(deleteCount: 3, insert: "trials "))
    }

    func testSeveralCandidatesInsertTheirCommonPrefix() {
        XCTAssertEqual(edit("t", from: 0, ["trials", "trastuzumab"]), CompletionEdit(deleteCount: 1, insert: "tr"))
    }

    func testSeveralCandidatesWithNothingToAddAreListed() {
        XCTAssertEqual(
            edit("tr", from: 0, ["trials", "trastuzumab"]),
            CompletionEdit(listing: ["trials", "trastuzumab"])
        )
        XCTAssertEqual(edit("", from: 0, ["a", "b"]), CompletionEdit(listing: ["a", "b"]))
    }

    func testCommonPrefixShorterThanTypedTextDoesNotDeleteIt() {
        XCTAssertEqual(edit("zumab", from: 0, ["trastuzumab", "pertuzumab"]).listing, ["trastuzumab", "pertuzumab"])
    }

    func testNoCandidatesIsANoOp() {
        let result = edit("xyz", from: 0, [])
        XCTAssertTrue(result.isNoOp)
    }

    func testCursorInsideLineOnlyReplacesBeforeCursor() {
        XCTAssertEqual(
            edit("show tri limit 5", cursor: 8, from: 5, ["trials"]),
            CompletionEdit(deleteCount: 3, insert: "trials ")
        )
    }

    func testOutOfRangeIndexesAreClamped() {
        XCTAssertEqual(edit("tri", cursor: 99, from: -4, ["trials"]), CompletionEdit(deleteCount: 3, insert: "trials "))
        XCTAssertEqual(edit("tri", cursor: 1, from: 2, ["x"]), CompletionEdit(deleteCount: 0, insert: "x "))
    }

    func testCountsCharactersNotBytes() {
        XCTAssertEqual(edit("é tr", from: 2, ["trials"]), CompletionEdit(deleteCount: 2, insert: "trials "))
    }
}
