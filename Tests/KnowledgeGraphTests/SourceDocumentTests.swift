import XCTest
@testable import KnowledgeGraph

/// Finding quotes in a source text and cutting it into citable segments.
final class SourceDocumentTests: XCTestCase {
    private func document(_ text: String) -> SourceDocument {
        SourceDocument(id: "d", citation: "D.", text: text)
    }

    /// Each segment as `role label: text`.
    private func segments(_ text: String) -> [String] {
        let document = document(text)
        return document.segments.map { "\($0.role.rawValue) \($0.label): \(document.excerpt($0.start..<$0.end))" }
    }

    // MARK: Locating quotes

    func testLocateFoldsWhiteSpaceAndKeepsCase() throws {
        let document = document("The  modest\ttoxicity and\n  the possible benefit.")
        let range = try XCTUnwrap(document.locate("modest toxicity and the possible"))
        XCTAssertEqual(range, 5..<39)
        XCTAssertEqual(document.excerpt(range), "modest\ttoxicity and\n  the possible")
        XCTAssertEqual(document.locate("  modest   toxicity \n"), 5..<20, "white space around and inside the quote is folded too")
        XCTAssertNil(document.locate("Modest toxicity"), "case is kept")
        XCTAssertEqual(document.locate("Modest toxicity", ignoringCase: true), 5..<20)
        XCTAssertNil(document.locate("modesttoxicity"), "white space is folded, not removed")
        XCTAssertNil(document.locate(""))
        XCTAssertNil(document.locate("   "))
        XCTAssertNil(document.locate("benefit. And more text than the whole document holds"))
    }

    func testLocateFindsTheFirstOccurrence() {
        let document = document("trastuzumab and trastuzumab")
        XCTAssertEqual(document.locate("trastuzumab"), 0..<11)
        XCTAssertEqual(document.locate("and trastuzumab"), 12..<27)
    }

    func testLocateCountsUTF8Bytes() {
        let document = document("Café – “quoted” text")
        XCTAssertEqual(document.locate("“quoted”"), 10..<22)
        XCTAssertEqual(document.excerpt(10..<22), "“quoted”")
        XCTAssertEqual(document.locate("Cafe\u{301}"), 0..<5, "canonically equivalent characters match")
    }

    func testAMatchBeginsAndEndsOnWordBoundaries() {
        let document = document("The possible, but unproven, benefit of HER2-targeted agents in 25 women.")
        XCTAssertNil(document.locate("proven, benefit"), "a word may not start inside another")
        XCTAssertEqual(document.locate("unproven, benefit"), 18..<35)
        XCTAssertNil(document.locate("possible, but unprove"), "a word may not end inside another")
        XCTAssertNil(document.locate("5 women"))
        XCTAssertEqual(document.locate("HER2"), 39..<43, "a hyphen is a boundary")
        XCTAssertEqual(document.locate("targeted"), 44..<52)
        XCTAssertEqual(document.locate(", benefit"), 26..<35, "a quote starting with punctuation may start anywhere")
        XCTAssertEqual(document.locate("roven,"), nil)
        XCTAssertEqual(document.locate("s, but"), nil)
    }

    func testALaterOccurrenceOnWordBoundariesIsFound() {
        let document = document("Unproven or proven: proven.")
        XCTAssertEqual(document.locate("proven"), 12..<18)
        XCTAssertEqual(document.locate("proven."), 20..<27)
    }

    func testMultiByteTextHasByteOffsetsThatRoundTrip() throws {
        let text = "Résumé — “naïve” 東京の研究. Done — 再び."
        let document = document(text)
        for quote in ["Résumé", "—", "“naïve”", "東京の研究.", "Done — 再び.", "naïve"] {
            let range = try XCTUnwrap(document.locate(quote), quote)
            XCTAssertEqual(document.excerpt(range), quote)
            let utf8 = Array(text.utf8)
            XCTAssertEqual(Array(utf8[range]), Array(quote.utf8), quote)
        }
        XCTAssertEqual(document.locate("Résumé"), 0..<8)
        XCTAssertEqual(document.locate("東京"), nil, "CJK letters are word characters, so a match may not end inside a run of them")
        XCTAssertEqual(document.segments.map { document.excerpt($0.start..<$0.end) }, ["Résumé — “naïve” 東京の研究.", "Done — 再び."])
        XCTAssertEqual(document.segments.last?.end, text.utf8.count)
    }

