import LineEditor
import XCTest

final class DisplayLayoutTests: XCTestCase {
    func row(_ prompt: String, _ text: String, columns: Int = 10) -> Int {
        DisplayLayout.cursorRow(prompt: prompt, ignore: "\u{1}", textBeforeCursor: text, columns: columns)
    }

    func testSingleRow() {
        XCTAssertEqual(row("> ", "abc"), 0)
    }

    func testEmbeddedNewlinesStartRows() {
        XCTAssertEqual(row("> ", "select\nfrom\n  x"), 2)
    }

    func testWrapsAsSoonAsARowIsFull() {
        XCTAssertEqual(row("> ", "12345678"), 1)
        XCTAssertEqual(row("> ", "1234567"), 0)
    }

    func testIgnoredPromptSequencesTakeNoRoom() {
        XCTAssertEqual(row("\u{1}\u{1B}[1;32m\u{1}> \u{1}\u{1B}[0m\u{1}", "1234567"), 0)
    }
}
