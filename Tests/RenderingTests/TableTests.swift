import Rendering
import XCTest

final class TableTests: XCTestCase {
    func testCellPlainText() {
        XCTAssertEqual(Table.Cell.text("Zoë").plainText, "Zoë")
        XCTAssertEqual(Table.Cell.number(2).plainText, "2")
        XCTAssertEqual(Table.Cell.number(-40).plainText, "-40")
        XCTAssertEqual(Table.Cell.number(2.5).plainText, "2.5")
        XCTAssertEqual(Table.Cell.number(0.1).plainText, "0.1")
        XCTAssertEqual(Table.Cell.list(["a", "b", "c"]).plainText, "a, b, c")
        XCTAssertEqual(Table.Cell.list([]).plainText, "")
        XCTAssertEqual(Table.Cell.empty.plainText, "")
    }

    func testCellJSONValue() {
        XCTAssertEqual(Table.Cell.text("x").jsonValue, .string("x"))
        XCTAssertEqual(Table.Cell.number(3).jsonValue, .number(3))
        XCTAssertEqual(Table.Cell.list(["a"]).jsonValue, .array([.string("a")]))
        XCTAssertEqual(Table.Cell.empty.jsonValue, .null)
    }

    func testColumnsDefaultToLeftAlignment() {
        XCTAssertEqual(Table.Column(name: "n").alignment, .left)
        XCTAssertNil(Table(columns: [], rows: []).footer)
    }
}
