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

    func testLocateCountsCharactersNotBytes() {
        let document = document("Café – “quoted” text")
        XCTAssertEqual(document.locate("“quoted”"), 7..<15)
        XCTAssertEqual(document.excerpt(7..<15), "“quoted”")
        XCTAssertEqual(document.locate("Cafe\u{301}"), 0..<4, "canonically equivalent characters match")
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
