import EmbeddedKnowledge
import Foundation
import KnowledgeGraph
import KnowledgeStore
import XCTest
@testable import KnowledgeImport

/// A trial's pack is its record rendered as labelled lines and the facts those lines state, each
/// mapped to the schema's words; what has no place is left out and noted, never guessed.
final class TrialPackTests: XCTestCase {
    private static let golden = ["ctgov/NCT09999901.json": ["nct09999901"], "ctgov/search-results.json": ["nct09999902", "nct09999903"]]

    private func schema() throws -> (text: String, path: String) {
        guard let bytes = EmbeddedKnowledge.files()["schema.yaml"], let text = String(validating: bytes, as: UTF8.self) else {
            throw KnowledgeError(Diagnostic(location: nil, message: "the embedded knowledge has no schema.yaml"))
        }
        return (text, "schema.yaml")
    }

    private func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kx-trials-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url.path
    }

    /// A minimal record with the fields a test sets.
    private func trial(_ change: (inout TrialRecord) -> Void) -> TrialRecord {
        var trial = TrialRecord(nctID: "NCT09999909", location: SourceLocation(file: "x.json", line: 1, column: 1))
        trial.briefTitle = "A fictional study"
        change(&trial)
        return trial
    }

    private func facts(_ change: (inout TrialRecord) -> Void) -> (facts: String, notes: [String], source: String) {
        let pack = PackWriter.pack(trial(change), id: "nct09999909")
        return (pack.facts, pack.notes, pack.source)
    }

    func testThePacksAreTheGoldenFiles() throws {
        for (file, ids) in Self.golden {
            let packs = try Fixture.trials(file).map { PackWriter.pack($0, id: PackWriter.baseID($0)) }
            XCTAssertEqual(packs.map(\.id), ids)
            for pack in packs {
                let folder = try Fixture.path("ctgov/packs/" + pack.id)
                XCTAssertEqual(pack.source, try String(contentsOfFile: folder + "/source.txt", encoding: .utf8), pack.id)
                XCTAssertEqual(pack.facts, try String(contentsOfFile: folder + "/facts.yaml", encoding: .utf8), pack.id)
            }
        }
    }

    func testTheGoldenPacksLoadAndShareTheirConditionsAndSponsors() throws {
        let graph = try KnowledgeLoader.load([KnowledgeFiles(directory: try Fixture.path("ctgov/packs"))], defaultSchema: try schema())
        XCTAssertEqual(graph.documentIDs.sorted(), ["nct09999901", "nct09999902", "nct09999903"])
        XCTAssertEqual(graph.entities(ofKind: "trial").map(\.id).sorted(), ["nct09999901", "nct09999902", "nct09999903"])
        // A MeSH heading has the id a PubMed record's topic of it has, so papers and trials share it.
        let greyFever = try XCTUnwrap(graph.entity(id: "mesh-grey-fever"))
        XCTAssertEqual(greyFever.xrefs, [Xref(prefix: "mesh", value: "D999901")])
        XCTAssertEqual(Set(greyFever.attributes.map(\.document)), ["nct09999901", "nct09999902"])
        XCTAssertEqual(graph.entities(ofKind: "organization").map(\.id).sorted(), ["kestrel-therapeutics", "northbury-institute-of-imaginary-medicine"])
        let terminated = try XCTUnwrap(graph.entity(id: "nct09999902"))
        XCTAssertEqual(terminated.attribute("status")?.value.description, "terminated")
        XCTAssertEqual(terminated.attribute("phase")?.value.description, "phase-2-3")
        let single = try XCTUnwrap(graph.entity(id: "nct09999903"))
        XCTAssertNil(single.attribute("allocation"))
        XCTAssertEqual(single.attribute("model")?.value.description, "single-group")
        XCTAssertEqual(single.attribute("enrollment-type")?.value.description, "estimated")
    }

    func testImportedTrialsAreWrittenAsPacksNamedFromTheirNCTNumbers() throws {
        let root = try temporaryFolder()
        let trials = try Fixture.trials("ctgov/search-results.json")
        let packs = try PackWriter.packs(trials, root: root, force: false, taken: ["nct09999902"])
        XCTAssertEqual(packs.map(\.id), ["nct09999902-2", "nct09999903"])
        try PackWriter.write(packs, root: root)
        XCTAssertThrowsError(try PackWriter.packs(trials, root: root, force: false)) { error in
            XCTAssertEqual(String(describing: error), "ctgov/search-results.json:203:5: error: the pack folder '\(root)/nct09999903' already holds this record; expected a record not yet imported, or --force to replace it")
        }
        XCTAssertEqual(try PackWriter.packs(Array(trials.suffix(1)), root: root, force: true).map(\.id), ["nct09999903"])
    }

    func testEnumeratedValuesAreTheSchemasAndUnknownOnesAreLeftOutAndNoted() {
        let mapped = facts {
            $0.overallStatus = "ACTIVE_NOT_RECRUITING"
            $0.phases = ["PHASE1", "PHASE2"]
            $0.allocation = "NON_RANDOMIZED"
            $0.interventionModel = "CROSSOVER"
            $0.masking = "DOUBLE"
            $0.whoMasked = ["PARTICIPANT", "OUTCOMES_ASSESSOR"]
            $0.arms = [.init(label: "Sham", type: "SHAM_COMPARATOR")]
        }
        for line in ["      status: {value: \"active-not-recruiting\", quote: \"Overall status: Active, not recruiting\"}",
                     "      phase: {value: \"phase-1-2\", quote: \"Phase: Phase 1/Phase 2\"}",
                     "      allocation: {value: \"non-randomized\", quote: \"Allocation: Non-Randomized\"}",
                     "      model: {value: \"crossover\", quote: \"Intervention model: Crossover Assignment\"}",
                     "      masking: {value: \"double\", quote: \"Masking: Double (Participant, Outcomes Assessor)\"}",
                     "      blinded: {value: \"Participant, Outcomes Assessor\", quote: \"Masking: Double (Participant, Outcomes Assessor)\"}",
                     "      role: {value: \"sham-comparator\", quote: \"Arm group: Sham Arm type: Sham Comparator\"}"] {
            XCTAssertTrue(mapped.facts.contains(line + "\n"), line)
        }
        XCTAssertEqual(mapped.notes, [])
        let unknown = facts {
            $0.overallStatus = "PAUSED"
            $0.phases = ["PHASE1", "PHASE3"]
            $0.allocation = "NA"
            $0.masking = "BLINDFOLD"
            $0.enrollment = "2.5e2"
            $0.startDate = .init(date: "2021-13", type: "ACTUAL")
            $0.arms = [.init(label: "A", type: "CONTROL")]
        }
        for absent in ["status:", "phase:", "allocation:", "masking:", "enrollment:", "start-date:", "role:"] {
            XCTAssertFalse(unknown.facts.contains("      " + absent), absent)
        }
        XCTAssertEqual(unknown.notes, [
            "the overall status 'PAUSED' is not a value ClinicalTrials.gov defines: left out",
            "the phases PHASE1, PHASE3 have no value in the schema's phase: left out",
            "the allocation 'NA' (N/A) has no value in the schema: left out",
            "the masking 'BLINDFOLD' is not a value ClinicalTrials.gov defines: left out",
            "the enrollment '2.5e2' is not a whole number: left out",
            "the start date '2021-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD): left out",
            "the arm type of 'A' 'CONTROL' is not a value ClinicalTrials.gov defines: left out",
        ])
        XCTAssertTrue(unknown.source.contains("\nOverall status: PAUSED\n"))
    }

    func testAMeshIDIsAConditionsOnlyWhenItsTermIsTheCondition() {
        let result = facts {
            $0.conditions = ["Grey fever", "Ash Cough", "Grey Fever"]
            $0.conditionMeshes = [.init(id: "D999902", term: "Ash Fevers"), .init(id: "D999901", term: "Grey  Fever"), .init(id: "C999903", term: "Ash Cough")]
        }
        XCTAssertTrue(result.facts.contains("  - id: mesh-grey-fever\n    kind: topic\n    name: \"Grey fever\"\n    quote: \"Condition: Grey fever\"\n    xrefs: {mesh: \"D999901\"}\n"), result.facts)
        XCTAssertTrue(result.facts.contains("  - id: ash-cough\n    kind: topic\n    name: \"Ash Cough\"\n    quote: \"Condition: Ash Cough\"\n\nrelations:"), result.facts)
        XCTAssertEqual(result.facts.components(separatedBy: "type: conditions").count - 1, 2)
        XCTAssertEqual(result.notes, ["the MeSH term Ash Cough has the id 'C999903', which is not a MeSH descriptor id (D and digits): left out",
                                      "the MeSH term Ash Fevers (D999902) is not the name of a condition of the record: left out"])
    }

    func testArmsReceiveWhatTheyListOrWhatListsThemWithTheirOwnQuotes() {
        let result = facts {
            $0.arms = [.init(label: "High dose", type: "EXPERIMENTAL", interventionNames: ["Drug: Zorvamab", "Device: Pump"]),
                       .init(label: "Low dose", type: "EXPERIMENTAL"), .init(label: "High dose!", type: "EXPERIMENTAL")]
            $0.interventions = [.init(type: "DRUG", name: "Zorvamab", armGroupLabels: ["High dose", "Low dose", "Medium dose"]),
                                .init(type: "RADIATION", name: "Ash light")]
        }
        XCTAssertEqual(result.facts.components(separatedBy: "\n  - id: nct09999909-arm-high-dose").count - 1, 2, "the second 'High dose' arm is -2")
        XCTAssertTrue(result.facts.contains("  - id: nct09999909-arm-high-dose-2\n"))
        XCTAssertTrue(result.facts.contains("  - id: nct09999909-ash-light\n    kind: treatment\n"))
        XCTAssertTrue(result.facts.contains("  - {subject: nct09999909-arm-high-dose, type: receives, object: nct09999909-zorvamab, quote: \"Arm group: High dose Arm type: Experimental Arm intervention: Drug: Zorvamab\"}"))
        XCTAssertTrue(result.facts.contains("  - {subject: nct09999909-arm-low-dose, type: receives, object: nct09999909-zorvamab, quote: \"Intervention: Drug: Zorvamab Intervention arm group: High dose Intervention arm group: Low dose\"}"))
        XCTAssertEqual(result.facts.components(separatedBy: "type: receives").count - 1, 2)
        XCTAssertEqual(result.notes, ["the arm group 'High dose' lists 'Device: Pump', which names no intervention of the record: no receives relation",
                                      "the intervention 'Zorvamab' lists the arm group 'Medium dose', which the record does not have: no receives relation"])
    }

    func testAnIndividualSponsorAnEstimatedDateAndAnObservationalStudyAreSaidSo() {
        let result = facts {
            $0.studyType = "OBSERVATIONAL"
            $0.timePerspective = "PROSPECTIVE"
            $0.leadSponsor = .init(name: "Ada Heron", kind: "INDIV")
            $0.collaborators = [.init(name: "Heron Hospital", kind: "OTHER"), .init(name: "Heron hospital", kind: nil)]
            $0.completionDate = .init(date: "2030", type: "ESTIMATED")
            $0.hasResults = true
        }
        XCTAssertTrue(result.facts.contains("    note: \"ClinicalTrials.gov lists this study as observational, not as an interventional trial.\"\n"))
        XCTAssertTrue(result.facts.contains("      timing: {value: \"prospective\", quote: \"Time perspective: Prospective\"}\n"))
        XCTAssertTrue(result.facts.contains("      completion-date: {value: \"2030\", quote: \"Completion date: 2030 (estimated)\", note: \"ClinicalTrials.gov gives this date as estimated, not actual.\"}\n"))
        XCTAssertFalse(result.facts.contains("Ada Heron\"\n"))
        XCTAssertEqual(result.facts.components(separatedBy: "kind: organization").count - 1, 1)
        XCTAssertEqual(result.facts.components(separatedBy: "type: collaborator, object: heron-hospital").count - 1, 2)
        XCTAssertEqual(result.notes, ["the sponsor 'Ada Heron' is an individual (class INDIV), and a sponsor is an organization: left out",
                                      "the record has results, which kx import does not read: see resultsSection"])
    }

    func testEveryPackOfAnOddRecordLoads() throws {
        let root = try temporaryFolder()
        let odd = trial {
            $0.briefTitle = "Ünïcode \"quoted\" \\ title: with a colon"
            $0.conditions = ["中文", "中文"]
            $0.arms = [.init(label: "?", description: "Line one.\nLine two.")]
            $0.outcomes = [.init(role: .other, measure: "Time frame: tricky", timeFrame: "Time frame: tricky")]
            $0.leadSponsor = .init(name: "—", kind: "INDUSTRY")
            $0.eligibilityCriteria = "Adults.\n\n* Criterion: one"
            $0.briefSummary = "Arm group: ? Arm type: none. A sentence that\nspans two lines."
        }
        let pack = PackWriter.pack(odd, id: "odd")
        XCTAssertTrue(pack.facts.hasSuffix("#   3. A sentence that spans two lines.\n"), pack.facts)
        try PackWriter.write([pack], root: root)
        let graph = try KnowledgeLoader.load([KnowledgeFiles(directory: root)], defaultSchema: try schema())
        XCTAssertEqual(graph.entities(ofKind: "topic").map(\.id), ["nct09999909-condition-1"])
        XCTAssertEqual(graph.entities(ofKind: "arm").map(\.id), ["nct09999909-arm-1"])
        XCTAssertEqual(graph.entities(ofKind: "organization").map(\.id), ["nct09999909-organization-1"])
    }
}
