import Explorer
import KnowledgeGraph
import Rendering
import XCTest

/// Diagnostics quote data (a bad id, a value, suggested names, a file name): shown to a person,
/// every part has its control characters made visible.
final class DiagnosticTerminalTests: XCTestCase {
    func testTerminalDecorationEscapesEveryPartAndKeepsTheCaretUnderItsCharacter() {
        let diagnostic = Diagnostic(location: SourceLocation(file: "les\u{1B}]0;t\u{07}.yaml", line: 1, column: 10),
                                    message: "id 'a\u{1B}[2J' must be a slug", sourceLine: "id: \u{1B}[2J x", length: 1,
                                    notes: ["did you mean 'b\u{9B}1m\u{202E}'?"])
        let lines = diagnostic.rendered(.terminal(.plain)).components(separatedBy: "\n")
        XCTAssertEqual(lines, [
            #"les\u{1B}]0;t\u{07}.yaml:1:10: error: id 'a\u{1B}[2J' must be a slug"#,
            #" 1 | id: \u{1B}[2J x"#,
            "   | " + String(repeating: " ", count: 14) + "^",
            #"   = did you mean 'b\u{9B}1m\u{202E}'?"#,
        ])
    }

    func testTheCaretLandsUnderItsCharacterAfterWideCharacters() {
        let diagnostic = Diagnostic(location: SourceLocation(file: "f", line: 1, column: 6), message: "unknown kind 'trail'",
                                    sourceLine: "王小明: trail", length: 5)
        XCTAssertEqual(diagnostic.rendered(.terminal(.plain, width: 80)).components(separatedBy: "\n")[1...2], [
            " 1 | 王小明: trail",
            "   |         ^~~~~",
        ])
    }

    func testALongLineIsWindowedToTheTerminalAroundTheCaret() {
        let line = String(repeating: "a ", count: 100) + "trail" + String(repeating: " b", count: 100)
        let diagnostic = Diagnostic(location: SourceLocation(file: "f", line: 12, column: 201), message: "unknown kind 'trail'",
                                    sourceLine: line, length: 5)
        let lines = diagnostic.rendered(.terminal(.plain, width: 40)).components(separatedBy: "\n")
        for shown in lines.dropFirst() { XCTAssertLessThanOrEqual(TerminalText.displayWidth(of: shown), 40, shown) }
        let source = lines[1], caret = lines[2]
        XCTAssertTrue(source.hasPrefix(" 12 | …") && source.hasSuffix("…"), source)
        let column = TerminalText.displayWidth(of: String(caret.prefix { $0 != "^" }))
        XCTAssertEqual(String(source.dropFirst(column).prefix(5)), "trail", "\(source)\n\(caret)")
    }

    func testLongNotesWrapAtTheTerminalUnderTheirFirstWord() {
        let kinds = (1...20).map { "kind-\($0)" }.joined(separator: ", ")
        let diagnostic = Diagnostic(location: SourceLocation(file: "f", line: 3, column: 1), message: "unknown kind 'x'",
                                    sourceLine: "x", length: 1, notes: ["kinds: " + kinds])
        let notes = diagnostic.rendered(.terminal(.plain, width: 50)).components(separatedBy: "\n").dropFirst(3)
        XCTAssertGreaterThan(notes.count, 2)
        XCTAssertTrue(notes.first?.hasPrefix("   = kinds: kind-1, ") ?? false, "\(notes)")
        for line in notes {
            XCTAssertLessThanOrEqual(line.count, 50, line)
            if line != notes.first { XCTAssertTrue(line.hasPrefix("     kind-"), line) }
        }
        XCTAssertEqual(notes.joined(separator: " ").replacingOccurrences(of: "   = ", with: "").split(separator: " ").joined(separator: " "), "kinds: " + kinds)
        XCTAssertEqual(diagnostic.rendered(.terminal(.plain)).components(separatedBy: "\n").count, 4, "no width, no wrapping")
    }
}
