import Foundation
import XCTest

/// Replays the fuzz seeds kept in `Fuzz/corpus/TARGET` (alias bombs, deep nesting, many errors, long
/// quotes, control characters, other papers, PubMed and ClinicalTrials.gov records, scripts, lessons, progress files, checklists) through the fuzz
/// targets built without libFuzzer, so every input once found troublesome stays a regression test.
final class FuzzCorpusTests: XCTestCase {
    /// Replays every seed of `target` through `kx-fuzz-TARGET`; there must be at least `minimum`.
    private func replay(_ target: String, atLeast minimum: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let corpus = KXProcess.packageRoot.appendingPathComponent("Fuzz/corpus/\(target)")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: corpus.path).count
        XCTAssertGreaterThanOrEqual(inputs, minimum, file: file, line: line)
        let result = try KXProcess.run([corpus.path], directory: KXProcess.packageRoot, program: "kx-fuzz-\(target)")
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stdout, "kx-fuzz-\(target): \(inputs) inputs replayed\n", file: file, line: line)
    }

    func testThePackCorpusReplaysWithoutACrash() throws { try replay("pack", atLeast: 8) }

    func testTheImageCorpusReplaysWithoutACrash() throws { try replay("image", atLeast: 4) }

    func testTheImportCorpusReplaysWithoutACrash() throws { try replay("import", atLeast: 30) }

    func testTheTrialsCorpusReplaysWithoutACrash() throws { try replay("trials", atLeast: 20) }

    func testTheSessionCorpusReplaysWithoutACrash() throws { try replay("session", atLeast: 20) }

    func testTheLessonCorpusReplaysWithoutACrash() throws { try replay("lesson", atLeast: 4) }

    func testTheProgressCorpusReplaysWithoutACrash() throws { try replay("progress", atLeast: 6) }

    func testTheChecklistCorpusReplaysWithoutACrash() throws { try replay("checklist", atLeast: 5) }

    func testTheHistoryCorpusReplaysWithoutACrash() throws { try replay("history", atLeast: 8) }

    func testTheEndpointCorpusReplaysWithoutACrash() throws { try replay("endpoint", atLeast: 4) }
}
