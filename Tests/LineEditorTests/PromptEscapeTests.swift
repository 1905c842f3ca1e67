import LineEditor
import XCTest

final class PromptEscapeTests: XCTestCase {
    func testBracketsColourSequences() {
        XCTAssertEqual(
            LineEditor.promptIgnoringEscapes("\u{1B}[1;32mkx>\u{1B}[0m "),
            "\u{1}\u{1B}[1;32m\u{1}kx>\u{1}\u{1B}[0m\u{1} "
        )
    }

    func testPlainPromptIsUnchanged() {
        XCTAssertEqual(LineEditor.promptIgnoringEscapes("kx> "), "kx> ")
    }

    func testTwoCharacterEscapeAndTruncatedSequence() {
        XCTAssertEqual(LineEditor.promptIgnoringEscapes("\u{1B}7a"), "\u{1}\u{1B}7\u{1}a")
        XCTAssertEqual(LineEditor.promptIgnoringEscapes("a\u{1B}[1"), "a\u{1}\u{1B}[1\u{1}")
    }
}
