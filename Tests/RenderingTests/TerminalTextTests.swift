import Rendering
import XCTest

final class TerminalTextTests: XCTestCase {
    func testDisplayWidth() {
        XCTAssertEqual(TerminalText.displayWidth(of: ""), 0)
        XCTAssertEqual(TerminalText.displayWidth(of: "abc"), 3)
        XCTAssertEqual(TerminalText.displayWidth(of: "José"), 4)
        XCTAssertEqual(TerminalText.displayWidth(of: "Jose\u{301}"), 4)
        XCTAssertEqual(TerminalText.displayWidth(of: "王小明"), 6)
        XCTAssertEqual(TerminalText.displayWidth(of: "한국어"), 6)
        XCTAssertEqual(TerminalText.displayWidth(of: "\u{1112}\u{1161}\u{11AB}"), 2)
        XCTAssertEqual(TerminalText.displayWidth(of: "ｅｆ"), 4)
        XCTAssertEqual(TerminalText.displayWidth(of: "カタカナ"), 8)
        XCTAssertEqual(TerminalText.displayWidth(of: "a\u{200B}b"), 2)
        XCTAssertEqual(TerminalText.displayWidth(of: "😀"), 2)
        XCTAssertEqual(TerminalText.displayWidth(of: "\u{2764}"), 1)
        XCTAssertEqual(TerminalText.displayWidth(of: "\u{2764}\u{FE0F}"), 2)
        XCTAssertEqual(TerminalText.displayWidth(of: "👩\u{200D}⚕\u{FE0F}"), 2)
        XCTAssertEqual(TerminalText.displayWidth(of: "🇫🇷"), 2)
        XCTAssertEqual(TerminalText.displayWidth(of: "a\u{1B}b\u{7F}"), 2)
        XCTAssertEqual(TerminalText.displayWidth(of: "…"), 1)
    }

    func testEscapesControlCharactersVisibly() {
        XCTAssertEqual(TerminalText.escapeControlCharacters("a\u{1B}[2Jb"), #"a\u{1B}[2Jb"#)
        XCTAssertEqual(TerminalText.escapeControlCharacters("x\ny\tz\r"), #"x\u{0A}y\u{09}z\u{0D}"#)
        XCTAssertEqual(TerminalText.escapeControlCharacters("\u{0}\u{7F}\u{9B}\u{A0}é"), "\\u{00}\\u{7F}\\u{9B}\u{A0}é")
        XCTAssertEqual(TerminalText.escapeControlCharacters("plain 王"), "plain 王")
    }

    func testKeepNewlinesKeepsOnlyNewlineAndTab() {
        XCTAssertEqual(
            TerminalText.escapeControlCharacters("x\ny\tz\r\u{1B}", keepNewlines: true),
            "x\ny\tz\\u{0D}\\u{1B}"
        )
    }

    func testTruncate() {
        XCTAssertEqual(TerminalText.truncate("hello world", toWidth: 8), "hello w…")
        XCTAssertEqual(TerminalText.truncate("hello", toWidth: 5), "hello")
        XCTAssertEqual(TerminalText.truncate("hello", toWidth: 1), "…")
        XCTAssertEqual(TerminalText.truncate("hello", toWidth: 0), "")
        XCTAssertEqual(TerminalText.truncate("王小明", toWidth: 5), "王小…")
        XCTAssertEqual(TerminalText.truncate("王小明", toWidth: 4), "王…")
        let decomposed = TerminalText.truncate("e\u{301}e\u{301}e\u{301}", toWidth: 2)
        XCTAssertEqual(Array(decomposed.unicodeScalars), ["e", "\u{301}", "…"])
    }

    func testWrapsWordsByDisplayWidth() {
        XCTAssertEqual(
            TerminalText.wrap("The quick brown fox jumps over the lazy dog", width: 10),
            ["The quick", "brown fox", "jumps over", "the lazy", "dog"]
        )
        XCTAssertEqual(TerminalText.wrap("王小明 王小明 ab", width: 8), ["王小明", "王小明", "ab"])
        XCTAssertEqual(TerminalText.wrap("a   b\tc", width: 80), ["a b c"])
    }

    func testWrapHardBreaksLongWords() {
        XCTAssertEqual(TerminalText.wrap("abcdefghijklmnop xyz", width: 5), ["abcde", "fghij", "klmno", "p xyz"])
        XCTAssertEqual(TerminalText.wrap("王小明王小明", width: 5), ["王小", "明王", "小明"])
    }

    func testWrapKeepsLineBreaksAndBlankLines() {
        XCTAssertEqual(TerminalText.wrap("one two\n\nthree", width: 3), ["one", "two", "", "thr", "ee"])
        XCTAssertEqual(TerminalText.wrap("", width: 10), [""])
        XCTAssertEqual(TerminalText.wrap("a\r\nb", width: 10), ["a", "b"])
    }
}
