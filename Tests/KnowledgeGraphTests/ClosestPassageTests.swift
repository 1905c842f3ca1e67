import XCTest
@testable import KnowledgeGraph

/// The closest passage to a quote not in the source, and the keys suggested for unknown ones.
final class ClosestPassageTests: XCTestCase {
    func testTheClosestPassagesAreFoundBestFirstWithTheirSentences() {
        let document = SourceDocument(id: "d", citation: "d", text: TestPacks.fictionalSource)
        let passages = document.closestPassages(to: "Zorvamab may shorten grey fevr")
        XCTAssertEqual(passages.first.map { document.excerpt($0.range) }, "Zorvamab may shorten grey fever")
        XCTAssertEqual(passages.first?.distance, 1)
        XCTAssertEqual(document.closestPassages(to: "Zorvamab may shorten grey fevr.").first.map { document.excerpt($0.range) }, "Zorvamab may shorten grey fever.")
        XCTAssertEqual(passages.first.map { document.citation(of: $0.range) }, "sentence 4")
        XCTAssertNotNil(document.locate("grey   fever, an"))
        XCTAssertNil(document.locate("grey fevr"))
        XCTAssertEqual(document.closestPassages(to: "entirely unrelated words here"), [])
    }

    func testTheSearchOfALargeDocumentIsBounded() {
        let text = String(repeating: "The trial was planned in a hospital and the drug was given to every patient. ", count: 20_000)
        let document = SourceDocument(id: "d", citation: "d", text: text + "A unique sentence closes it.")
        let started = Date()
        let passages = document.closestPassages(to: "A unique sentense closes it.")
        XCTAssertEqual(passages.first.map { document.excerpt($0.range) }, "A unique sentence closes it.")
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
    }

    func testAnUnknownKeyNamesTheKeyItStandsForAndTheValidKeys() {
        let facts = TestPacks.header + """
            entities:
              - {id: q, kind: question, name: Q, quote: Whether to continue trastuzumab}
              - {id: d, kind: drug, name: trastuzumab, quote: trastuzumab}
            relations:
              - {subject: q, relation: concerns, object: d, quote: Whether to continue trastuzumab}
            """
        let diagnostics = TestPacks.diagnostics([TestPacks.root(facts: facts)])
        XCTAssertEqual(diagnostics.map(\.message), ["unknown key 'relation' in a relation"])
        XCTAssertEqual(diagnostics.first?.notes, ["did you mean 'type'?", "the keys here: subject, type, object, quote, hedge, negated, as-of, note"])
    }
}

/// A quote that is not in its source costs time linear in the source, however long the quote.
final class QuoteSearchBoundTests: XCTestCase {
    /// Searching costs time linear in the source, not source × quote (13.6 s for this once): an 8 KB
    /// quote of a 200 KB source's words in another order, so each quote word votes for many windows
    /// of the source, and none matches.
    func testAnEightKilobyteQuoteNotInA200KilobyteSourceIsSearchedQuickly() {
        let words = ["the", "trial", "gave", "zorvamab", "to", "every", "patient", "and", "none", "recovered"]
        var source = "Title: A long source\n\nAbstract\n\n"
        var index = 0
        while source.utf8.count < 200_000 {
            source += words[index % words.count] + (index % 13 == 12 ? ". " : " ")
            index += 1
        }
        var quote = "every"
        index = 0
        while quote.utf8.count < 8_000 {
            quote += " " + words[(index * 7) % words.count]
            index += 1
        }
        let document = SourceDocument(id: "d", citation: "d", text: source)
        let start = ContinuousClock.now
        XCTAssertNil(document.locate(quote))
        XCTAssertEqual(document.closestPassages(to: quote), [])
        XCTAssertLessThan(ContinuousClock.now - start, .milliseconds(800))
    }
}
