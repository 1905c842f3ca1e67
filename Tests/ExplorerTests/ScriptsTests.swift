import EmbeddedKnowledge
import Explorer
import Foundation
import KnowledgeGraph
import KnowledgeStore
import XCTest

/// Runs every golden script in `Tests/Scripts` (not `Tests/Scripts/support`, which holds files the
/// scripts read) and fails with the unified diff of each statement whose output differs.
///
/// Scripts run from the package root, named `Tests/Scripts/NAME.kx`, so the locations in their
/// recorded errors read the same as under `kx test Tests/Scripts/*.kx` run from there.
/// Set `KX_UPDATE_SCRIPTS=1` to rewrite the expectations instead (then read every change).
///
/// Every script runs twice: on the packs read from YAML, and on the image compiled at build time,
/// so the compiled knowledge answers exactly as the packs do.
final class ScriptsTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var seed: KnowledgeFiles {
        KnowledgeFiles(root: "Knowledge", files: EmbeddedKnowledge.files())
    }

    func testGoldenScripts() throws {
        try runGoldenScripts(on: Self.seed, update: ProcessInfo.processInfo.environment["KX_UPDATE_SCRIPTS"] == "1")
    }

    func testGoldenScriptsOnTheCompiledKnowledge() throws {
        let compiled = EmbeddedKnowledge.folder()
        XCTAssertNotNil(compiled.compiled)
        try runGoldenScripts(on: compiled, update: false)
    }

    private func runGoldenScripts(on knowledge: KnowledgeFiles, update: Bool) throws {
        let manager = FileManager.default
        let previous = manager.currentDirectoryPath
        XCTAssertTrue(manager.changeCurrentDirectoryPath(Self.packageRoot.path))
        defer { XCTAssertTrue(manager.changeCurrentDirectoryPath(previous)) }
        let scripts = try manager.contentsOfDirectory(atPath: "Tests/Scripts").filter { $0.hasSuffix(".kx") }.sorted()
        XCTAssertGreaterThanOrEqual(scripts.count, 10, "the golden scripts are missing")
        for script in scripts {
            let path = "Tests/Scripts/\(script)"
            let outcome = try ScriptTester(knowledge: [knowledge]).check(file: path, update: update)
            XCTAssertGreaterThan(outcome.statements, 0, "\(path) has no statements")
            if !update {
                XCTAssertTrue(outcome.mismatches.isEmpty, "\(path): \(outcome.mismatches.count) of \(outcome.statements) statements differ:\n" + outcome.mismatches.joined())
            }
        }
    }
}
