import EmbeddedKnowledge
import Foundation
import KnowledgeGraph
import KnowledgeStore
import XCTest
@testable import KnowledgeQuery

/// A knowledge folder of the test bundle's Fixtures, loaded once against the shipped schema; tests only read it.
/// Both are FICTIONAL (made-up drugs, diseases, trials and authors), so the tests do not change when the
/// shipped knowledge does.
struct FixtureGraph: Sendable {
    /// Fixtures/literature: two packs about the made-up drug velostatin, 2019 and 2022, that disagree.
    static let literature = FixtureGraph(folder: "literature")
    /// Fixtures/grey-fever: one review of the made-up drug zorvamab in grey fever, with entities of
    /// thirteen kinds and hedged, denied and dated statements of one source.
    static let greyFever = FixtureGraph(folder: "grey-fever")
    /// Fixtures/abstracts: kestrel-2026, a trial report that models every CONSORT for Abstracts item;
    /// wren-2024, one modelled in part; osprey-2027, a systematic review that models every PRISMA 2020
    /// for Abstracts item.
    static let abstracts = FixtureGraph(folder: "abstracts")

    private let loaded: Result<Graph, Error>

    private init(folder: String) {
        loaded = Result {
            try KnowledgeLoader.load([KnowledgeFiles(directory: try Self.path(folder))], defaultSchema: (try Self.schemaText(), "schema.yaml"))
        }
    }

    /// The fixture folder inside the test bundle.
    static func path(_ folder: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw KnowledgeError(Diagnostic(location: nil, message: "the Fixtures resource is not in the test bundle"))
        }
        return url.appendingPathComponent(folder).path
    }

    /// The shipped schema's text, as the built-in knowledge embeds it.
    static func schemaText() throws -> String {
        guard let bytes = EmbeddedKnowledge.files()["schema.yaml"], let text = String(validating: bytes, as: UTF8.self) else {
            throw KnowledgeError(Diagnostic(location: nil, message: "the embedded knowledge has no schema.yaml"))
        }
        return text
    }

    /// The fixture graph, or a test failure that shows every diagnostic of why it did not load.
    func graph(file: StaticString = #filePath, line: UInt = #line) throws -> Graph {
        do {
            return try loaded.get()
        } catch let error as KnowledgeError {
            XCTFail(error.diagnostics.map { $0.rendered() }.joined(separator: "\n"), file: file, line: line)
            throw error
        }
    }

    func evaluator(file: StaticString = #filePath, line: UInt = #line) throws -> GraphExecutor {
        GraphExecutor(graph: try graph(file: file, line: line))
    }
}
