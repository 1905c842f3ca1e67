import KnowledgeGraph
import XCTest
@testable import KnowledgeImport

/// PubMed's Abstract (text) export: every numbered record is read, wrapped lines are joined, and the
/// export's other paragraphs (affiliations, links to comments, copyright, conflicts) stay out.
final class AbstractTextReaderTests: XCTestCase {
    func testEveryRecordOfTheExportIsRead() throws {
        let records = try Fixture.records("abstracts.txt")
        XCTAssertEqual(records.map(\.title), [
            "Zorvamab versus placebo in invented adults with grey fever: a randomized trial",
            "A letter about zorvamab and grey fever",
            "Grey fever in invented children: a scoping review",
        ])
        XCTAssertEqual(records.map(\.location.line), [1, 33, 48])
        XCTAssertEqual(records.map(\.pmid), ["99900021", "99900031", "99900041"])
        XCTAssertEqual(records.map(\.doi), ["10.5555/jim.2021.0112", nil, "10.5555/jim.2024.0001"])
        XCTAssertEqual(records.map(\.citationLine), ["J Imag Med. 2021 Nov 3;26(4):e112.", "J Imag Med. 2019 Apr;24(3):250.", "J Imag Med. 2024 Jan 5:S0000-0000(24)00001-1."])
        XCTAssertEqual(records.map { $0.authors.map(\.name) }, [["Reyvik T", "de la Fuente A", "Quillon M"], ["Holm A"], ["Quillon M", "Reyvik T", "Imaginary Grey Fever Study Group"]])
        XCTAssertEqual(records[0].authors.map(\.familyName), ["Reyvik", "de la Fuente", "Quillon"])
        XCTAssertEqual(records[0].abstract.map(\.label), ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"])
        XCTAssertEqual(records[0].abstract[2].text, "Fever resolved in 21 of 30 imaginary adults given zorvamab and in 12 of 30 given placebo.")
        XCTAssertEqual(records[1].abstract, [])
        XCTAssertEqual(records[2].abstract, [.init(text: "Grey fever is invented for software tests. This review of invented studies in invented children states nothing about real medicine.")])
        XCTAssertEqual(records.map(\.keywords), [[], [], ["children", "grey fever", "scoping review"]])
        // The export prints neither publication types nor MeSH headings.
        XCTAssertEqual(records.map(\.missing), [["publication type", "topics"], ["DOI", "publication type", "abstract", "topics"], ["volume", "issue", "publication type"]])
        let text = records.map { PackSource(record: $0).text }.joined()
        for left in ["Author information", "Imaginary Clinic", "©", "Copyright", "PMCID", "Conflict of interest", "they are invented", "Comment in", "Jun;24(4):300"] {
            XCTAssertFalse(text.contains(left), left)
        }
    }

    func testTheExportAndThePageOfOneArticleAgree() throws {
        let page = try XCTUnwrap(try Fixture.records("page-full.txt").first)
        let export = try XCTUnwrap(try Fixture.records("abstracts.txt").first)
        XCTAssertEqual(page.title, export.title)
        XCTAssertEqual(page.citationLine, export.citationLine)
        XCTAssertEqual([page.doi, page.pmid, page.date], [export.doi, export.pmid, export.date])
        XCTAssertEqual(page.authors.map(\.familyName), export.authors.map(\.familyName))
        XCTAssertEqual(page.abstract.map { $0.label?.uppercased() }, export.abstract.map(\.label))
        XCTAssertEqual(page.abstract.map(\.text), export.abstract.map(\.text))
    }

    func testARecordNumberInsideAnAbstractStartsNoRecord() throws {
        let text = "1. J Imag Med. 2020 Jun;25(3):301-9.\n\nA title.\n\nHolm A(1).\n\nFirst paragraph.\n\n3. J Imag Med. 2019 Jan;1:1. is cited.\n\nPMID: 1\n"
        let records = try RecordReader.read(text, file: "one.txt")
        XCTAssertEqual(records.count, 1)
        XCTAssertEqual(records.first?.abstract.map(\.text), ["First paragraph.", "3. J Imag Med. 2019 Jan;1:1. is cited."])
    }

    func testADOIThatDisagreesWithTheCitationLineIsLeftOutAndNoted() throws {
        let text = try String(contentsOfFile: try Fixture.path("abstracts.txt"), encoding: .utf8)
            .replacingOccurrences(of: "DOI: 10.5555/jim.2021.0112", with: "DOI: 10.5555/jim.2021.9999")
        let record = try XCTUnwrap(try RecordReader.read(text, file: "abstracts.txt").first)
        XCTAssertNil(record.doi)
        XCTAssertEqual(record.notes.map(\.description), [
            "abstracts.txt:25:1: warning: the DOI '10.5555/jim.2021.9999' here disagrees with '10.5555/jim.2021.0112' of the citation line at line 1, so the DOI is left out; expected the export as PubMed wrote it",
        ])
    }

    func testAnExportThatIsNotOneIsALocatedError() {
        XCTAssertThrowsError(try RecordReader.read("Saved from PubMed\n\n1. J Imag Med. 2020 Jun;25(3):301-9.\n\nA title.\n", file: "e.txt", as: .abstractText)) { error in
            XCTAssertEqual(String(describing: error), "e.txt:1:1: error: expected PubMed's Abstract (text) export to begin with its first record's numbered citation line, such as '1. Cancer Invest. 2006 Mar;24(2):187-91.'")
        }
        XCTAssertThrowsError(try RecordReader.read("\n\n", file: "e.txt", as: .abstractText)) { error in
            XCTAssertEqual(String(describing: error), "e.txt:1:1: error: expected PubMed's Abstract (text) export: numbered records such as '1. Cancer Invest. 2006 Mar;24(2):187-91.'")
        }
        XCTAssertThrowsError(try RecordReader.read("1. J Imag Med. 2020 Jun;25(3):301-9.\n\nA title.\n\nPMID: 1\n\n2. J Imag Med. 2020 Jul;25(4):1.\n\nDOI: 10.5555/x\nPMID: 2\n", file: "e.txt")) { error in
            XCTAssertEqual(String(describing: error), "e.txt:7:1: error: the record numbered 2 has no title: expected the title in the paragraph after its citation line")
        }
    }
}
