import XCTest
@testable import KnowledgeImport

/// The JSON reader reads RFC 8259 JSON with the place of every value, streams the elements of the
/// array it is asked to, and says where a text stops being JSON.
final class JSONReaderTests: XCTestCase {
    private func read(_ text: String) throws -> JSONValue {
        try JSONReader.read(text, streaming: "") { _ in }
    }

    private func failure(_ text: String) -> JSONReader.Failure? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error as? JSONReader.Failure
        }
    }

    func testValuesKeepTheirTextAndPlace() throws {
        let value = try read("\u{FEFF}{\n  \"a\": [1, -2.5e3, true, null],\n  \"é\": \"x\\u00e9\\ud83d\\ude00\\n\\\"\"\n}")
        guard case .object(let members) = value.content else { return XCTFail("not an object") }
        XCTAssertEqual(members.map(\.key), ["a", "é"])
        guard case .array(let elements) = value["a"]?.content else { return XCTFail("not an array") }
        XCTAssertEqual(elements.map(\.kind), ["a number", "a number", "true or false", "null"])
        guard case .number(let number) = elements[1].content else { return XCTFail("not a number") }
        XCTAssertEqual(number, "-2.5e3")
        XCTAssertEqual([elements[1].line, elements[1].column], [2, 12])
        guard case .string(let string) = value["é"]?.content else { return XCTFail("not a string") }
        XCTAssertEqual(string, "xé😀\n\"")
        XCTAssertEqual(value["é"].map { [$0.line, $0.column] }, [3, 8])
    }

    func testTheStreamedArrayIsHandedOverElementByElement() throws {
        var seen: [Int] = []
        let value = try JSONReader.read("{\"studies\": [{\"n\": 1},\n {\"n\": 2}], \"next\": \"x\"}", streaming: "studies") { element in
            seen.append(element.line)
        }
        XCTAssertEqual(seen, [1, 2])
        guard case .array(let kept) = value["studies"]?.content else { return XCTFail("no studies") }
        XCTAssertTrue(kept.isEmpty)
        XCTAssertNotNil(value["next"])
        var top = 0
        _ = try JSONReader.read("[1, 2, 3]", streaming: "studies") { _ in top += 1 }
        XCTAssertEqual(top, 3)
    }

    func testBrokenJSONSaysWhereAndWhatWasExpected() {
        let cases: [(String, JSONReader.Failure)] = [
            ("{\"a\": 1,}", .init(line: 1, column: 9, reason: "expected a member name in double quotes")),
            ("{\"a\": 1\n \"b\": 2}", .init(line: 2, column: 2, reason: "expected '}' or ',' after the value of 'a'")),
            ("[1, 2", .init(line: 1, column: 6, reason: "expected ']' before the end of the file: the JSON is truncated")),
            ("{\"a\": \"open", .init(line: 1, column: 12, reason: "expected '\"' before the end of the file: the JSON is truncated")),
            ("{\"a\": 1, \"a\": 2}", .init(line: 1, column: 10, reason: "the member 'a' is written twice in this object; expected each name once")),
            ("[\"\\ud800\"]", .init(line: 1, column: 3, reason: "a lone surrogate \\uD800; expected its low surrogate to follow")),
            ("[\"\\x\"]", .init(line: 1, column: 3, reason: "an unknown escape; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")),
            ("[\"a\tb\"]", .init(line: 1, column: 4, reason: "a control character in a string; expected it escaped (\\n for a line break, \\t for a tab)")),
            ("[01]", .init(line: 1, column: 2, reason: "expected a number (a leading zero, or a letter after the digits, is not JSON)")),
            ("[1.]", .init(line: 1, column: 4, reason: "expected a digit after the decimal point")),
            ("[tru]", .init(line: 1, column: 2, reason: "expected a JSON value (true?); strings are written in double quotes")),
            ("{'a': 1}", .init(line: 1, column: 2, reason: "expected a member name in double quotes")),
            ("{} {}", .init(line: 1, column: 4, reason: "expected the end of the file after the JSON value")),
            ("", .init(line: 1, column: 1, reason: "expected a JSON value before the end of the file: the JSON is truncated")),
        ]
        for (text, expected) in cases { XCTAssertEqual(failure(text), expected, text) }
    }

    func testNestingIsBounded() throws {
        let deep = String(repeating: "[", count: JSONReader.maximumDepth) + String(repeating: "]", count: JSONReader.maximumDepth)
        XCTAssertNoThrow(try read(deep))
        let deeper = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        XCTAssertEqual(failure(deeper), .init(line: 1, column: 65, reason: "expected at most 64 nested arrays and objects"))
    }
}
