import Foundation
import XCTest

/// Replays the fuzz seeds kept in `Fuzz/corpus` (alias bombs, deep nesting, many errors, long
/// quotes, control characters, other papers, PubMed records) through the fuzz targets built
/// without libFuzzer, so every input once found troublesome stays a regression test in every run.
final class FuzzCorpusTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testThePackCorpusReplaysWithoutACrash() throws {
        let corpus = Self.packageRoot.appendingPathComponent("Fuzz/corpus/pack")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: corpus.path).count
        XCTAssertGreaterThanOrEqual(inputs, 8)
        let result = try KXProcess.run([corpus.path], directory: Self.packageRoot, program: "kx-fuzz-pack")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "kx-fuzz-pack: \(inputs) inputs replayed\n")
    }

    func testTheImageCorpusReplaysWithoutACrash() throws {
        let corpus = Self.packageRoot.appendingPathComponent("Fuzz/corpus/image")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: corpus.path).count
        XCTAssertGreaterThanOrEqual(inputs, 4)
        let result = try KXProcess.run([corpus.path], directory: Self.packageRoot, program: "kx-fuzz-image")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "kx-fuzz-image: \(inputs) inputs replayed\n")
    }

    func testTheImportCorpusReplaysWithoutACrash() throws {
        let corpus = Self.packageRoot.appendingPathComponent("Fuzz/corpus/import")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: corpus.path).count
        XCTAssertGreaterThanOrEqual(inputs, 30)
        let result = try KXProcess.run([corpus.path], directory: Self.packageRoot, program: "kx-fuzz-import")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "kx-fuzz-import: \(inputs) inputs replayed\n")
    }
}
