import Foundation
import XCTest
import KnowledgeGraph
@testable import KnowledgeImport

/// The readers agree on the fictional article; missing fields stay missing; broken input is located.
final class RecordReaderTests: XCTestCase {
    func testEachFormatIsToldByItsContent() throws {
        let formats: [(String, RecordReader.Format)] = [
            ("page.txt", .page), ("page-full.txt", .page), ("page-lost-journal.txt", .page), ("page-short.txt", .page),
            ("abstracts.txt", .abstractText), ("records.nbib", .medline), ("records.xml", .xml),
        ]
        for (name, format) in formats {
            XCTAssertEqual(RecordReader.format(of: try String(contentsOfFile: try Fixture.path(name), encoding: .utf8)), format, name)
        }
        // A numbered citation line without a PMID line, or a PMID line without one numbered 1., is a page.
        XCTAssertEqual(RecordReader.format(of: "1. J Imag Med. 2020 Jun;25(3):301-9.\n\nA title.\n"), .page)
        XCTAssertEqual(RecordReader.format(of: "2. J Imag Med. 2020 Jun;25(3):301-9.\n\nA title.\n\nPMID: 1\n"), .page)
        XCTAssertEqual(RecordReader.format(of: "\u{FEFF}\n1. J Imag Med. 2020\nJun;25(3):301-9.\n\nA title.\n\nPMID: 1\n"), .abstractText)
    }

