import XCTest
import KnowledgeGraph
@testable import KnowledgeQuery

/// show, neighbors, path, why and the introspection commands over the seed graph.
final class EvaluatorCommandTests: XCTestCase {
    private var evaluator: GraphExecutor!

    override func setUpWithError() throws {
        evaluator = try SeedGraph.evaluator()
    }

    func testShow() throws {
        guard case .card(let card) = try evaluator.run(#"show "central registry program""#) else { return XCTFail("not a card") }
        XCTAssertEqual(card.entity.id, "registher")
        XCTAssertEqual(card.kind.name, "registry")
        XCTAssertEqual(card.links.map { "\($0.direction == .outgoing ? "->" : "<-") \($0.name) \($0.other.id)" }, [
            "-> covers registry-patients", "-> in_context_of randomized-trial-results", "-> studies prolonged-trastuzumab-therapy",
        ])
        XCTAssertEqual(card.citations.keys.sorted(), ["pusztai-2006"])
        XCTAssertTrue(card.citations["pusztai-2006"]?.hasPrefix("Pusztai L, et al.") == true)
    }

    func testNeighborsAtDepthOne() throws {
        let table = try evaluator.table("neighbors registher")
        XCTAssertEqual(table.columns, ["depth", "id", "kind", "name", "via"])
        XCTAssertEqual(table.noun, "neighbors")
        XCTAssertEqual(table.rows.map { "\($0[0]) \($0[1]) \($0[4])" }, [
            "1 registry-patients registher -covers->",
            "1 randomized-trial-results registher -in_context_of->",
            "1 prolonged-trastuzumab-therapy registher -studies->",
        ])
    }

    func testNeighborsAtDepthTwo() throws {
        let rows = try evaluator.table("neighbors registher depth 2").rows
        XCTAssertEqual(rows.filter { $0[0] == "2" }.map { "\($0[1]) \($0[4])" }, ["trastuzumab prolonged-trastuzumab-therapy -uses->"])
        XCTAssertEqual(rows.count, 4)
        XCTAssertEqual(Set(rows.map { $0[1] }).count, 4, "each entity is listed once")
        XCTAssertFalse(rows.contains { $0[1] == "registher" })
        XCTAssertEqual(try evaluator.table("neighbors lajos-pusztai depth 6").rows.map { $0[1] }, ["pusztai-2006"])
        // Neighbors walk hedged and denied edges too, and tag them.
        let tagged = try evaluator.table("neighbors trastuzumab").rows.map { "\($0[1]) \($0[4])" }
        XCTAssertTrue(tagged.contains("no-trastuzumab trastuzumab <-uses[not]-"), "\(tagged)")
    }

    func testShortestPath() throws {
        guard case .paths(let list) = try evaluator.run("path registher to herceptin") else { return XCTFail("not paths") }
        XCTAssertEqual(list.from.id, "registher")
        XCTAssertEqual(list.to.id, "trastuzumab")
        XCTAssertEqual(list.paths, [[
            PathStep(from: "registher", relation: "studies", direction: .outgoing, to: "prolonged-trastuzumab-therapy"),
            PathStep(from: "prolonged-trastuzumab-therapy", relation: "uses", direction: .outgoing, to: "trastuzumab"),
        ]])
        XCTAssertFalse(list.truncated)
    }

    func testAllShortestPathsWithDirectionsAndTags() throws {
        guard case .paths(let list) = try evaluator.run("path modest-toxicity to possible-benefit") else { return XCTFail("not paths") }
        XCTAssertEqual(list.paths.map { $0.map { "\($0.from) \($0.arrow) \($0.to)" } }, [
            ["modest-toxicity -accounts_for[may]-> continued-administration", "continued-administration <-accounts_for[may]- possible-benefit"],
            ["modest-toxicity -effect_of[implied]-> continued-trastuzumab", "continued-trastuzumab <-effect_of[possible]- possible-benefit"],
        ])
        guard case .paths(let longer) = try evaluator.run("path no-trastuzumab-control-trials to switch-or-continue") else { return XCTFail("not paths") }
        XCTAssertEqual(longer.paths.map { $0.map(\.arrow) }, [["-addresses[implied]->", "-concerns->", "<-concerns[implied]-"]])
        XCTAssertEqual(longer.paths.first?.map(\.to), ["continue-after-progression", "continued-trastuzumab", "switch-or-continue"])
    }

    func testNoPath() throws {
        guard case .paths(let apart) = try evaluator.run("path lajos-pusztai to trastuzumab") else { return XCTFail("not paths") }
        XCTAssertEqual(apart.paths, [])
        guard case .paths(let same) = try evaluator.run("path registher to registher") else { return XCTFail("not paths") }
        XCTAssertEqual(same.paths, [])
    }

    func testWhyEntity() throws {
        guard case .quotes(let quotes) = try evaluator.run("why registher") else { return XCTFail("not quotes") }
        XCTAssertEqual(quotes.subject, "registher")
        XCTAssertEqual(quotes.rows.map(\.claim.testText), [
            "RegistHER is kind registry",
            "url = www.registher.com",
            "scope = central",
            "design = longitudinal",
            "status = initiated",
            "purpose = to learn about the long term side effects and benefits of prolonged trastuzumab therapy",
            "follow-up = during the course of their disease",
            "registher covers registry-patients",
            "registher in_context_of randomized-trial-results",
            "registher studies prolonged-trastuzumab-therapy",
        ])
        XCTAssertEqual(quotes.rows[1].provenance.quote, "RegistHER, www.registher.com")
        XCTAssertEqual(quotes.rows[1].provenance.citation, "sentence 7")
        XCTAssertEqual(quotes.citations.keys.sorted(), ["pusztai-2006"])
        XCTAssertEqual(quotes.notes.map(\.testText), [
            "registher in_context_of randomized-trial-results: The absence of randomized results is the circumstance the sentence gives for starting the registry, not a reason it states.",
        ])
    }

    func testWhyFactByForwardOrInverseName() throws {
        guard case .quotes(let forward) = try evaluator.run("why registher covers registry-patients"),
              case .quotes(let inverse) = try evaluator.run("why registry-patients covered_by registher") else {
            return XCTFail("not quotes")
        }
        XCTAssertEqual(forward.subject, "registher covers registry-patients")
        XCTAssertEqual(inverse.subject, forward.subject)
        XCTAssertEqual(forward.rows.map(\.provenance.quote),
                       ["collects information longitudinally from a large number of patients with HER-2 positive breast cancer"])
        XCTAssertEqual(inverse.rows.map(\.provenance.quote), forward.rows.map(\.provenance.quote))
        guard case .quotes(let names) = try evaluator.run(#"why "RegistHER" studies "prolonged trastuzumab therapy""#) else { return XCTFail("not quotes") }
        XCTAssertEqual(names.subject, "registher studies prolonged-trastuzumab-therapy")
    }

    func testWhyFactErrors() throws {
        XCTAssertEqual(try rendered("why registher covers trastuzumab", in: evaluator), """
            <input>:1:15: error: the knowledge does not say that registher covers trastuzumab
             1 | why registher covers trastuzumab
               |               ^~~~~~
               = they are not directly related; try: path registher to trastuzumab
            """)
        XCTAssertEqual(try queryError("why registher foo prolonged-trastuzumab-therapy", in: evaluator).notes,
                       ["registher and prolonged-trastuzumab-therapy are linked by: studies"])
        XCTAssertEqual(try queryError("why registher stdies prolonged-trastuzumab-therapy", in: evaluator).notes,
                       ["did you mean 'studies'?", "registher and prolonged-trastuzumab-therapy are linked by: studies"])
        guard case .quotes(let inverse) = try evaluator.run("why prolonged-trastuzumab-therapy studied_in registher") else { return XCTFail("not quotes") }
        XCTAssertEqual(inverse.subject, "registher studies prolonged-trastuzumab-therapy")
        XCTAssertEqual(try queryError("why prolonged-trastuzumab-therapy studies registher", in: evaluator).notes, ["they are linked by: studied_in"])
    }

    func testWhyFieldAndAttributeValue() throws {
        guard case .quotes(let attribute) = try evaluator.run("why registher purpose"),
              case .quotes(let relation) = try evaluator.run("why trastuzumab used_in"),
              case .quotes(let value) = try evaluator.run("why registher status INITIATED") else {
            return XCTFail("not quotes")
        }
        XCTAssertEqual(attribute.rows.map(\.claim.testText), ["purpose = to learn about the long term side effects and benefits of prolonged trastuzumab therapy"])
        // Every statement is listed, the denied one too, with its qualifiers.
        XCTAssertEqual(relation.rows.map(\.claim.testText), [
            "continued-administration uses trastuzumab", "continued-trastuzumab uses trastuzumab",
            "no-trastuzumab uses trastuzumab", "prolonged-trastuzumab-therapy uses trastuzumab",
        ])
        XCTAssertEqual(relation.rows.map(\.qualifiers.negated), [false, false, true, false])
        XCTAssertEqual(value.rows.map(\.provenance.quote), ["was initiated (RegistHER, www.registher.com)"])
        XCTAssertEqual(try rendered("why registher status active", in: evaluator), """
            <input>:1:22: error: the sources give the status of registher as 'initiated', not 'active'
             1 | why registher status active
               |                      ^~~~~~
               = why registher status shows the quotes behind it
            """)
        XCTAssertEqual(try queryError("why registher stdies", in: evaluator).notes,
                       ["did you mean 'studies'?", "registher has: aliases, url, scope, design, status, purpose, follow-up, studies, covers, in_context_of"])
        guard case .quotes(let aliases) = try evaluator.run("why trastuzumab aliases") else { return XCTFail("not quotes") }
        XCTAssertEqual(aliases.rows.map(\.claim.testText), ["trastuzumab aka Herceptin"])
        XCTAssertEqual(aliases.rows.map(\.provenance.quote), ["trastuzumab (herceptin)"])
        guard case .quotes(let hedged) = try evaluator.run("why no-trastuzumab-control-trials status") else { return XCTFail("not quotes") }
        XCTAssertEqual(hedged.rows.map(\.qualifiers.hedge), ["implied"])
        XCTAssertEqual(hedged.notes.count, 1)
        XCTAssertTrue(hedged.notes[0].testText.hasPrefix("no-trastuzumab-control-trials status stopped-early: The source says the trials were attempted"))
    }

    func testIntrospection() throws {
        let kinds = try evaluator.table("kinds")
        XCTAssertEqual(kinds.columns, ["kind", "plural", "entities", "meaning"])
        XCTAssertEqual(kinds.rows.map { "\($0[0]) \($0[1]) \($0[2])" }, [
            "drug drugs 1", "agent-group agent-groups 1", "treatment treatments 4", "trial trials 2", "arm arms 0", "outcome outcomes 0",
            "result results 0", "registry registries 1", "question questions 2", "population populations 3", "evidence evidence-items 3",
            "effect effects 2", "practice practices 1", "development developments 1", "publication publications 1", "person people 1",
            "organization organizations 0", "topic topics 0",
        ])
        let relations = try evaluator.table("relations")
        XCTAssertEqual(relations.columns, ["relation", "inverse", "from", "to", "facts", "meaning"])
        XCTAssertEqual(relations.rows.first, ["concerns", "concerned_in", "question, evidence, effect, practice, registry, trial, development, treatment",
                                              "drug, agent-group, treatment", "5", "The subject is about the object drug, agents or treatment."])
        // Statements are counted whatever their qualifiers.
        XCTAssertEqual(relations.rows.map { $0[4] }, ["5", "5", "1", "0", "1", "2", "1", "2", "1", "2", "2", "2", "1", "1", "1", "0",
                                                       "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"])
        let schema = try evaluator.table("schema trials")
        XCTAssertEqual(schema.rows.map { "\($0[1]): \($0[2])" }, [
            "allocation: enum (randomized, non-randomized, single-group)",
            "phase: enum (early-phase-1, phase-1, phase-1-2, phase-2, phase-2-3, phase-3, phase-4, not-applicable)",
            "status: enum (planned, not-yet-recruiting, recruiting, enrolling-by-invitation, active-not-recruiting, suspended, stopped-early, terminated, withdrawn, completed, unknown)",
            "stop-reason: text",
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
        XCTAssertEqual(try evaluator.table("schema").rows.count, 183)
        XCTAssertEqual(try evaluator.table("sources").rows.map { Array($0.prefix(3)) }, [["pusztai-2006", "9", "94"]])
        XCTAssertEqual(try rendered("schema trail", in: evaluator), """
            <input>:1:8: error: unknown kind 'trail'
             1 | schema trail
               |        ^~~~~
               = did you mean 'trial'?
            """)
    }
}
