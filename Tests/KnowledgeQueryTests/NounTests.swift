import KnowledgeQuery
import XCTest

final class NounTests: XCTestCase {
    func testCountsAreGroupedForReadingButNotAsTheAnswerToCount() {
        let trials = Noun("trial", "trials")
        XCTAssertEqual(trials.counted(1), "1 trial")
        XCTAssertEqual(trials.counted(38_566), "38,566 trials")
        XCTAssertEqual(trials.counted(38_566, grouped: false), "38566 trials")
    }
}