    func testTheThreeFormatsReadTheSameArticle() throws {
        let page = try XCTUnwrap(try Fixture.records("page.txt").first)
        let medline = try XCTUnwrap(try Fixture.records("records.nbib").first)
        let xml = try XCTUnwrap(try Fixture.records("records.xml").first)
        for record in [page, medline, xml] {
            XCTAssertEqual(record.title, "Velostatin dosing schedules in an invented cohort: a worked example")
            XCTAssertEqual(record.authors.map(\.name), ["Hans Müller", "Ingrid Ødegaard", "Ana Pérez"])
            XCTAssertEqual(record.authors.map(\.familyName), ["Müller", "Ødegaard", "Pérez"])
            XCTAssertEqual(record.citationLine?.replacingOccurrences(of: "Med.", with: "Med"), "J Fict Med 2024 Feb;12(3):45-52.")
            XCTAssertEqual(record.date, "2024-02")
            XCTAssertEqual(record.doi, "10.5555/fict.2024.001")
            XCTAssertEqual(record.pmid, "99900001")
            XCTAssertEqual(record.abstract.map { $0.label?.uppercased() }, ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"])
            XCTAssertEqual(record.abstract.last?.text, "Invented data cannot guide care.")
        }
        XCTAssertEqual(page.types, ["Clinical Trial"])
        XCTAssertEqual(medline.types, ["Clinical Trial", "Journal Article"])
        for record in [page, medline, xml] {
            XCTAssertEqual(record.meshHeadings.map(\.written), ["Adult", "Humans", "Velostatin/*administration & dosage/adverse effects"])
            XCTAssertEqual(record.keywords, ["invented", "test fixture"])
        }
        // Only the XML gives the descriptors' identifiers; MEDLINE and the page do not, and none is made up.
        XCTAssertEqual(xml.meshHeadings.map(\.identifier), ["D000328", "D006801", "D999001"])
        XCTAssertEqual((page.meshHeadings + medline.meshHeadings).compactMap(\.identifier), [])
        var identified = medline
        identified.meshHeadings = xml.meshHeadings
        XCTAssertEqual(xml, PublicationRecord(copying: identified, location: xml.location))
    }

    func testEveryRecordOfAFileIsReadAndMissingFieldsStayMissing() throws {
        for name in ["records.nbib", "records.xml"] {
            let records = try Fixture.records(name)
            XCTAssertEqual(records.count, 2, name)
            let letter = try XCTUnwrap(records.last)
            XCTAssertEqual(letter.title, "A letter about an imaginary registry")
            XCTAssertNil(letter.doi, name)
            XCTAssertNil(letter.pages, name)
            XCTAssertNil(letter.issue, name)
            XCTAssertEqual(letter.date, "2023")
            XCTAssertEqual(letter.abstract, [.init(text: "The imaginary registry was planned. It never existed.")])
        }
    }

    func testFamilyNamesKeepTheirParticlesAndLoseGenerationalSuffixes() throws {
        let page = try XCTUnwrap(try Fixture.records("page-particles.txt").first)
        XCTAssertEqual(page.authors.map(\.name), ["Ingrid van der Berg", "John Smith Jr", "Ana de la Cruz", "Pieter Visser III", "Ludwig von Beethoven"])
        XCTAssertEqual(page.authors.map(\.familyName), ["van der Berg", "Smith", "de la Cruz", "Visser", "von Beethoven"])
        XCTAssertEqual(PackWriter.baseID(page), "van-der-berg-2024")
        let short = try XCTUnwrap(try RecordReader.read(try String(contentsOfFile: try Fixture.path("page-particles.txt"), encoding: .utf8)
            .replacingOccurrences(of: "Ingrid van der Berg 1 , John Smith Jr. 2", with: "van der Berg I(1), Smith J Jr(2)"), file: "short.txt").first)
        XCTAssertEqual(short.authors.prefix(2).map(\.familyName), ["van der Berg", "Smith"])
    }

    func testBrokenInputNamesTheFileLineAndWhatWasExpected() throws {
        let xml = try String(contentsOfFile: try Fixture.path("records.xml"), encoding: .utf8)
        let truncated = String(xml.prefix(900))
        assertError(try RecordReader.read(truncated, file: "cut.xml"), "cut.xml:19:1: error: expected '</ELocationID>' before the end of the file: the XML is truncated")
        let medline = try String(contentsOfFile: try Fixture.path("records.nbib"), encoding: .utf8)
        let untitled = medline.replacingOccurrences(of: "TI  - A letter about an imaginary registry.\n", with: "")
        assertError(try RecordReader.read(untitled, file: "x.nbib"), "x.nbib:35:1: error: the MEDLINE record beginning here has no title: expected a 'TI  - ' field")
        assertError(try RecordReader.read("PMID- 1\nTI  - x\nnot a field\n", file: "y.nbib"), "y.nbib:3:1: error: expected a MEDLINE field")
        assertError(try RecordReader.read("Just some notes.\nNothing else.\n", file: "notes.txt"), "notes.txt:1:1: error: expected a PubMed record")
        assertError(try RecordReader.read("<html><body>no</body></html>", file: "p.xml"), "p.xml:1:1: error: expected a PubMed XML file whose root element is 'PubmedArticleSet'")
        // A title that is only a full stop is no title: the record is refused, not written with an empty title.
        assertError(try RecordReader.read("J Fict Med\n.\n. 2024 Feb;12(3):45-52.\n.\n.\n", file: "dots.txt"), "dots.txt:", "has no title")
        // Fields with no letter or digit state nothing: an empty DOI of `LID -  [doi]`, an empty publication type.
        let empty = try RecordReader.read("PMID- 1\nTI  - x\nLID -  [doi]\nPT  - \n", file: "empty.nbib")
        XCTAssertEqual(empty.map(\.doi), [nil])
        XCTAssertEqual(empty.map(\.types), [[]])
        // A file whose extension names one format and whose text is another is refused at its first line.
        assertError(try RecordReader.read(medline, file: "records.xml"), "records.xml:1:1: error: the file is named as PubMed XML but reads as MEDLINE",
                    "expected XML that begins with '<'")
        assertError(try RecordReader.read(xml, file: "records.nbib"), "records.nbib:1:1: error: the file is named as MEDLINE but reads as PubMed XML",
                    "expected MEDLINE lines such as 'PMID- 12345678'")
        XCTAssertEqual(try RecordReader.read(medline, file: "records.txt").count, try RecordReader.read(medline, file: "records.nbib").count,
                       "a .txt file is read as what it holds")
        XCTAssertThrowsError(try RecordReader.read("<PubmedArticleSet>\n<PubmedArticle>Fish & chips</PubmedArticle>\n</PubmedArticleSet>\n", file: "amp.xml")) {
            XCTAssertEqual(($0 as? KnowledgeError)?.diagnostics.map { $0.rendered() }, [
                "amp.xml:2:21: error: expected well-formed PubMed XML ('&' that begins no entity reference (write '&amp;' for an ampersand))\n" +
                " 2 | <PubmedArticle>Fish & chips</PubmedArticle>\n   |                     ^",
            ])
        }
    }

    func testAuthorsWithoutANameAreLeftOut() throws {
        let records = try RecordReader.read("PMID- 1\nTI  - x\nFAU - \nFAU - ,\nFAU - Smith, Ann\nFAU - ,,\n", file: "a.nbib")
        XCTAssertEqual(records.first?.authors.map(\.name), ["Ann Smith"])
    }

    func testADateIsKeptOnlyAsFarAsTheCalendarHasIt() {
        let dates = ["2024 Feb 29": "2024-02-29", "2023 Feb 29": "2023-02", "2021 Apr 31": "2021-04", "2021 Jun -1": "2021-06",
                     "+123 Jan": nil, "-999": nil, "２０２０": nil, "1998 Dec-1999 Jan": "1998"]
        for (text, date) in dates {
            var record = PublicationRecord(title: "T", location: SourceLocation(file: "f", line: 1, column: 1))
            record.dateText = text
            XCTAssertEqual(record.date, date, text)
        }
    }

    func testCRLFLineEndingsReadAsLineFeeds() throws {
        for name in ["page.txt", "page-full.txt", "page-lost-journal.txt", "page-short.txt", "abstracts.txt", "records.nbib", "records.xml"] {
            let text = try String(contentsOfFile: try Fixture.path(name), encoding: .utf8)
            let crlf = try RecordReader.read(text.replacingOccurrences(of: "\n", with: "\r\n"), file: name)
            XCTAssertEqual(crlf, try RecordReader.read(text, file: name), name)
        }
        let truncated = "<PubmedArticleSet>\r\n<PubmedArticle>\r\n"
        XCTAssertThrowsError(try RecordReader.read(truncated, file: "cut.xml")) { error in
            XCTAssertTrue(String(describing: error).hasPrefix("cut.xml:3:1: error: expected '</PubmedArticle>'"), String(describing: error))
        }
    }

    func testAByteOrderMarkAndBlankLinesBeforeTheXMLDeclarationAreRead() throws {
        let xml = try String(contentsOfFile: try Fixture.path("records.xml"), encoding: .utf8)
        XCTAssertTrue(xml.hasPrefix("<?xml"))
        XCTAssertEqual(try RecordReader.read("\u{FEFF}\n\n" + xml, file: "late.xml"), try RecordReader.read(xml, file: "late.xml").map { record in
            var moved = record
            moved.location.line += 2
            return moved
        })
        assertError(try RecordReader.read("\u{FEFF}\n\n" + String(xml.prefix(900)), file: "cut.xml"),
                    "cut.xml:21:1: error: expected '</ELocationID>' before the end of the file: the XML is truncated")
    }

    func testDeeplyNestedMarkupInATitleIsReadInLinearTime() throws {
        let depth = 20_000
        let title = String(repeating: "<i>", count: depth) + "Deep." + String(repeating: "</i>", count: depth)
        let xml = "<PubmedArticleSet><PubmedArticle><MedlineCitation><Article><ArticleTitle>\(title)</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"
        let start = Date()
        XCTAssertEqual(try RecordReader.read(xml, file: "deep.xml").map(\.title), ["Deep"])
        XCTAssertLessThan(Date().timeIntervalSince(start), 5, "each element looked through every open element")
    }

    private func assertError(_ expression: @autoclosure () throws -> [PublicationRecord], _ prefix: String, _ contains: String = "",
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try expression(), file: file, line: line) { error in
            let text = String(describing: error)
            XCTAssertTrue(text.hasPrefix(prefix), text, file: file, line: line)
            XCTAssertTrue(contains.isEmpty || text.contains(contains), text, file: file, line: line)
        }
    }
}

private extension PublicationRecord {
    /// `record` read from another place, to compare what two readers found.
    init(copying record: PublicationRecord, location: SourceLocation) {
        self = record
        self.location = location
    }
}