    func testIgnoringCaseFoldsNonASCIILettersToo() {
        let document = document("ÉTUDE Générale")
        XCTAssertNil(document.locate("étude générale"))
        XCTAssertEqual(document.locate("étude générale", ignoringCase: true), 0..<17)
    }

    func testDecomposedTextMatchesComposedQuotes() {
        let document = document("Cafe\u{301} noir")
        XCTAssertEqual(document.locate("Café"), 0..<6)
        XCTAssertEqual(document.locate("Café noir"), 0..<11)
        XCTAssertNil(document.locate("Cafe"), "the accent belongs to the last character")
    }

    /// A long repeat followed by different words is told apart, wherever the two copies differ.
    func testLongRepeatedQuotesAreToldApartByTheirEnds() {
        let block = (1...60).map { "word\($0)" }.joined(separator: " ")
        let text = "\(block) first. \(block) second."
        let second = block.utf8.count + " first. ".utf8.count
        XCTAssertEqual(document(text).locate("\(block) second."), second..<(second + block.utf8.count + " second.".utf8.count))
        XCTAssertEqual(document(text).locate("\(block) first."), 0..<(block.utf8.count + " first.".utf8.count))
        XCTAssertNil(document(text).locate("\(block) third."))
    }

    func testSuffixArrayOrdersEverySuffix() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<400 {
            let highest = UInt8(97 + round % 4)
            let text = (0..<Int.random(in: 0...200, using: &generator)).map { _ in UInt8.random(in: 97...highest, using: &generator) }
            assertSuffixArray(of: text)
        }
    }

    /// Periodic and Fibonacci texts make SA-IS recurse as deep as it can (names never all distinct).
    func testSuffixArrayOfRepetitiveTexts() {
        var fibonacci: [[UInt8]] = [[98], [97]]
        while fibonacci[fibonacci.count - 1].count < 600 { fibonacci.append(fibonacci[fibonacci.count - 1] + fibonacci[fibonacci.count - 2]) }
        let texts: [[UInt8]] = [
            Array(String(repeating: "abcab", count: 100).utf8), Array(String(repeating: "a", count: 300).utf8),
            Array((String(repeating: "ab", count: 150) + "a").utf8), Array("mississippi".utf8),
            Array(String(repeating: "the trial and the trial ", count: 40).utf8), [255, 0, 255, 0, 0, 255], fibonacci[fibonacci.count - 1],
        ]
        texts.forEach { assertSuffixArray(of: $0) }
    }

    private func assertSuffixArray(of text: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        let expected = text.indices.sorted { text[$0...].lexicographicallyPrecedes(text[$1...]) }
        XCTAssertEqual(QuoteIndex.suffixArray(text).map(Int.init), expected, String(decoding: text.prefix(80), as: UTF8.self), file: file, line: line)
    }

    func testSegmentsGivenAreKept() {
        let segments = [Segment(role: .sentence, label: "1", start: 0, end: 3)]
        XCTAssertEqual(SourceDocument(id: "d", citation: "D.", text: "Abc def", segments: segments).segments, segments)
    }

    func testExcerptClampsToTheText() {
        XCTAssertEqual(document("abc").excerpt(1..<10), "bc")
        XCTAssertEqual(document("abc").excerpt(-2..<1), "a")
    }

    // MARK: Segmentation

    func testHeaderFieldsHeadingAndSentences() {
        XCTAssertEqual(segments("""
            Title: A study of things: more things
            Authors: Ann Example et al.
            Publication type: Review

            Abstract

            One sentence here. Another one? Yes! 2 trials failed.
            """), [
            "field Title: Title: A study of things: more things",
            "field Authors: Authors: Ann Example et al.",
            "field Publication type: Publication type: Review",
            "heading Abstract: Abstract",
            "sentence 1: One sentence here.",
            "sentence 2: Another one?",
            "sentence 3: Yes!",
            "sentence 4: 2 trials failed.",
        ])
    }

    func testAbbreviationsAndInitialsDoNotEndSentences() {
        XCTAssertEqual(segments("""
            As Pusztai et al. Showed, drugs (e.g. Trastuzumab) work. Written by L. Pusztai and Dr. Smith. Fig. 2 shows it.
            """), [
            "sentence 1: As Pusztai et al. Showed, drugs (e.g. Trastuzumab) work.",
            "sentence 2: Written by L. Pusztai and Dr. Smith.",
            "sentence 3: Fig. 2 shows it.",
        ])
    }

    func testSentencesEndOnlyBeforeACapitalADigitOrAnOpeningQuoteOrParenthesis() {
        XCTAssertEqual(segments("""
            See www.registher.com for more. it goes on. Version 2.5 is out. “Quoted.” (Aside.) Then "this." Done
            """), [
            "sentence 1: See www.registher.com for more. it goes on.",
            "sentence 2: Version 2.5 is out.",
            "sentence 3: “Quoted.”",
            "sentence 4: (Aside.)",
            "sentence 5: Then \"this.\"",
            "sentence 6: Done",
        ])
    }

    func testSentencesRunAcrossLinesAndAreNumberedThroughTheDocument() {
        XCTAssertEqual(segments("""
            First paragraph, which
            wraps. Second sentence.

            Second paragraph.
            """), [
            "sentence 1: First paragraph, which\nwraps.",
            "sentence 2: Second sentence.",
            "sentence 3: Second paragraph.",
        ])
    }

    func testAShortLineWithFinalPunctuationIsASentenceNotAHeading() {
        XCTAssertEqual(segments("Results.\n\nMethods\n\nA heading line that has far too many words to be one\n"), [
            "sentence 1: Results.",
            "heading Methods: Methods",
            "sentence 2: A heading line that has far too many words to be one",
        ])
    }

    func testABlockWithOneNonFieldLineIsNotAHeader() {
        XCTAssertEqual(segments("Title: A study\nnot a field line.\n"), [
            "sentence 1: Title: A study\nnot a field line.",
        ])
    }

    func testCarriageReturnLineEndings() {
        XCTAssertEqual(segments("Title: A study\r\nDOI: 10.1/x\r\n\r\nOne. Two.\r\n"), [
            "field Title: Title: A study",
            "field DOI: DOI: 10.1/x",
            "sentence 1: One.",
            "sentence 2: Two.",
        ])
    }

    func testSegmentsOverlappingARange() throws {
        let document = document("One two. Three four. Five six.")
        let range = try XCTUnwrap(document.locate("two. Three four. Five"))
        XCTAssertEqual(document.segments(overlapping: range).map(\.citation), ["sentence 1", "sentence 2", "sentence 3"])
        XCTAssertEqual(document.segments(overlapping: 8..<9).map(\.citation), [], "the space between sentences belongs to none")
        XCTAssertEqual(document.segments(overlapping: 7..<8).map(\.citation), ["sentence 1"])
        XCTAssertEqual(document.segments(overlapping: 0..<100).count, 3)
        XCTAssertEqual(document.segments(overlapping: 29..<29).map(\.citation), ["sentence 3"], "an empty range is in the segment around it")
    }

    func testSegmentsOverlappingFindsTheSameAsAFilterInALongDocument() {
        let document = document((1...500).map { "Sentence number \($0) is here." }.joined(separator: " "))
        for range in [0..<1, 100..<2000, 5000..<5001, 14_000..<20_000, 3..<3] {
            XCTAssertEqual(document.segments(overlapping: range),
                           document.segments.filter { $0.start < range.upperBound && range.lowerBound < $0.end }, "\(range)")
        }
    }

    func testCitations() {
        XCTAssertEqual(Segment(role: .sentence, label: "3", start: 0, end: 1).citation, "sentence 3")
        XCTAssertEqual(Segment(role: .field, label: "DOI", start: 0, end: 1).citation, "DOI")
        XCTAssertFalse(Segment(role: .heading, label: "Abstract", start: 0, end: 1).needsCitation)
        XCTAssertTrue(Segment(role: .field, label: "DOI", start: 0, end: 1).needsCitation)
        func provenance(_ segments: [String]) -> Provenance {
            Provenance(document: "d", quote: "q", start: 0, end: 1, segments: segments, location: SourceLocation(file: "f", line: 1, column: 1))
        }
        XCTAssertEqual(provenance(["sentence 6"]).citation, "sentence 6")
        XCTAssertEqual(provenance(["sentence 6", "sentence 7", "sentence 8"]).citation, "sentences 6–8")
        XCTAssertEqual(provenance(["Title", "Authors"]).citation, "Title, Authors")
        XCTAssertEqual(provenance(["Publication type", "sentence 1"]).citation, "Publication type, sentence 1")
        XCTAssertEqual(provenance([]).citation, "")
    }
}

private extension SourceDocument {
    /// Where a quote is, through an index built for this one look-up.
    func locate(_ quote: String, ignoringCase: Bool = false) -> Range<Int>? {
        QuoteIndex(text, ignoringCase: ignoringCase).locate(quote)
    }
}
