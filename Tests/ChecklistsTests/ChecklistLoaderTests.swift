import KnowledgeGraph
import XCTest
@testable import Checklists

/// Reading checklist files: the shipped ones hold every item of their statement, and a file with
/// mistakes is refused with every problem at its place, with what was probably meant.
final class ChecklistLoaderTests: XCTestCase {
    func testTheShippedChecklistsHoldEveryItem() throws {
        let schema = try ChecklistKnowledge.graph(ChecklistKnowledge.seed).schema
        let loaded = Checklist.loadAll(in: [ChecklistKnowledge.builtIn], schema: schema)
        XCTAssertEqual(loaded.diagnostics.map { $0.rendered() }, [])
        XCTAssertEqual(loaded.checklists.map(\.name), ["consort-abstracts", "prisma-abstracts"])
        let consort = try ChecklistKnowledge.checklist("consort-abstracts")
        XCTAssertEqual(consort.title, "CONSORT for Abstracts (2010)")
        XCTAssertEqual(consort.subjects, ChecklistSubjects(kind: "trial", filters: []))
        XCTAssertEqual(consort.items.map(\.id), [
            "title", "authors", "trial-design", "participants", "interventions", "objective", "primary-outcome", "randomisation", "blinding",
            "numbers-randomised", "recruitment", "numbers-analysed", "outcome-results", "harms", "conclusions", "trial-registration", "funding",
        ])
        let prisma = try ChecklistKnowledge.checklist("prisma-abstracts")
        XCTAssertEqual(prisma.subjects.description, "publication with type systematic-review or meta-analysis")
        XCTAssertEqual(prisma.items.map(\.id), [
            "title", "objectives", "eligibility-criteria", "information-sources", "risk-of-bias", "synthesis-methods", "included-studies",
            "synthesis-of-results", "limitations", "interpretation", "funding", "registration",
        ])
        for item in consort.items + prisma.items {
            XCTAssertFalse(item.fields.isEmpty, item.id)
            XCTAssertFalse(item.cues.isEmpty, item.id)
        }
    }

