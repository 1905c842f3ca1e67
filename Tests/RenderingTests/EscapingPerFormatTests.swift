import Rendering
import XCTest

/// What escaping means in each format: visible on a terminal, exact data in a file or pipe,
/// never a raw control character in JSON or Markdown, no formulas in CSV, no HTML in Markdown.
final class EscapingPerFormatTests: XCTestCase {
    private let attack = "a\u{1B}[2J\u{9B}1m\u{202E}b\u{2069}\u{7F}"
    private var table: Table {
        Table(columns: [Table.Column(name: "name"), Table.Column(name: "n", alignment: .right)], rows: [[.text(attack), .number(-5)]])
    }

    func testEscaperShowsBidirectionalOverridesAndIsolates() {
        XCTAssertEqual(TerminalText.escapeControlCharacters("x\u{202A}\u{202E}\u{2066}\u{2069}y"), #"x\u{202A}\u{202E}\u{2066}\u{2069}y"#)
        XCTAssertEqual(TerminalText.escapeControlCharacters("x\u{2067}\u{200F}y"), "x\\u{2067}\u{200F}y", "only embeddings, overrides and isolates")
        XCTAssertTrue(TerminalText.isControlOrOverride("\u{85}"))
        XCTAssertFalse(TerminalText.isControlOrOverride("\u{A0}"))
    }

    func testTableEscapesControlsVisibly() {
        let text = TableRenderer().render(table, as: .table)
        XCTAssertTrue(text.contains(#"a\u{1B}[2J\u{9B}1m\u{202E}b\u{2069}\u{7F}"#), text)
    }

    func testPlainAndCSVKeepTheExactDataForAFileOrPipe() {
        XCTAssertEqual(TableRenderer().render(table, as: .plain), "name\tn\n\(attack)\t-5\n")
        XCTAssertEqual(TableRenderer().render(table, as: .csv), "name,n\n\(attack),-5\n")
    }

    func testPlainAndCSVOnATerminalShowVisibleEscapes() {
        let renderer = TableRenderer(terminal: true)
        XCTAssertEqual(renderer.render(table, as: .plain), "name\tn\n" + #"a\u{1B}[2J\u{9B}1m\u{202E}b\u{2069}\u{7F}"# + "\t-5\n")
        XCTAssertEqual(renderer.render(table, as: .csv), "name,n\n" + #"a\u{1B}[2J\u{9B}1m\u{202E}b\u{2069}\u{7F}"# + ",-5\n")
        let multiline = Table(columns: [Table.Column(name: "x")], rows: [[.text("one\ntwo\r")]])
        XCTAssertEqual(renderer.render(multiline, as: .csv), "x\n\"one\ntwo\\u{0D}\"\n", "line breaks stay in a quoted field")
    }

    func testJSONEscapesEveryControlDelC1AndBidiCharacter() {
        let text = TableRenderer().render(table, as: .json)
        XCTAssertTrue(text.contains(#""name": "a\u001b[2J\u009b1m\u202eb\u2069\u007f""#), text)
        XCTAssertFalse(text.unicodeScalars.contains { TerminalText.isControlOrOverride($0) && $0 != "\n" })
        XCTAssertEqual(JSONValue.string("\u{80}\u{9F}\u{2066}é").rendered(), #""\u0080\u009f\u2066é""#)
    }

    func testCSVNeutralisesFormulasInTextCellsUnlessRaw() {
        let cells = ["=1+2", "+x", "-x", "@SUM(A1)", "a=b"].map(Table.Cell.text) + [.number(-3)]
        let formulas = Table(columns: [Table.Column(name: "=head")], rows: cells.map { [$0] })
        XCTAssertEqual(TableRenderer().render(formulas, as: .csv), "'=head\n'=1+2\n'+x\n'-x\n'@SUM(A1)\na=b\n-3\n")
        XCTAssertEqual(TableRenderer(neutralisesFormulas: false).render(formulas, as: .csv), "=head\n=1+2\n+x\n-x\n@SUM(A1)\na=b\n-3\n")
    }

    func testMarkdownEscapesControlsHTMLAndBlockStarts() {
        XCTAssertEqual(MarkdownText.escaped("x\u{1B}[31m<script>alert(1)</script>"), #"x\u{1B}[31m&lt;script>alert(1)&lt;/script>"#)
        XCTAssertEqual(MarkdownText.escaped("<img src=x onerror=alert(1)> &amp; -> <- a < b"), "&lt;img src=x onerror=alert(1)> &amp;amp; -> <- a < b")
        XCTAssertEqual(MarkdownText.escaped("# Heading\n```\nfenced"), "\\# Heading ``` fenced", "no line of its own")
        XCTAssertEqual(MarkdownText.escaped("```js"), "\\```js")
        XCTAssertEqual(MarkdownText.escaped("- item"), "\\- item")
        XCTAssertEqual(MarkdownText.escaped("1. item"), "1\\. item", "no numbered list")
        XCTAssertEqual(MarkdownText.escaped("12) item"), "12\\) item")
        XCTAssertEqual(MarkdownText.escaped("2006 Mar"), "2006 Mar")
        XCTAssertEqual(MarkdownText.escaped("1. item", startsLine: false), "1. item")
        XCTAssertEqual(MarkdownText.escaped("- item", startsLine: false), "- item")
        XCTAssertEqual(MarkdownText.escaped("use `a <b> c` here"), "use `a <b> c` here", "code spans are literal already")
        XCTAssertEqual(MarkdownText.escaped("a *b* [link](javascript:alert(1)) ![i](http://x.example/i.png)"),
                       #"a *b* [link]\(javascript:alert(1)) ![i]\(http://x.example/i.png)"#, "no link or image")
        XCTAssertEqual(MarkdownText.escaped("[x]: http://x.example"), #"\[x]: http://x.example"#, "no link definition")
        XCTAssertEqual(MarkdownText.escaped("see `[a](b)`"), "see `[a](b)`")
        let text = TableRenderer().render(Table(columns: [Table.Column(name: "x")], rows: [[.text("<b>|\u{9B}</b>")]]), as: .markdown)
        XCTAssertEqual(text, "| x |\n| --- |\n| &lt;b>\\|\\u{9B}&lt;/b> |\n")
    }
}
