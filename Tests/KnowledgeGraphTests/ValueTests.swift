import XCTest
@testable import KnowledgeGraph

final class ValueTests: XCTestCase {
    private func parse(_ text: String, _ type: AttributeType) -> Value? {
        try? Value.parse(text, as: type).get()
    }

    private func error(_ text: String, _ type: AttributeType) -> ValueError? {
        if case .failure(let error) = Value.parse(text, as: type) { return error }
        return nil
    }

    func testText() {
        XCTAssertEqual(parse("HER2", .text), .text("HER2"))
        XCTAssertEqual(error("", .text), .empty)
    }

    func testNumber() {
        XCTAssertEqual(parse("24", .number), .number(24))
        XCTAssertEqual(parse("2.5", .number), .number(2.5))
        XCTAssertEqual(parse("-3", .number), .number(-3))
        XCTAssertEqual(error("two", .number), .notANumber)
        XCTAssertEqual(error("", .number), .notANumber)
        XCTAssertEqual(error("inf", .number), .notANumber)
        XCTAssertEqual(error("nan", .number), .notANumber)
        XCTAssertEqual(error("24 ", .number), .notANumber)
    }

    func testNumbersPrintWithoutAFractionWhenWhole() {
        XCTAssertEqual(Value.number(24).description, "24")
        XCTAssertEqual(Value.number(2.5).description, "2.5")
        XCTAssertEqual(Value.number(-3).description, "-3")
        XCTAssertEqual(Value.number(1e20).description, "1e+20")
    }

    func testDate() {
        XCTAssertEqual(parse("2006-03", .date), .date(PartialDate(year: 2006, month: 3)))
        XCTAssertEqual(parse("2006-03", .date)?.description, "2006-03")
        XCTAssertEqual(error("March 2006", .date), .notADate)
    }

    func testURL() {
        XCTAssertEqual(parse("www.registher.com", .url), .url("www.registher.com"))
        XCTAssertEqual(parse("https://example.org/a?b=c", .url), .url("https://example.org/a?b=c"))
        XCTAssertEqual(error("the registry", .url), .notAURL)
        XCTAssertEqual(error("localhost", .url), .notAURL)
    }

    func testEnumeration() {
        let type = AttributeType.enumeration(["planned", "failed-to-accrue"])
        XCTAssertEqual(parse("planned", type), .enumeration("planned"))
        XCTAssertEqual(error("Planned", type), .notAllowed(["planned", "failed-to-accrue"]), "values are exact")
        XCTAssertEqual(error("done", type)?.explanation, "not one of the allowed values (planned, failed-to-accrue)")
    }

    func testKeysIgnoreCase() {
        XCTAssertEqual(Value.text("HER2").key, "her2")
        XCTAssertEqual(Value.url("www.RegistHER.com").key, "www.registher.com")
        XCTAssertEqual(Value.number(2).key, "2")
    }

    func testCompare() {
        XCTAssertEqual(Value.compare(.number(9), .number(10)), .orderedAscending, "numerically, not as text")
        XCTAssertEqual(Value.compare(.number(10), .number(10)), .orderedSame)
        XCTAssertEqual(Value.compare(.date(PartialDate(year: 2006, month: 12)), .date(PartialDate(year: 2007))), .orderedAscending)
        XCTAssertEqual(Value.compare(.text("b"), .text("A")), .orderedDescending, "text ignoring case")
        XCTAssertEqual(Value.compare(.text("HER2"), .text("her2")), .orderedSame)
    }

    func testTypeNames() {
        XCTAssertEqual([AttributeType.text, .number, .date, .url, .enumeration([])].map(\.name), AttributeType.names)
    }
}

private extension PartialDate {
    init(year: Int, month: Int? = nil, day: Int? = nil) {
        var text = String(year)
        if let month { text += month < 10 ? "-0\(month)" : "-\(month)" }
        if let day { text += day < 10 ? "-0\(day)" : "-\(day)" }
        self = PartialDate(text)!
    }
}