    func testFieldPathsResolveThroughRelations() throws {
        let fields = try ChecklistKnowledge.checklist("consort-abstracts").items.flatMap(\.fields)
        let byPath = Dictionary(fields.map { ($0.written, $0) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(byPath["arms.randomized"]?.hops, [ChecklistField.Hop(relation: "arms", direction: .outgoing)])
        XCTAssertEqual(byPath["arms.randomized"]?.target, .attribute("randomized"))
        XCTAssertEqual(byPath["reported_in.title"]?.hops, [ChecklistField.Hop(relation: "reports", direction: .incoming)])
        XCTAssertEqual(byPath["outcomes.results.estimate"]?.hops.map(\.relation), ["outcomes", "result_for"])
        XCTAssertEqual(byPath["observed"]?.target, .relation("observed_in", .incoming))
        XCTAssertEqual(byPath["xrefs.nct"]?.target, .xrefs("nct"))
    }

    func testChecklistsAreNotPacks() {
        XCTAssertTrue(KnowledgeFiles.reservedFolders.contains(Checklist.folder))
    }

    func testEveryProblemOfAFileIsReportedAtItsPlace() throws {
        let schema = try ChecklistKnowledge.graph(ChecklistKnowledge.seed).schema
        let text = """
            title: A broken checklist
            applies-to: {kind: trial, where: {phase: [phase-33], colour: [red]}}
            items:
              - id: numbers
                name: Numbers
                asks: How many?
                fields: [arms.randmized, enrolment, xrefs.nctt, status.name]
                cues: ['\\bn ?=(\\d', "a**", 'it''s [z-a]']
              - id: numbers
                name: Again
                asks: Again?
                feilds: [title]
              - id: Bad Id
                name: Bad
                asks: Bad?
                fields: [receives]
                look-in: [Title]

            """
        XCTAssertThrowsError(try Checklist.load(text: text, file: "checklists/bad.yaml", name: "bad", schema: schema)) { error in
            let rendered = (error as? KnowledgeError)?.diagnostics.map { $0.rendered() }.joined(separator: "\n")
            XCTAssertEqual(rendered, """
                checklists/bad.yaml:2:43: error: 'phase-33' is not a value of 'phase'
                 2 | applies-to: {kind: trial, where: {phase: [phase-33], colour: [red]}}
                   |                                           ^~~~~~~~
                   = did you mean 'phase-3'?
                   = values: early-phase-1, phase-1, phase-1-2, phase-2, phase-2-3, phase-3, phase-4, not-applicable
                checklists/bad.yaml:2:54: error: trial has no attribute 'colour'
                 2 | applies-to: {kind: trial, where: {phase: [phase-33], colour: [red]}}
                   |                                                      ^~~~~~
                   = attributes: allocation, phase, status, stop-reason, recruitment, timing, minimum-count, design, model, objective, eligibility, location, randomization, masking, blinded, enrollment, enrollment-type, analysed, start-date, primary-completion-date, completion-date, registered, conclusion
                checklists/bad.yaml:7:19: error: arm has no field 'randmized'
                 7 |     fields: [arms.randmized, enrolment, xrefs.nctt, status.name]
                   |                   ^~~~~~~~~
                   = did you mean 'randomized'?
                   = fields here: role, randomized, analysed, arm_of, receives, arm_results, observed, xrefs
                checklists/bad.yaml:7:30: error: trial has no field 'enrolment'
                 7 |     fields: [arms.randmized, enrolment, xrefs.nctt, status.name]
                   |                              ^~~~~~~~~
                   = did you mean 'enrollment'?
                   = fields here: allocation, phase, status, stop-reason, recruitment, timing, minimum-count, design, model, objective, eligibility, location, randomization, masking, blinded, enrollment, enrollment-type, analysed, start-date, primary-completion-date, completion-date, registered, conclusion, concerns, control, tests, studies, addresses, covers, in_context_of, arms, outcomes, observed, sponsor, collaborator, funded_by, conditions, included_in, reported_in, xrefs
                checklists/bad.yaml:7:47: error: unknown cross-reference system 'nctt'
                 7 |     fields: [arms.randmized, enrolment, xrefs.nctt, status.name]
                   |                                               ^~~~
                   = did you mean 'nct'?
                   = systems: doi, pmid, nct, isrctn, prospero, mesh, rxnorm, orcid
                checklists/bad.yaml:7:53: error: 'status' is an attribute, not a relation, so '.' cannot follow it
                 7 |     fields: [arms.randmized, enrolment, xrefs.nctt, status.name]
                   |                                                     ^~~~~~
                checklists/bad.yaml:8:19: error: '(' is never closed in the cue
                 8 |     cues: ['\\bn ?=(\\d', "a**", 'it''s [z-a]']
                   |                   ^
                   = close the group with ')', or write '\\(' for the character
                checklists/bad.yaml:8:27: error: a repetition cannot be repeated in the cue
                 8 |     cues: ['\\bn ?=(\\d', "a**", 'it''s [z-a]']
                   |                           ^~
                   = group it first, as in '(?:a+)*', or write '\\*' for the character
                checklists/bad.yaml:8:40: error: the range 'z-a' is backwards in the cue
                 8 |     cues: ['\\bn ?=(\\d', "a**", 'it''s [z-a]']
                   |                                        ^~~
                   = write it 'a-z'
                checklists/bad.yaml:9:9: error: the item id 'numbers' is used twice
                 9 |   - id: numbers
                   |         ^~~~~~~
                   = first at line 4; ids are unique in a checklist
                checklists/bad.yaml:12:5: error: unknown key 'feilds' in an item
                 12 |     feilds: [title]
                    |     ^~~~~~
                    = did you mean 'fields'?
                    = the keys here: id, name, asks, fields, cues, look-in
                checklists/bad.yaml:13:9: error: the item id 'Bad Id' is not a lower-case slug
                 13 |   - id: Bad Id
                    |         ^~~~~~
                    = use a-z, 0-9 and '-', such as 'numbers-randomised'
                checklists/bad.yaml:16:14: error: 'receives' starts at arm, not at trial
                 16 |     fields: [receives]
                    |              ^~~~~~~~
                    = did you mean 'arms.receives'?
                    = fields here: allocation, phase, status, stop-reason, recruitment, timing, minimum-count, design, model, objective, eligibility, location, randomization, masking, blinded, enrollment, enrollment-type, analysed, start-date, primary-completion-date, completion-date, registered, conclusion, concerns, control, tests, studies, addresses, covers, in_context_of, arms, outcomes, observed, sponsor, collaborator, funded_by, conditions, included_in, reported_in, xrefs
                """, rendered ?? "")
        }
    }
}
