import XCTest
@testable import KnowledgeGraph

final class SuggestionTests: XCTestCase {
    func testEditDistance() {
        XCTAssertEqual(Suggestion.editDistance("trail", "trial"), 1, "a transposition is one edit")
        XCTAssertEqual(Suggestion.editDistance("trial", "trial"), 0)
        XCTAssertEqual(Suggestion.editDistance("", "abc"), 3)
        XCTAssertEqual(Suggestion.editDistance("abc", ""), 3)
        XCTAssertEqual(Suggestion.editDistance("kitten", "sitting"), 3)
        XCTAssertEqual(Suggestion.editDistance("stauts", "status"), 1)
        XCTAssertEqual(Suggestion.editDistance("ca", "abc"), 3, "optimal string alignment: no edit of a transposed pair")
        XCTAssertEqual(Suggestion.editDistance("registher", "registry"), 3)
        XCTAssertEqual(Suggestion.editDistance("été", "ete"), 2, "characters, not bytes")
    }

    func testEditDistanceStopsPastTheLimit() {
        XCTAssertEqual(Suggestion.editDistance("a", "abcdefgh", limit: 2), 3)
        XCTAssertEqual(Suggestion.editDistance("abcdefgh", "hgfedcba", limit: 2), 3)
        XCTAssertEqual(Suggestion.editDistance("trail", "trial", limit: 1), 1)
    }

    func testClosest() {
        let kinds = ["drug", "trial", "registry", "question", "population"]
        XCTAssertEqual(Suggestion.closest(to: "trail", in: kinds), "trial")
        XCTAssertEqual(Suggestion.closest(to: "TRAIL", in: kinds), "trial", "case is ignored")
        XCTAssertEqual(Suggestion.closest(to: "questoin", in: kinds), "question")
        XCTAssertEqual(Suggestion.closest(to: "drug", in: kinds), "drug")
        XCTAssertEqual(Suggestion.closest(to: "Drug", in: kinds), "drug", "an exact match but for case returns the candidate as written")
        XCTAssertEqual(Suggestion.closest(to: "regist", in: kinds), "registry", "a prefix of a candidate")
        XCTAssertEqual(Suggestion.closest(to: "populations", in: kinds), "population")
    }

    func testNoSuggestionForUnrelatedWords() {
        let kinds = ["drug", "trial", "registry", "question", "population"]
        XCTAssertNil(Suggestion.closest(to: "hospital", in: kinds))
        XCTAssertNil(Suggestion.closest(to: "xyz", in: kinds))
        XCTAssertNil(Suggestion.closest(to: "", in: kinds))
        XCTAssertNil(Suggestion.closest(to: "trail", in: []))
        XCTAssertNil(Suggestion.closest(to: "dr", in: kinds), "two letters are too short for the prefix rule and too far by edits")
    }

    func testTiesGoToTheFirstInSortedOrder() {
        XCTAssertEqual(Suggestion.closest(to: "cat", in: ["hat", "bat", "rat"]), "bat")
        XCTAssertEqual(Suggestion.closest(to: "cat", in: ["rat", "cut"]), "cut")
        // The nearer candidate wins over an earlier one.
        XCTAssertEqual(Suggestion.closest(to: "statsu", in: ["stat", "status"]), "status")
        XCTAssertEqual(Suggestion.closest(to: "status", in: ["statsu", "stats", "status2"]), "stats", "three at distance 1")
    }
}
