import XCTest
@testable import KnowledgeGraph

final class PartialDateTests: XCTestCase {
    private func parts(_ text: String) -> [Int?]? {
        PartialDate(text).map { [$0.year, $0.month, $0.day] }
    }

    func testParsesYearMonthAndDay() {
        XCTAssertEqual(parts("2006"), [2006, nil, nil])
        XCTAssertEqual(parts("2006-03"), [2006, 3, nil])
        XCTAssertEqual(parts("2006-03-31"), [2006, 3, 31])
        XCTAssertEqual(parts("0999-12"), [999, 12, nil])
        XCTAssertEqual(PartialDate("0999-12")?.description, "0999-12")
        XCTAssertEqual(PartialDate("2006-03-01")?.description, "2006-03-01")
    }

    func testRefusesMalformedText() {
        for text in ["", "06", "20066", "2006-3", "2006-003", "2006-03-1", "2006-03-01-01", "2006/03", "2006-", "-2006",
                     "+206", "2006-+3", "2006-03-+1", "２００６", "2006 Mar", "Mar 2006", " 2006"] {
            XCTAssertNil(PartialDate(text), text)
        }
    }

    func testRefusesImpossibleDates() {
        for text in ["2006-00", "2006-13", "2006-01-00", "2006-01-32", "2006-04-31", "2006-02-29", "1900-02-29"] {
            XCTAssertNil(PartialDate(text), text)
        }
        XCTAssertNotNil(PartialDate("2004-02-29"))
        XCTAssertNotNil(PartialDate("2000-02-29"))
        XCTAssertNotNil(PartialDate("2006-12-31"))
    }

    func testOrdering() throws {
        let texts = ["2007", "2006-03-02", "2006", "2006-12", "2006-03", "2006-03-01"]
        let dates = try texts.map { try XCTUnwrap(PartialDate($0)) }
        XCTAssertEqual(dates.sorted().map(\.description), ["2006", "2006-03", "2006-03-01", "2006-03-02", "2006-12", "2007"])
        XCTAssertLessThan(PartialDate("2006")!, PartialDate("2006-01")!, "the less precise date sorts first")
        XCTAssertNotEqual(PartialDate("2006"), PartialDate("2006-01"))
        XCTAssertEqual(PartialDate("2006-03"), PartialDate("2006-03"))
    }
}
