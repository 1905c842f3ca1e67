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

    /// A quote that follows a repetitive source for 8 KB and then leaves it: each place where the
    /// text repeats its start was compared in full, for every leading run of words the error tried
    /// (a 50 KB source, so the loader's fixed costs in a debug build stay small).
    func testAnEightKilobyteQuoteThatLeavesARepetitiveSourceAtItsEndIsReportedQuickly() {
        var source = "Title: A long source\n\nAbstract\n\n"
        while source.utf8.count < 50_000 { source += "The trial gave zorvamab to every patient and none recovered. " }
        let body = source.utf8.dropFirst(32).prefix(8_000)
        let quote = String(decoding: body, as: UTF8.self).split(separator: " ").dropLast().joined(separator: " ") + " unheard"
        let facts = TestPacks.header + """
            entities:
              - {id: d, kind: drug, name: zorvamab, quote: "\(quote)"}
            relations: []
            """
        let start = ContinuousClock.now
        let diagnostics = TestPacks.diagnostics([TestPacks.root(facts: facts, source: source)])
        XCTAssertLessThan(ContinuousClock.now - start, .milliseconds(600))
        XCTAssertEqual(diagnostics.map(\.message), ["quote not found in the source of 'test-doc' (white space is folded, case is kept)"])
        XCTAssertTrue(diagnostics.first?.notes.first?.hasSuffix("but not 'unheard' after it") ?? false, "\(diagnostics.first?.notes ?? [])")
    }
}
