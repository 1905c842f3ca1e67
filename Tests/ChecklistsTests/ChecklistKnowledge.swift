import EmbeddedKnowledge
import Foundation
import KnowledgeGraph
import KnowledgeStore
import XCTest
@testable import Checklists

/// What the checklist tests read: the built-in knowledge (its schema and checklists) and the
/// fictional abstracts of the query tests' fixtures, each loaded once.
enum ChecklistKnowledge {
    /// The package's folder, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let builtIn = KnowledgeFiles(root: "Knowledge", files: EmbeddedKnowledge.files())

    static let seed = Result { try KnowledgeLoader.load([builtIn]) }

    /// kestrel-2026, wren-2024 and osprey-2027 against the shipped schema, as `kx check` loads them.
    static let abstracts = Result {
        let folder = try KnowledgeFiles(directory: packageRoot.appendingPathComponent("Tests/KnowledgeQueryTests/Fixtures/abstracts").path)
        guard let schema = builtIn.files["schema.yaml"] else { throw KnowledgeError(Diagnostic(location: nil, message: "no built-in schema")) }
        return try KnowledgeLoader.load([KnowledgeFiles(root: "Knowledge", files: ["schema.yaml": schema]), folder])
    }

    /// The graph, or a failure that shows every diagnostic of why it did not load.
    static func graph(_ loaded: Result<Graph, Error>, file: StaticString = #filePath, line: UInt = #line) throws -> Graph {
        do {
            return try loaded.get()
        } catch let error as KnowledgeError {
            XCTFail(error.diagnostics.map { $0.rendered() }.joined(separator: "\n"), file: file, line: line)
            throw error
        }
    }

    /// The built-in checklist `name`, checked against the shipped schema.
    static func checklist(_ name: String) throws -> Checklist {
        let sources = Checklist.sources(in: [builtIn]).filter { $0.name == name }
        guard let source = sources.first else { throw KnowledgeError(Diagnostic(location: nil, message: "no built-in checklist \(name)")) }
        return try Checklist.load(source, schema: try graph(seed).schema)
    }
}
