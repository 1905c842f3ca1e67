import EmbeddedKnowledge
import Explorer
import Foundation
import KnowledgeGraph
import KnowledgeQuery
import KnowledgeStore
import OxigraphFixture
import SPARQLBackend
import XCTest

/// Every golden script in `Tests/Scripts` gives its recorded output on Oxigraph holding the
/// N-Triples export of the built-in knowledge, as it does in memory. One difference is meant:
/// `.show` names the endpoint statements run on (an `endpoint:` line).
final class GoldenScriptConformanceTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testGoldenScriptsOnAnEndpoint() throws {
        let knowledge = KnowledgeFiles(root: "Knowledge", files: EmbeddedKnowledge.files())
        let server = try OxigraphServer(serving: try KnowledgeLoader.load([knowledge]))
        let manager = FileManager.default
        let previous = manager.currentDirectoryPath
        XCTAssertTrue(manager.changeCurrentDirectoryPath(Self.packageRoot.path))
        defer { XCTAssertTrue(manager.changeCurrentDirectoryPath(previous)) }
        let scripts = try manager.contentsOfDirectory(atPath: "Tests/Scripts").filter { $0.hasSuffix(".kx") }.sorted()
        XCTAssertGreaterThanOrEqual(scripts.count, 10, "the golden scripts are missing")
        let connector: (String, Cancellation) throws -> any Executor = { url, cancellation in
            try SPARQLExecutor(url: url, options: EndpointOptions(timeout: 30), cancellation: cancellation)
        }
        var shown = 0
        for script in scripts {
            let outcome = try ScriptTester(knowledge: [knowledge], endpoint: (url: server.url, connector: connector)).check(file: "Tests/Scripts/\(script)", update: false)
            for mismatch in outcome.mismatches {
                let changed = mismatch.split(separator: "\n").filter { ($0.hasPrefix("+") || $0.hasPrefix("-")) && !$0.hasPrefix("+++") && !$0.hasPrefix("---") }
                if changed.allSatisfy({ $0.hasPrefix("+endpoint: \(server.url) (") }) {
                    shown += 1
                } else {
                    XCTFail("\(script) differs on the endpoint:\n\(mismatch)")
                }
            }
        }
        XCTAssertGreaterThan(shown, 0, "the .show statements name the endpoint")
    }
}
