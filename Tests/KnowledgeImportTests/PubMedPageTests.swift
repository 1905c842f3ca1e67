import KnowledgeGraph
import XCTest
@testable import KnowledgeImport

/// Saved and copied PubMed abstract pages: the record is read from among the page's chrome, in each
/// of the layouts a browser leaves, and a value the page gives twice must agree.
final class PubMedPageTests: XCTestCase {
    private func page(_ name: String, replacing: [(String, String)] = []) throws -> PublicationRecord {
        var text = try String(contentsOfFile: try Fixture.path(name), encoding: .utf8)
        for (old, new) in replacing {
            XCTAssertTrue(text.contains(old), old)
            text = text.replacingOccurrences(of: old, with: new)
        }
        let records = try RecordReader.read(text, file: name)
        XCTAssertEqual(records.count, 1)
        return try XCTUnwrap(records.first)
    }

    /// The layout of the issue: the journal's link text lost, the type above the citation line and
    /// below the title, the title twice, and only the short author line.
    func testAPageWhoseJournalLinkIsLostTakesTheJournalAndFirstAuthorFromTheShortCitation() throws {
        let record = try page("page-lost-journal.txt")
        XCTAssertEqual(record.title, "Continued zorvamab after progression in grey fever: an invented review")
        XCTAssertEqual(record.journal, "J Imag Med")
        XCTAssertEqual(record.types, ["Review"])
        XCTAssertEqual(record.authors, [.init(name: "Mara Quillon", familyName: "Quillon")])
        XCTAssertTrue(record.moreAuthors)
        XCTAssertEqual(record.citationLine, "J Imag Med. 2019 Mar;24(2):187-91.")
        XCTAssertEqual([record.doi, record.pmid], ["10.5555/jim.2019.0042", "99900011"])
        XCTAssertEqual(record.location.line, 21)
        XCTAssertEqual(PackWriter.baseID(record), "quillon-2019")
        XCTAssertEqual(record.notes.map(\.description), [
            "page-lost-journal.txt:26:1: warning: the page names only the first author ('Mara Quillon et al.'); the others are left out: expected the page's full author line, or import the record as MEDLINE (.nbib) or PubMed XML",
        ])
        XCTAssertEqual(record.missing, [])
        XCTAssertEqual(record.meshHeadings.map(\.written), [
            "Antineoplastic Agents/*therapeutic use", "Grey Fever/*drug therapy", "Humans", "Zorvamab/administration & dosage/*therapeutic use",
        ])
        XCTAssertEqual(record.keywords, [])
        XCTAssertEqual(record.abstract.map(\.text), [
            "Whether to continue zorvamab after grey fever progresses is a question invented for software tests. No patient, trial or registry here is real.",
            "An imaginary registry would follow imaginary patients who continue zorvamab. This abstract states nothing about real medicine.",
        ])
    }

    func testAWholePageCopiedFromTheBrowserKeepsOnlyTheRecord() throws {
        let record = try page("page-full.txt")
        XCTAssertEqual(record.title, "Zorvamab versus placebo in invented adults with grey fever: a randomized trial")
        XCTAssertEqual(record.authors.map(\.name), ["Tomas Reyvik", "Ana de la Fuente", "Mara Quillon"])
        XCTAssertEqual(record.authors.map(\.familyName), ["Reyvik", "de la Fuente", "Quillon"])
        XCTAssertFalse(record.moreAuthors)
        XCTAssertEqual(record.citationLine, "J Imag Med. 2021 Nov 3;26(4):e112.")
        XCTAssertEqual(record.date, "2021-11-03")
        XCTAssertEqual([record.doi, record.pmid], ["10.5555/jim.2021.0112", "99900021"])
        XCTAssertEqual(record.types, ["Randomized Controlled Trial", "Research Support, Non-U.S. Gov't"])
        XCTAssertEqual(record.abstract.map(\.label), ["Background", "Methods", "Results", "Conclusions"])
        XCTAssertEqual(record.abstract.first?.text, "Grey fever is an invented disease and zorvamab an invented drug; this abstract states nothing about real medicine.")
        XCTAssertEqual(record.keywords, ["grey fever", "invented trial", "zorvamab"])
        XCTAssertEqual(record.meshHeadings.map(\.written), ["Adult", "Female", "Grey Fever/*drug therapy", "Humans", "Male", "Zorvamab/*administration & dosage/adverse effects"])
        XCTAssertEqual(record.notes, [])
        XCTAssertEqual(record.missing, [])
        // None of the page's chrome, nor the other articles it lists, reaches the pack's source.
        let source = PackSource(record: record).text
        for chrome in ["PubMed Disclaimer", "Similar articles", "Holm", "Figure 1", "LinkOut", "Imaginary Publisher", "NCBI", "99900092", "they are invented"] {
            XCTAssertFalse(source.contains(chrome), chrome)
        }
    }

    func testAShortCitationThatAgreesWithTheFullAuthorLineAddsNothing() throws {
        let record = try page("page-short.txt")
        XCTAssertEqual(record.title, "Weekly zorvamab for grey fever in an invented clinic")
        XCTAssertEqual(record.authors.map(\.familyName), ["de la Fuente", "Quillon", "Reyvik", "van der Berg"])
        XCTAssertFalse(record.moreAuthors)
        XCTAssertEqual(record.citationLine, "J Imag Med. 2020 Jun;25(3):301-9.")
        XCTAssertEqual(record.types, ["Clinical Trial"])
        XCTAssertEqual(record.abstract.map(\.label), ["Background", "Methods", "Results", "Conclusions"])
        XCTAssertEqual(record.keywords, ["grey fever", "zorvamab", "weekly dosing"])
        XCTAssertEqual(record.notes, [])
        XCTAssertEqual(record.missing, [])
        XCTAssertEqual(record.meshHeadings, [])
    }

