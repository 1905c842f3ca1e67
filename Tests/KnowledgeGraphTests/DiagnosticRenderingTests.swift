import XCTest
@testable import KnowledgeGraph

/// How a diagnostic is drawn: `file:line:col: error: message`, the source line, a caret, and notes.
final class DiagnosticRenderingTests: XCTestCase {
    private let location = SourceLocation(file: "facts.yaml", line: 12, column: 11)

    func testLocationPrintsAsFileLineColumn() {
        XCTAssertEqual(location.description, "facts.yaml:12:11")
        XCTAssertEqual(SourceLocation(file: "", line: 1, column: 5).description, "1:5", "a line typed at the prompt has no file")
    }

    func testFullDiagnostic() {
        let diagnostic = Diagnostic(location: location, message: "unknown kind 'trail'", sourceLine: "    kind: trail", length: 5,
                                    notes: ["did you mean 'trial'?"])
        XCTAssertText(diagnostic.rendered(), """
            facts.yaml:12:11: error: unknown kind 'trail'
             12 |     kind: trail
                |           ^~~~~
                = did you mean 'trial'?
            """)
        XCTAssertEqual(diagnostic.description, "facts.yaml:12:11: error: unknown kind 'trail'")
    }

    func testWithoutLocation() {
        let diagnostic = Diagnostic(location: nil, message: "no schema.yaml in 'K'", notes: ["a note"])
        XCTAssertText(diagnostic.rendered(), "error: no schema.yaml in 'K'\n  = a note")
        XCTAssertEqual(diagnostic.description, "error: no schema.yaml in 'K'")
    }

    func testLocationWithoutSourceLine() {
        let diagnostic = Diagnostic(location: location, message: "m", notes: ["n"])
        XCTAssertText(diagnostic.rendered(), "facts.yaml:12:11: error: m\n  = n")
    }

    func testTabsBeforeTheCaretAreKeptSoItLinesUp() {
        let diagnostic = Diagnostic(location: SourceLocation(file: "f", line: 3, column: 3), message: "m", sourceLine: "\t\tx", length: 1)
        XCTAssertText(diagnostic.rendered(), "f:3:3: error: m\n 3 | \t\tx\n   | \t\t^")
    }

    func testCaretCountsUnicodeScalars() {
        let diagnostic = Diagnostic(location: SourceLocation(file: "f", line: 1, column: 8), message: "m", sourceLine: "name: “é” x", length: 1)
        XCTAssertText(diagnostic.rendered(), "f:1:8: error: m\n 1 | name: “é” x\n   |        ^")
    }

    func testUnderlineIsClampedToTheLine() {
        let long = Diagnostic(location: SourceLocation(file: "f", line: 1, column: 4), message: "m", sourceLine: "abcdef", length: 50)
        XCTAssertText(long.rendered(), "f:1:4: error: m\n 1 | abcdef\n   |    ^~~")
        let pastTheEnd = Diagnostic(location: SourceLocation(file: "f", line: 1, column: 40), message: "m", sourceLine: "abc", length: 3)
        XCTAssertText(pastTheEnd.rendered(), "f:1:40: error: m\n 1 | abc\n   |    ^")
        let columnZero = Diagnostic(location: SourceLocation(file: "f", line: 1, column: 0), message: "m", sourceLine: "abc", length: 0)
        XCTAssertEqual(columnZero.length, 1)
        XCTAssertText(columnZero.rendered(), "f:1:0: error: m\n 1 | abc\n   | ^")
    }

    func testDecoration() {
        let decoration = Diagnostic.Decoration(error: { "<e>\($0)</e>" }, caret: { "<c>\($0)</c>" }, sourceText: { $0.uppercased() })
        let diagnostic = Diagnostic(location: SourceLocation(file: "f", line: 1, column: 2), message: "m", sourceLine: "abc", length: 2)
        XCTAssertText(diagnostic.rendered(decoration), "F:1:2: <e>error:</e> M\n 1 | ABC\n   |  <c>^~</c>")
    }

    func testKnowledgeErrorDescriptionListsEveryDiagnostic() {
        let error = KnowledgeError([
            Diagnostic(location: location, message: "first"),
            Diagnostic(location: nil, message: "second"),
        ])
        XCTAssertEqual(error.description, "facts.yaml:12:11: error: first\nerror: second")
    }
}
