import Rendering
import XCTest

final class IntGroupingTests: XCTestCase {
    func testDigitsAreGroupedByThousands() {
        let cases: [(Int, String)] = [(0, "0"), (7, "7"), (999, "999"), (1000, "1,000"), (38566, "38,566"), (358_579, "358,579"),
                                      (10_000_000, "10,000,000"), (-1234, "-1,234"), (Int.min, "-9,223,372,036,854,775,808")]
        for (number, text) in cases { XCTAssertEqual(number.groupedByThousands, text) }
    }
}
