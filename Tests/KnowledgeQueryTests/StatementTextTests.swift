import XCTest
@testable import KnowledgeQuery

/// Errors placed in a statement's text.
final class StatementTextTests: XCTestCase {
    /// A quoted name with a raw line break stays on the message's line, written `\n`.
    func testALineBreakInAQuotedNameKeepsTheMessageOnOneLine() {
        let statement = StatementText("show \"regist\nher\"", file: "a.kx", line: 3)
        let diagnostic = statement.diagnostic(for: QueryError(span: 5..<17, message: "no entity named 'regist\nher'", notes: ["did you mean 'x\r\ny'?"]))
        XCTAssertEqual(diagnostic.message, "no entity named 'regist\\nher'")
        XCTAssertEqual(diagnostic.notes, ["did you mean 'x\\ny'?"])
        XCTAssertEqual(diagnostic.rendered().split(separator: "\n").first, "a.kx:3:6: error: no entity named 'regist\\nher'")
    }
}
