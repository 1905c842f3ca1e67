import XCTest
@testable import KnowledgeGraph

/// `Graph.coverage()`: statements, quotes and the sentences no quote cites yet.
final class CoverageTests: XCTestCase {
    func testStatementsQuotesAndUncitedSentencesAreCounted() throws {
        let facts = TestPacks.header + """
            entities:
              - {id: q, kind: question, name: Q, quote: Whether to continue trastuzumab,
                 attributes: {status: {value: unanswered, quote: an unanswered question}}}
              - {id: d, kind: drug, name: trastuzumab, quote: trastuzumab}
            relations:
              - {subject: q, type: concerns, object: d, quote: [Whether to continue trastuzumab, A test of trastuzumab]}

            """
        let graph = try KnowledgeLoader.load([TestPacks.root(facts: facts)])
        let coverage = graph.coverage()
        XCTAssertEqual(coverage.statements, 2)
        XCTAssertEqual(coverage.quotes, 5)
        // Cited: Title and sentence 1; not: Authors, sentences 2 and 3.
        XCTAssertEqual(coverage.uncitedSegments, 3)
    }
}
