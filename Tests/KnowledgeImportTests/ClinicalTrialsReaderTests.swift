import Foundation
import KnowledgeGraph
import XCTest
@testable import KnowledgeImport

/// The ClinicalTrials.gov reader reads the fictional studies of Fixtures/ctgov as their JSON states
/// them, each study of a page of search results, and says where a file stops being a study record.
final class ClinicalTrialsReaderTests: XCTestCase {
    func testAStudyRecordIsReadAsItsJSONStatesIt() throws {
        let trial = try XCTUnwrap(try Fixture.trials("ctgov/NCT09999901.json").first)
        XCTAssertEqual(trial.nctID, "NCT09999901")
        XCTAssertEqual(trial.acronym, "KESTREL-3")
        XCTAssertEqual(trial.briefTitle, "Zorvamab Versus Placebo in Adults With Grey Fever")
        XCTAssertEqual(trial.overallStatus, "COMPLETED")
        XCTAssertEqual(trial.phases, ["PHASE3"])
        XCTAssertEqual([trial.allocation, trial.interventionModel, trial.masking], ["RANDOMIZED", "PARALLEL", "QUADRUPLE"])
        XCTAssertEqual(trial.whoMasked, ["PARTICIPANT", "CARE_PROVIDER", "INVESTIGATOR", "OUTCOMES_ASSESSOR"])
        XCTAssertEqual(trial.enrollment, "240")
        XCTAssertEqual(trial.enrollmentType, "ACTUAL")
        XCTAssertEqual(trial.startDate, .init(date: "2021-03-15", type: "ACTUAL"))
        XCTAssertEqual(trial.firstSubmitted, "2021-01-20")
        XCTAssertEqual(trial.leadSponsor, .init(name: "Kestrel Therapeutics", kind: "INDUSTRY"))
        XCTAssertEqual(trial.collaborators.map(\.name), ["Northbury Institute of Imaginary Medicine"])
        XCTAssertEqual(trial.arms.map(\.label), ["Zorvamab", "Placebo"])
        XCTAssertEqual(trial.arms.map(\.interventionNames), [["Drug: Zorvamab"], ["Drug: Placebo"]])
        XCTAssertEqual(trial.interventions.map(\.armGroupLabels), [["Zorvamab"], ["Placebo"]])
        XCTAssertEqual(trial.outcomes.map(\.role), [.primary, .secondary, .secondary])
        XCTAssertEqual(trial.outcomes.map(\.timeFrame), ["Up to 28 days", "Up to 12 weeks", "Up to 12 weeks"])
        XCTAssertEqual(trial.conditions, ["Grey Fever"])
        XCTAssertEqual(trial.conditionMeshes, [.init(id: "D999901", term: "Grey Fever"), .init(id: "D999902", term: "Ash Fevers")])
        XCTAssertEqual(trial.eligibilityCriteria?.components(separatedBy: "\n").first, "Inclusion Criteria:")
        XCTAssertEqual(trial.locations, ["Kestrel Research Clinic, Northbury, Ruritania", "Heron Hospital, Southwick, Westmark, Ruritania"])
        XCTAssertEqual(trial.hasResults, false)
        XCTAssertEqual(trial.location, SourceLocation(file: "ctgov/NCT09999901.json", line: 1, column: 1))
        XCTAssertEqual(trial.notes, [])
    }

    func testEveryStudyOfASearchResultsPageIsReadAndMissingFieldsStayMissing() throws {
        let trials = try Fixture.trials("ctgov/search-results.json")
        XCTAssertEqual(trials.map(\.nctID), ["NCT09999902", "NCT09999903"])
        XCTAssertEqual(trials.map(\.location.line), [3, 203])
        let terminated = trials[0], single = trials[1]
        XCTAssertEqual(terminated.whyStopped, "The sponsor stopped the study because too few participants enrolled.")
        XCTAssertEqual(terminated.phases, ["PHASE2", "PHASE3"])
        XCTAssertNil(terminated.acronym)
        XCTAssertNil(terminated.maximumAge)
        XCTAssertEqual(terminated.whoMasked, [])
        XCTAssertEqual(single.allocation, "NA")
        XCTAssertEqual(single.enrollmentType, "ESTIMATED")
        XCTAssertEqual(single.completionDate, .init(date: "2027-12", type: "ESTIMATED"))
        XCTAssertNil(single.whyStopped)
    }

    func testOnlyJSONFilesAreForThisReader() {
        XCTAssertTrue(ClinicalTrialsReader.accepts("", file: "NCT09999901.JSON"))
        XCTAssertTrue(ClinicalTrialsReader.accepts("\u{FEFF}\n  {\"studies\": []}", file: "download"))
        XCTAssertTrue(ClinicalTrialsReader.accepts("[\n {\"protocolSection\": {}}]", file: "x.txt"))
        XCTAssertTrue(ClinicalTrialsReader.accepts("[ ]", file: "x.txt"))
        XCTAssertFalse(ClinicalTrialsReader.accepts("[Zorvamab in grey fever].\nAbstract\n", file: "page.txt"))
        XCTAssertFalse(ClinicalTrialsReader.accepts("  \n", file: "empty.txt"))
        XCTAssertFalse(ClinicalTrialsReader.accepts("PMID- 1\nTI  - x\n", file: "x.nbib"))
        XCTAssertFalse(ClinicalTrialsReader.accepts("<PubmedArticleSet/>", file: "x.xml"))
    }

