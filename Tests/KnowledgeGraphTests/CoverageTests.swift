import XCTest
@testable import KnowledgeGraph
@testable import KnowledgeStore

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
        XCTAssertEqual(coverage.entities, 2)
    }

    func testOnlyWhatTheGivenDocumentsStateIsCounted() throws {
        let base = TestPacks.header("base") + """
            entities:
              - {id: d, kind: drug, name: trastuzumab, quote: trastuzumab}
              - {id: t, kind: trial, name: T, quote: Two trials}

            """
        let extra = TestPacks.header("extra") + """
            entities:
              - {id: q, kind: question, name: Q, quote: Whether to continue trastuzumab,
                 attributes: {status: {value: unanswered, quote: an unanswered question}}}
              - {id: t, kind: trial, name: T, quote: Two trials}
            relations:
              - {subject: q, type: concerns, object: d, quote: Whether to continue trastuzumab}

            """
        let graph = try KnowledgeLoader.load([TestPacks.root(packs: ["base": (base, TestPacks.source), "extra": (extra, TestPacks.source)])])
        let coverage = graph.coverage(of: ["extra"])
        XCTAssertEqual(coverage.entities, 2)
        XCTAssertEqual(coverage.statements, 2)
        XCTAssertEqual(coverage.quotes, 4)
        // Cited by extra: sentences 1 and 2; not: Title, Authors and sentence 3 (base's own document is not counted).
        XCTAssertEqual(coverage.uncitedSegments, 3)
        XCTAssertEqual(graph.coverage().entities, 3)
    }
}
