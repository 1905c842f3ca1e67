import XCTest
@testable import KnowledgeGraph
@testable import KnowledgeStore

/// Quotes of a pack whose source is not ASCII are located in UTF-8 bytes.
final class MultiByteSourceTests: XCTestCase {
    func testProvenanceOffsetsAreBytesThatCutTheQuoteOutOfTheSource() throws {
        let source = "Title: Étude — 東京\n\nAbstract\n\nLe médicament zorvamab — fictif — a été testé. 研究は続く.\n"
        let facts = TestPacks.header + """
            entities:
              - id: zorvamab
                kind: drug
                name: zorvamab
                quote: ["zorvamab — fictif", "été testé.", "研究は続く."]
            """
        let graph = try KnowledgeLoader.load([TestPacks.root(facts: facts, source: source)])
        let document = try XCTUnwrap(graph.document("test-doc"))
        let provenance = try XCTUnwrap(graph.entity(id: "zorvamab")).provenance
        XCTAssertEqual(provenance.map { document.excerpt($0.start..<$0.end) }, ["zorvamab — fictif", "été testé.", "研究は続く."])
        XCTAssertEqual(provenance.map { Array(source.utf8)[$0.start..<$0.end] }, provenance.map { Array($0.quote.utf8)[...] })
        XCTAssertEqual(provenance.map(\.segments), [["sentence 1"], ["sentence 1"], ["sentence 1"]], "a sentence ends only before a capital or a digit")
        XCTAssertEqual(provenance.first?.start, Array(source.utf8).firstIndex(of: UInt8(ascii: "z")))
    }
}