    func testAFileThatIsNoStudyRecordIsALocatedError() {
        assertError("{\"resultsSection\": {}}", "x.json:1:1: error: expected a ClinicalTrials.gov study record (API version 2): no protocolSection")
        assertError("\"NCT09999901\"", "x.json:1:1: error: expected a ClinicalTrials.gov study record (API version 2): no protocolSection")
        assertError("{\"studies\": [\n  {\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT09999901\"}}},\n  {\"hasResults\": false}\n]}",
                    "x.json:3:3: error: expected a ClinicalTrials.gov study record (API version 2): no protocolSection")
        assertError("{\"studies\": {}}", "x.json:1:13: error: expected 'studies' to be an array of ClinicalTrials.gov study records")
        assertError("{\"protocolSection\": {\"identificationModule\": {}}}", "x.json:1:21: error: the study has no protocolSection.identificationModule.nctId; expected its NCT number")
        assertError("{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT123\"}}}",
                    "x.json:1:21: error: the study's nctId is 'NCT123'; expected NCT followed by 8 digits, such as NCT01234567")
        assertError("{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT09999901\"},\n \"statusModule\": {\"overallStatus\": 3}}}",
                    "x.json:2:36: error: expected 'protocolSection.statusModule.overallStatus' to be a string, found a number")
        assertError("{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT09999901\"}, \"conditionsModule\": {\"conditions\": [\"a\", 1]}}}",
                    "x.json:1:113: error: expected each element of 'protocolSection.conditionsModule.conditions' to be a string, found a number")
        assertError("{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT09999901\",}}}",
                    "x.json:1:70: error: expected well-formed JSON (expected a member name in double quotes)")
    }

    func testAPageHoldsAtMostTheMaximumNumberOfStudies() throws {
        let study = "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT09999901\"}}}"
        let page = { (count: Int, separator: String) in "{\"studies\": [" + Array(repeating: study, count: count).joined(separator: separator) + "]}" }
        // On one line, as the API writes a page: its columns are counted once, not once per value.
        let trials = try ClinicalTrialsReader.read(page(ClinicalTrialsReader.maximumStudies, ","), file: "x.json")
        XCTAssertEqual(trials.count, ClinicalTrialsReader.maximumStudies)
        XCTAssertEqual(trials.last?.location.column, 14 + (study.count + 1) * (ClinicalTrialsReader.maximumStudies - 1))
        assertError(page(ClinicalTrialsReader.maximumStudies + 1, ",\n"), "x.json:10001:1: error: the file holds more than 10000 studies; expected at most 10000")
    }

    func testWhatTheReaderLeavesOutItNotes() throws {
        let text = """
            {"protocolSection": {"identificationModule": {"nctId": "NCT09999901"},
              "armsInterventionsModule": {"armGroups": [{"type": "EXPERIMENTAL"}], "interventions": [{"type": "DRUG"}]},
              "outcomesModule": {"primaryOutcomes": [{"timeFrame": "Day 1"}]}}}
            """
        let trial = try XCTUnwrap(try ClinicalTrialsReader.read(text, file: "x.json").first)
        XCTAssertEqual(trial.notes, ["the arm group at line 2 has no label", "the intervention at line 2 has no name", "the primary outcome at line 3 names no measure"])
        XCTAssertTrue(trial.arms.isEmpty && trial.interventions.isEmpty && trial.outcomes.isEmpty)
    }

    func testTextIsCleanedOfControlCharactersAndKeepsItsParagraphs() throws {
        let text = #"{"protocolSection": {"identificationModule": {"nctId": "NCT09999901", "briefTitle": "  A\u0000title\twith\r\nbreaks "},"#
            + #" "descriptionModule": {"briefSummary": "\n\nFirst line.  \r\nSecond\u0007line.\r\n\r\n\r\nNext paragraph.\u2028Its line.\n\n"}}}"#
        let trial = try XCTUnwrap(try ClinicalTrialsReader.read(text, file: "x.json").first)
        XCTAssertEqual(trial.briefTitle, "A title with breaks")
        XCTAssertEqual(trial.briefSummary, "First line.\nSecond line.\n\n\nNext paragraph.\nIts line.")
    }

    private func assertError(_ text: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try ClinicalTrialsReader.read(text, file: "x.json"), file: file, line: line) { error in
            XCTAssertEqual(String(describing: error), expected, file: file, line: line)
        }
    }
}
