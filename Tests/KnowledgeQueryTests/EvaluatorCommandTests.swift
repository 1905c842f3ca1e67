import XCTest
import KnowledgeGraph
@testable import KnowledgeQuery

/// show, neighbors, path, why and the introspection commands over the fictional review (Fixtures/grey-fever).
final class EvaluatorCommandTests: XCTestCase {
    private var evaluator: GraphExecutor!

    override func setUpWithError() throws {
        evaluator = try FixtureGraph.greyFever.evaluator()
    }

    func testShow() throws {
        guard case .card(let card) = try evaluator.run(#"show "central patient registry""#) else { return XCTFail("not a card") }
        XCTAssertEqual(card.entity.id, "feverlog")
        XCTAssertEqual(card.kind.name, "registry")
        XCTAssertEqual(card.links.map { "\($0.direction == .outgoing ? "->" : "<-") \($0.name) \($0.other.id)" }, [
            "-> covers feverlog-patients", "-> in_context_of randomized-results", "-> studies prolonged-zorvamab-therapy",
        ])
        XCTAssertEqual(card.citations.keys.sorted(), ["ostrander-2011"])
        XCTAssertTrue(card.citations["ostrander-2011"]?.hasPrefix("Ostrander T, et al.") == true)
    }

    func testNeighborsAtDepthOne() throws {
        let table = try evaluator.table("neighbors feverlog")
        XCTAssertEqual(table.columns, ["depth", "id", "kind", "name", "via"])
        XCTAssertEqual(table.noun, "neighbors")
        XCTAssertEqual(table.rows.map { "\($0[0]) \($0[1]) \($0[4])" }, [
            "1 feverlog-patients feverlog -covers->",
            "1 randomized-results feverlog -in_context_of->",
            "1 prolonged-zorvamab-therapy feverlog -studies->",
        ])
    }

    func testNeighborsAtDepthTwo() throws {
        let rows = try evaluator.table("neighbors feverlog depth 2").rows
        XCTAssertEqual(rows.filter { $0[0] == "2" }.map { "\($0[1]) \($0[4])" }, ["zorvamab prolonged-zorvamab-therapy -uses->"])
        XCTAssertEqual(rows.count, 4)
        XCTAssertEqual(Set(rows.map { $0[1] }).count, 4, "each entity is listed once")
        XCTAssertFalse(rows.contains { $0[1] == "feverlog" })
        XCTAssertEqual(try evaluator.table("neighbors tamsin-ostrander depth 6").rows.map { $0[1] }, ["ostrander-2011"])
        // Neighbors walk hedged and denied edges too, and tag them.
        let tagged = try evaluator.table("neighbors zorvamab").rows.map { "\($0[1]) \($0[4])" }
        XCTAssertTrue(tagged.contains("no-zorvamab zorvamab <-uses[not]-"), "\(tagged)")
    }

    func testShortestPath() throws {
        guard case .paths(let list) = try evaluator.run("path feverlog to zorvex") else { return XCTFail("not paths") }
        XCTAssertEqual(list.from.id, "feverlog")
        XCTAssertEqual(list.to.id, "zorvamab")
        XCTAssertEqual(list.paths, [[
            PathStep(from: "feverlog", relation: "studies", direction: .outgoing, to: "prolonged-zorvamab-therapy"),
            PathStep(from: "prolonged-zorvamab-therapy", relation: "uses", direction: .outgoing, to: "zorvamab"),
        ]])
        XCTAssertFalse(list.truncated)
    }

    func testAllShortestPathsWithDirectionsAndTags() throws {
        guard case .paths(let list) = try evaluator.run("path zorvamab-toxicity to unproven-benefit") else { return XCTFail("not paths") }
        XCTAssertEqual(list.paths.map { $0.map { "\($0.from) \($0.arrow) \($0.to)" } }, [
            ["zorvamab-toxicity -effect_of[implied]-> continued-zorvamab", "continued-zorvamab <-effect_of[possible]- unproven-benefit"],
            ["zorvamab-toxicity -accounts_for[may]-> ongoing-administration", "ongoing-administration <-accounts_for[may]- unproven-benefit"],
        ])
        guard case .paths(let longer) = try evaluator.run("path no-zorvamab-control-trials to switch-or-keep") else { return XCTFail("not paths") }
        XCTAssertEqual(longer.paths.map { $0.map(\.arrow) }, [["-addresses[implied]->", "-concerns->", "<-concerns[implied]-"]])
        XCTAssertEqual(longer.paths.first?.map(\.to), ["continue-after-relapse", "continued-zorvamab", "switch-or-keep"])
    }

    func testNoPath() throws {
        guard case .paths(let apart) = try evaluator.run("path tamsin-ostrander to zorvamab") else { return XCTFail("not paths") }
        XCTAssertEqual(apart.paths, [])
        guard case .paths(let same) = try evaluator.run("path feverlog to feverlog") else { return XCTFail("not paths") }
        XCTAssertEqual(same.paths, [])
    }

    func testWhyEntity() throws {
        guard case .quotes(let quotes) = try evaluator.run("why feverlog") else { return XCTFail("not quotes") }
        XCTAssertEqual(quotes.subject, "feverlog")
        XCTAssertEqual(quotes.rows.map(\.claim.testText), [
            "FeverLog is kind registry",
            "url = www.feverlog.example",
            "scope = central",
            "design = longitudinal",
            "status = initiated",
            "purpose = to learn about the long term harms and benefits of prolonged zorvamab therapy",
            "follow-up = throughout their illness",
            "feverlog covers feverlog-patients",
            "feverlog in_context_of randomized-results",
            "feverlog studies prolonged-zorvamab-therapy",
        ])
        XCTAssertEqual(quotes.rows[1].provenance.quote, "FeverLog, www.feverlog.example")
        XCTAssertEqual(quotes.rows[1].provenance.citation, "sentence 7")
        XCTAssertEqual(quotes.citations.keys.sorted(), ["ostrander-2011"])
        XCTAssertEqual(quotes.notes.map(\.testText), [
            "feverlog in_context_of randomized-results: The absence of randomized results is the circumstance the sentence gives for starting the registry, not a reason it states.",
        ])
    }

    func testWhyFactByForwardOrInverseName() throws {
        guard case .quotes(let forward) = try evaluator.run("why feverlog covers feverlog-patients"),
              case .quotes(let inverse) = try evaluator.run("why feverlog-patients covered_by feverlog") else {
            return XCTFail("not quotes")
        }
        XCTAssertEqual(forward.subject, "feverlog covers feverlog-patients")
        XCTAssertEqual(inverse.subject, forward.subject)
        XCTAssertEqual(forward.rows.map(\.provenance.quote),
                       ["to follow many patients with GRX-positive grey fever longitudinally"])
        XCTAssertEqual(inverse.rows.map(\.provenance.quote), forward.rows.map(\.provenance.quote))
        guard case .quotes(let names) = try evaluator.run(#"why "FeverLog" studies "prolonged zorvamab therapy""#) else { return XCTFail("not quotes") }
        XCTAssertEqual(names.subject, "feverlog studies prolonged-zorvamab-therapy")
    }

    func testWhyFactErrors() throws {
        XCTAssertEqual(try rendered("why feverlog covers zorvamab", in: evaluator), """
            <input>:1:14: error: the knowledge does not say that feverlog covers zorvamab
             1 | why feverlog covers zorvamab
               |              ^~~~~~
               = they are not directly related; try: path feverlog to zorvamab
            """)
        XCTAssertEqual(try queryError("why feverlog foo prolonged-zorvamab-therapy", in: evaluator).notes,
                       ["feverlog and prolonged-zorvamab-therapy are linked by: studies"])
        XCTAssertEqual(try queryError("why feverlog stdies prolonged-zorvamab-therapy", in: evaluator).notes,
                       ["did you mean 'studies'?", "feverlog and prolonged-zorvamab-therapy are linked by: studies"])
        guard case .quotes(let inverse) = try evaluator.run("why prolonged-zorvamab-therapy studied_in feverlog") else { return XCTFail("not quotes") }
        XCTAssertEqual(inverse.subject, "feverlog studies prolonged-zorvamab-therapy")
        XCTAssertEqual(try queryError("why prolonged-zorvamab-therapy studies feverlog", in: evaluator).notes, ["they are linked by: studied_in"])
    }

    func testWhyFieldAndAttributeValue() throws {
        guard case .quotes(let attribute) = try evaluator.run("why feverlog purpose"),
              case .quotes(let relation) = try evaluator.run("why zorvamab used_in"),
              case .quotes(let value) = try evaluator.run("why feverlog status INITIATED") else {
            return XCTFail("not quotes")
        }
        XCTAssertEqual(attribute.rows.map(\.claim.testText), ["purpose = to learn about the long term harms and benefits of prolonged zorvamab therapy"])
        // Every statement is listed, the denied one too, with its qualifiers.
        XCTAssertEqual(relation.rows.map(\.claim.testText), [
            "ongoing-administration uses zorvamab", "continued-zorvamab uses zorvamab",
            "no-zorvamab uses zorvamab", "prolonged-zorvamab-therapy uses zorvamab",
        ])
        XCTAssertEqual(relation.rows.map(\.qualifiers.negated), [false, false, true, false])
        XCTAssertEqual(value.rows.map(\.provenance.quote), ["(FeverLog, www.feverlog.example) was initiated"])
        XCTAssertEqual(try rendered("why feverlog status active", in: evaluator), """
            <input>:1:21: error: the sources give the status of feverlog as 'initiated', not 'active'
             1 | why feverlog status active
               |                     ^~~~~~
               = why feverlog status shows the quotes behind it
            """)
        XCTAssertEqual(try queryError("why feverlog stdies", in: evaluator).notes,
                       ["did you mean 'studies'?", "feverlog has: aliases, url, scope, design, status, purpose, follow-up, studies, covers, in_context_of"])
        guard case .quotes(let aliases) = try evaluator.run("why zorvamab aliases") else { return XCTFail("not quotes") }
        XCTAssertEqual(aliases.rows.map(\.claim.testText), ["zorvamab aka Zorvex"])
        XCTAssertEqual(aliases.rows.map(\.provenance.quote), ["zorvamab (Zorvex)"])
        guard case .quotes(let hedged) = try evaluator.run("why no-zorvamab-control-trials status") else { return XCTFail("not quotes") }
        XCTAssertEqual(hedged.rows.map(\.qualifiers.hedge), ["implied"])
        XCTAssertEqual(hedged.notes.count, 1)
        XCTAssertTrue(hedged.notes[0].testText.hasPrefix("no-zorvamab-control-trials status stopped-early: The source says the trials could not enrol"))
    }

    func testIntrospection() throws {
        let kinds = try evaluator.table("kinds")
        XCTAssertEqual(kinds.columns, ["kind", "plural", "entities", "meaning"])
        XCTAssertEqual(kinds.rows.map { "\($0[0]) \($0[1]) \($0[2])" }, [
            "drug drugs 1", "agent-group agent-groups 1", "treatment treatments 4", "trial trials 2", "registry registries 1",
            "question questions 2", "population populations 3", "evidence evidence-items 3", "effect effects 2",
            "practice practices 1", "development developments 1", "publication publications 1", "person people 1",
            "arm arms 0", "outcome outcomes 0", "result results 0", "organization organizations 0", "topic topics 0",
        ])
        let relations = try evaluator.table("relations")
        XCTAssertEqual(relations.columns, ["relation", "inverse", "from", "to", "facts", "meaning"])
        XCTAssertEqual(relations.rows.first, ["concerns", "concerned_in", "question, evidence, effect, practice, registry, trial, development, treatment",
                                              "drug, agent-group, treatment", "5", "The subject is about the object drug, agents or treatment."])
        // Statements are counted whatever their qualifiers.
        XCTAssertEqual(relations.rows.map { $0[4] }, ["5", "5", "1", "0", "1", "2", "1", "2", "1", "2", "2", "2", "1", "1", "1", "0"]
                       + Array(repeating: "0", count: 13), "the relations of trial reports and topics are not used here")
        let schema = try evaluator.table("schema trials")
        XCTAssertEqual(schema.rows.map { "\($0[1]): \($0[2])" }, [
            "allocation: enum (randomized, non-randomized, single-group)",
            "phase: enum (early-phase-1, phase-1, phase-1-2, phase-2, phase-2-3, phase-3, phase-4, not-applicable)",
            "status: enum (planned, attempted, not-yet-recruiting, recruiting, enrolling-by-invitation, active-not-recruiting, suspended, stopped-early, terminated, withdrawn, completed, unknown)",
            "stop-reason: text",
            "recruitment: text",
            "timing: enum (prospective, retrospective)",
            "minimum-count: number",
            "design: text",
            "model: enum (single-group, parallel, crossover, factorial, sequential)",
            "objective: text",
            "eligibility: text",
            "location: text",
            "randomization: text",
            "masking: enum (none, single, double, triple, quadruple)",
            "blinded: text",
            "enrollment: number",
            "enrollment-type: enum (actual, estimated)",
            "analysed: number",
            "start-date: date",
            "primary-completion-date: date",
            "completion-date: date",
            "registered: date",
            "conclusion: text",
            "concerns: relation -> drug, agent-group, treatment",
            "control: relation -> treatment",
            "tests: relation -> treatment",
            "studies: relation -> treatment, drug, agent-group, effect",
            "addresses: relation -> question",
            "covers: relation -> population",
            "in_context_of: relation -> evidence, development",
            "arms: relation -> arm",
            "outcomes: relation -> outcome",
            "observed: relation <- effect",
            "sponsor: relation -> organization",
            "collaborator: relation -> organization",
            "funded_by: relation -> organization",
            "conditions: relation -> topic",
            "included_in: relation <- publication",
            "reported_in: relation <- publication",
        ])
        XCTAssertEqual(try evaluator.table("schema").rows.count, 184)
        XCTAssertEqual(try evaluator.table("sources").rows.map { Array($0.prefix(3)) }, [["ostrander-2011", "9", "94"]])
        XCTAssertEqual(try rendered("schema trail", in: evaluator), """
            <input>:1:8: error: unknown kind 'trail'
             1 | schema trail
               |        ^~~~~
               = did you mean 'trial'?
            """)
    }
}
