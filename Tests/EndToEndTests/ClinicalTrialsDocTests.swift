import Foundation
import XCTest

/// Runs every `$ ` command of docs/clinicaltrials.md in a folder holding the fictional
/// ClinicalTrials.gov fixtures and the fictional paper's pack, as a reader would, and checks that
/// each prints what the page shows. So the examples cannot drift from what kx writes.
final class ClinicalTrialsDocTests: XCTestCase {
    func testTheExamplesPrintWhatThePageShows() throws {
        let page = try String(contentsOf: KXProcess.packageRoot.appendingPathComponent("docs/clinicaltrials.md"), encoding: .utf8)
        let fixtures = KXProcess.packageRoot.appendingPathComponent("Tests/KnowledgeImportTests/Fixtures/ctgov")
        let directory = try KXProcess.temporaryDirectory(self)
        for name in ["NCT09999901.json", "search-results.json"] {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("report/heron-2024"), to: directory.appendingPathComponent("heron-2024"))
        var ran = 0
        for block in page.components(separatedBy: "```text\n").dropFirst() {
            var lines = block.components(separatedBy: "\n```")[0].components(separatedBy: "\n")[...]
            while let line = lines.popFirst() {
                guard line.hasPrefix("$ ") else { continue }
                let expected = lines.prefix { !$0.hasPrefix("$ ") }
                lines = lines.dropFirst(expected.count)
                let output = try KXProcess.shell(String(line.dropFirst(2)), in: directory)
                XCTAssertEqual(output, expected.isEmpty ? "" : expected.joined(separator: "\n") + "\n", line)
                ran += 1
            }
        }
        XCTAssertGreaterThanOrEqual(ran, 14, "the examples were not found in docs/clinicaltrials.md")
    }
}