    func testAValueThePageGivesTwiceThatDisagreesIsLeftOutAndNoted() throws {
        let journal = try page("page-short.txt", replacing: [("Ana de la Fuente et al. J Imag Med. 2020 Jun.", "Ana de la Fuente et al. J Other Med. 2020 Jun.")])
        XCTAssertNil(journal.journal)
        XCTAssertEqual(journal.missing, ["journal"])
        XCTAssertEqual(journal.notes.map(\.description), [
            "page-short.txt:7:1: warning: the journal 'J Other Med' here disagrees with 'J Imag Med' at line 2, so the journal is left out; expected one record on the page",
        ])
        let date = try page("page-short.txt", replacing: [("J Imag Med. 2020 Jun.", "J Imag Med. 2021 Jun.")])
        XCTAssertNil(date.dateText)
        XCTAssertEqual(date.notes.map(\.message), ["the date '2021 Jun' here disagrees with '2020 Jun' at line 2, so the date is left out; expected one record on the page"])
        let doi = try page("page-short.txt", replacing: [("DOI: 10.5555/jim.2020.0301", "DOI: 10.5555/jim.2020.9999")])
        XCTAssertNil(doi.doi)
        XCTAssertEqual(doi.notes.map(\.message), ["the DOI '10.5555/jim.2020.9999' here disagrees with '10.5555/jim.2020.0301' at line 2, so the DOI is left out; expected one record on the page"])
        let author = try page("page-short.txt", replacing: [("Ana de la Fuente et al.", "Ingrid van der Berg et al.")])
        XCTAssertEqual(author.authors, [])
        XCTAssertEqual(author.notes.map(\.message), ["the first author 'Ingrid van der Berg' of the short citation disagrees with 'Ana de la Fuente' of the author line at line 8, so the authors are left out; expected one record on the page"])
        XCTAssertEqual(author.missing, ["author"])
    }

    func testWhatAPageDoesNotGiveIsLeftOutAndNamed() throws {
        let bare = try page("page-lost-journal.txt", replacing: [
            ("Mara Quillon et al. J Imag Med. 2019 Mar.\n", ""), ("Cite\nReview\n", "Cite\n"), ("an invented review\nReview\n", "an invented review\n"),
            ("Publication types\nReview\nMeSH terms\n", ""),
        ])
        XCTAssertEqual(bare.authors, [])
        XCTAssertNil(bare.journal)
        XCTAssertEqual(bare.citationLine, "2019 Mar;24(2):187-91.")
        XCTAssertEqual(bare.missing, ["author", "journal", "publication type", "topics"])
        XCTAssertEqual(bare.notes, [])
        XCTAssertEqual(PackWriter.baseID(bare), "continued-zorvamab-after-2019")
    }

    func testTheJournalOnTheLineAboveTheCitationIsReadUnlessItIsAPublicationTypeOrChrome() throws {
        for above in ["Review", "Cite", "LinkOut - more resources", "Imaginary Publisher full text link"] {
            let text = "Skip to main page content\n\(above)\n. 2019 Mar;24(2):187-91.\nA title.\nAbstract\nText.\n"
            XCTAssertNil(try RecordReader.read(text, file: "p.txt").first?.journal, above)
        }
        XCTAssertEqual(try RecordReader.read("J Imag Med\n. 2019 Mar;24(2):187-91.\nA title.\n", file: "p.txt").first?.journal, "J Imag Med")
        XCTAssertEqual(try RecordReader.read("J Imag Med. 2019 Mar;24(2):187-91.\nA title.\n", file: "p.txt").first?.journal, "J Imag Med")
    }

    func testAKeywordsLineAfterTheTitleIsNotTakenForAuthors() throws {
        let record = try XCTUnwrap(try RecordReader.read("J Imag Med. 2019 Mar;24(2):187-91.\nA title.\nKeywords: invented; test fixture.\n", file: "k.txt").first)
        XCTAssertEqual(record.authors, [])
        XCTAssertEqual(record.keywords, ["invented", "test fixture"])
    }

    func testOtherArticlesThePageListsAreNotTakenForTheRecord() throws {
        // Only the similar articles' citations remain: each is followed by its PMID line, not a title.
        let text = "Similar articles\nZorvamab in an imagined cohort.\nReyvik T, Quillon M.\nJ Imag Med. 2018 Jan;23(1):1-9.\nPMID: 99900090 Review.\n"
        XCTAssertThrowsError(try RecordReader.read(text, file: "similar.txt")) { error in
            XCTAssertEqual(String(describing: error), "similar.txt:4:1: error: expected the title on a line after the citation line")
        }
    }

    func testAPageOfLongLinesIsReadInLinearTime() throws {
        let long = String(repeating: "2019. ", count: 40_000) + String(repeating: "x, ", count: 40_000)
        let text = "J Imag Med\n. 2019 Mar;24(2):187-91.\nA title.\n\(long)\nAbstract\n\(long)\nMeSH terms\n\(long)\n"
        let start = Date()
        XCTAssertEqual(try RecordReader.read(text, file: "long.txt").first?.title, "A title")
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    }
}
