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
}
