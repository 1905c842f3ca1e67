import EmbeddedKnowledge
import Foundation
import KnowledgeGraph
import KnowledgeStore
import XCTest
@testable import KnowledgeQuery

/// The fictional literature in Fixtures/literature (two packs about the made-up drug velostatin,
/// 2019 and 2022, that disagree), loaded once against the shipped schema; tests only read it.
enum LiteratureGraph {
    /// The fixture folder inside the test bundle.
    static func path() throws -> String {
        try fixture("literature")
    }

    /// A folder of the Fixtures resource inside the test bundle.
    static func fixture(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw KnowledgeError(Diagnostic(location: nil, message: "the Fixtures resource is not in the test bundle"))
        }
        return url.appendingPathComponent(name).path
    }

    /// The shipped schema's text, as the built-in knowledge embeds it.
    static func schemaText() throws -> String {
        guard let bytes = EmbeddedKnowledge.files()["schema.yaml"], let text = String(validating: bytes, as: UTF8.self) else {
            throw KnowledgeError(Diagnostic(location: nil, message: "the embedded knowledge has no schema.yaml"))
        }
        return text
    }

    static let loaded = Result {
        try KnowledgeLoader.load([KnowledgeFiles(directory: try path())], defaultSchema: (try schemaText(), "schema.yaml"))
    }

    /// The fixture graph, or a test failure that shows why it did not load.
    static func graph(file: StaticString = #filePath, line: UInt = #line) throws -> Graph {
        try loaded.graph(file: file, line: line)
    }

    static func evaluator() throws -> GraphExecutor {
        GraphExecutor(graph: try graph())
    }
}
