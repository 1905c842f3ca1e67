import Foundation
import KnowledgeGraph
import KnowledgeStore
import XCTest
@testable import KnowledgeQuery

/// The fictional abstracts in Fixtures/abstracts, loaded once against the shipped schema; tests only
/// read it. kestrel-2026 is a trial report that models every CONSORT for Abstracts item, wren-2024 one
/// modelled in part, osprey-2027 a systematic review that models every PRISMA 2020 for Abstracts item.
enum AbstractsGraph {
    static let loaded = Result {
        try KnowledgeLoader.load([KnowledgeFiles(directory: try LiteratureGraph.fixture("abstracts"))],
                                 defaultSchema: (try LiteratureGraph.schemaText(), "schema.yaml"))
    }

    static func evaluator(file: StaticString = #filePath, line: UInt = #line) throws -> GraphExecutor {
        GraphExecutor(graph: try loaded.graph(file: file, line: line))
    }
}
