import Rendering
import XCTest

/// DOT strings from data: Graphviz shows them as written and they cannot end a string, add an
/// attribute, start an HTML tag or put a control character on a terminal.
final class DOTTextTests: XCTestCase {
    func testQuotedStringsEscapeQuotesBackslashesAndControls() {
        XCTAssertEqual(DOTText.quoted("plain"), #""plain""#)
        XCTAssertEqual(DOTText.quoted(#"say "hi" \N"#), #""say \"hi\" \\N""#, "no label escape such as \\N comes from data")
        XCTAssertEqual(DOTText.quoted("ends with \\"), #""ends with \\""#, "a trailing backslash cannot escape the closing quote")
        XCTAssertEqual(DOTText.quoted("two\nlines\r"), #""two\\u{0A}lines\\u{0D}""#, "line breaks are shown, never raw")
        XCTAssertEqual(DOTText.quoted("\u{1B}[31mred\u{202E}"), #""\\u{1B}[31mred\\u{202E}""#)
        XCTAssertEqual(DOTText.quoted("a\"]; x [label=y"), #""a\"]; x [label=y""#, "an attribute cannot be added")
    }

    func testHTMLLabelsEscapeMarkup() {
        XCTAssertEqual(DOTText.html(#"<b>&"x"</b>"#), "&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;")
        XCTAssertEqual(DOTText.html("\u{9B}2J \\N"), #"\\u{9B}2J \\N"#, "Graphviz reads \\N in HTML-like labels too, so a backslash is doubled")
    }

    func testHTMLLinesWrapBeforeEscaping() {
        XCTAssertEqual(DOTText.htmlLines("the modest toxicity of A&B", width: 12), "the modest<BR/>toxicity of<BR/>A&amp;B")
        XCTAssertEqual(DOTText.htmlLines("x\u{1B}y", width: 3), #"x\\u<BR/>{1B<BR/>}y"#, "a control character is escaped before it is wrapped")
    }
}
