import Rendering
import XCTest

final class JSONValueTests: XCTestCase {
    func testPrettyPrintsNestedValuesInKeyOrder() {
        let value: JSONValue = [
            "zeta": "last key first",
            "count": 2,
            "ratio": 0.25,
            "ok": true,
            "missing": nil,
            "tags": ["a", 1],
            "none": [],
            "nested": ["deep": [:]],
        ]
        let expected = """
            {
              "zeta": "last key first",
              "count": 2,
              "ratio": 0.25,
              "ok": true,
              "missing": null,
              "tags": [
                "a",
                1
              ],
              "none": [],
              "nested": {
                "deep": {}
              }
            }
            """
        XCTAssertEqual(value.rendered(), expected)
    }

    func testCompactRenderingHasNoWhitespace() {
        let value: JSONValue = ["a": [1, 2], "b": ["c": false], "d": [], "e": [:]]
        XCTAssertEqual(value.rendered(pretty: false), #"{"a":[1,2],"b":{"c":false},"d":[],"e":{}}"#)
    }

    func testNumbers() {
        XCTAssertEqual(JSONValue.number(2).rendered(), "2")
        XCTAssertEqual(JSONValue.number(2.0).rendered(), "2")
        XCTAssertEqual(JSONValue.number(-0.0).rendered(), "0")
        XCTAssertEqual(JSONValue.number(-17).rendered(), "-17")
        XCTAssertEqual(JSONValue.number(3.5).rendered(), "3.5")
        XCTAssertEqual(JSONValue.number(1e20).rendered(), "1e+20")
        XCTAssertEqual(JSONValue.number(9_007_199_254_740_991).rendered(), "9007199254740991")
        XCTAssertEqual(JSONValue.number(.nan).rendered(), "null")
        XCTAssertEqual(JSONValue.number(.infinity).rendered(), "null")
    }

    func testStringEscapingFollowsRFC8259() {
        let value = JSONValue.string("q\"b\\s/n\nt\tr\rb\u{08}f\u{0C}e\u{1B}u\u{1F}é王😀\u{7F}")
        XCTAssertEqual(value.rendered(), #""q\"b\\s/n\nt\tr\rb\bf\fe\u001bu\u001fé王😀\u007f""#, "DEL is escaped too, so no raw control character reaches a terminal")
    }

    func testEscapesKeys() {
        let value: JSONValue = ["a\"b": "c"]
        XCTAssertEqual(value.rendered(pretty: false), #"{"a\"b":"c"}"#)
    }

    func testEqualityIsOrderSensitiveForObjects() {
        XCTAssertEqual(JSONValue.object([("a", 1), ("b", 2)]), ["a": 1, "b": 2])
        XCTAssertNotEqual(JSONValue.object([("a", 1), ("b", 2)]), ["b": 2, "a": 1])
        XCTAssertNotEqual(JSONValue.string("1"), .number(1))
        XCTAssertNotEqual(JSONValue.array([1]), [1, 2])
        XCTAssertEqual(JSONValue.null, nil)
    }
}
