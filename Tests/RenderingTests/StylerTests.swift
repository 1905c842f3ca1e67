import Rendering
import XCTest

final class StylerTests: XCTestCase {
    func testDisabledStylerReturnsTextUnchanged() {
        let styler = Styler.plain
        let methods: [(String) -> String] = [
            styler.kind, styler.id, styler.heading, styler.error,
            styler.warning, styler.caret, styler.dim, styler.quote,
        ]
        for method in methods {
            XCTAssertEqual(method("text"), "text")
        }
        XCTAssertFalse(styler.enabled)
    }

    func testEnabledStylerWrapsTextInSGRCodes() {
        let styler = Styler(enabled: true)
        XCTAssertEqual(styler.kind("Drug"), "\u{1B}[35mDrug\u{1B}[0m")
        XCTAssertEqual(styler.id("D1"), "\u{1B}[36mD1\u{1B}[0m")
        XCTAssertEqual(styler.heading("h"), "\u{1B}[1mh\u{1B}[0m")
        XCTAssertEqual(styler.error("e"), "\u{1B}[1;31me\u{1B}[0m")
        XCTAssertEqual(styler.warning("w"), "\u{1B}[33mw\u{1B}[0m")
        XCTAssertEqual(styler.caret("^"), "\u{1B}[1;32m^\u{1B}[0m")
        XCTAssertEqual(styler.dim("d"), "\u{1B}[2md\u{1B}[0m")
        XCTAssertEqual(styler.quote("q"), "\u{1B}[3mq\u{1B}[0m")
    }

    func testEmptyTextIsNeverWrapped() {
        XCTAssertEqual(Styler.ansi.error(""), "")
    }
}
