import Foundation
import XCTest

/// Runs every `$ ` command of docs/exports.md in a temporary folder, as a reader would, and checks
/// that it prints what the page shows (the time a summary line ends with, which the page leaves out,
/// aside). So the examples cannot drift from what kx writes.
final class ExportExampleTests: XCTestCase {
    func testTheExportExamplesPrintWhatThePageShows() throws {
        let page = try String(contentsOf: KXProcess.packageRoot.appendingPathComponent("docs/exports.md"), encoding: .utf8)
        let directory = try KXProcess.temporaryDirectory(self)
        var ran = 0
        for block in page.components(separatedBy: "```text\n").dropFirst() {
            var lines = block.components(separatedBy: "\n```")[0].components(separatedBy: "\n")[...]
            while let line = lines.popFirst() {
                guard line.hasPrefix("$ ") else { continue }
                let expected = lines.prefix { !$0.hasPrefix("$ ") }
                lines = lines.dropFirst(expected.count)
                let output = try KXProcess.shell(String(line.dropFirst(2)), in: directory)
                let shown = output.replacingOccurrences(of: #" in [0-9]+\.[0-9]+ s\n"#, with: "\n", options: .regularExpression)
                XCTAssertEqual(shown, expected.joined(separator: "\n") + "\n", line)
                ran += 1
            }
        }
        XCTAssertGreaterThanOrEqual(ran, 8, "the export examples were not found in docs/exports.md")
    }
}
