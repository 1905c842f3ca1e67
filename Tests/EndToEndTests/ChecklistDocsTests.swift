import Foundation
import XCTest

/// The examples of docs/checklists.md print what the page shows: every `$ kx …` line of a text block
/// that runs on the fixture (it names `Tests/KnowledgeQueryTests/Fixtures`) is run from the package
/// folder and its output compared. A block with a cell cut by `…` was taken on a terminal, which a
/// pipe is not, and is left out, as are examples on folders the page makes up.
final class ChecklistDocsTests: XCTestCase {
    func testTheExamplesPrintWhatThePageShows() throws {
        let page = try String(contentsOf: KXProcess.packageRoot.appendingPathComponent("docs/checklists.md"), encoding: .utf8)
        var ran = 0
        for block in page.components(separatedBy: "```text\n").dropFirst() {
            let body = block.components(separatedBy: "\n```")[0]
            guard !body.contains("…") else { continue }
            var lines = body.components(separatedBy: "\n")[...]
            while let line = lines.popFirst() {
                guard line.hasPrefix("$ ") else { continue }
                let expected = lines.prefix { !$0.hasPrefix("$ ") }
                lines = lines.dropFirst(expected.count)
                guard line.contains("Tests/KnowledgeQueryTests/Fixtures") else { continue }
                let output = try KXProcess.shell(String(line.dropFirst(2)), in: KXProcess.packageRoot)
                XCTAssertEqual(output, expected.joined(separator: "\n") + "\n", line)
                ran += 1
            }
        }
        XCTAssertGreaterThanOrEqual(ran, 5, "the page's examples were not found")
    }
}
