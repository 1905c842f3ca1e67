import XCTest
import KnowledgeGraph
@testable import KnowledgeQuery

/// show, neighbors, path, why and the introspection commands over the seed graph.
final class EvaluatorCommandTests: XCTestCase {
    private var evaluator: Evaluator!

    override func setUpWithError() throws {
        evaluator = try SeedGraph.evaluator()
    }

    func testShow() throws {
        guard case .card(let card) = try evaluator.run(#"show "central registry program""#) else { return XCTFail("not a card") }
        XCTAssertEqual(card.entity.id, "registher")
        XCTAssertEqual(card.kind.name, "registry")
        XCTAssertEqual(card.links.map { "\($0.direction == .outgoing ? "->" : "<-") \($0.name) \($0.other.id)" }, [
            "-> addresses continue-after-progression", "-> concerns trastuzumab", "-> covers registry-patients",
            "<- prompted_by no-randomized-results",
        ])
        XCTAssertEqual(card.citations.keys.sorted(), ["pusztai-2006"])
        XCTAssertTrue(card.citations["pusztai-2006"]?.hasPrefix("Pusztai L, et al.") == true)
    }

    func testNeighborsAtDepthOne() throws {
        let table = try evaluator.table("neighbors registher")
        XCTAssertEqual(table.columns, ["depth", "id", "kind", "name", "via"])
        XCTAssertEqual(table.noun, "neighbors")
        XCTAssertEqual(table.rows.map { "\($0[0]) \($0[1]) \($0[4])" }, [
            "1 continue-after-progression registher -addresses->",
            "1 trastuzumab registher -concerns->",
            "1 registry-patients registher -covers->",
            "1 no-randomized-results registher <-prompted-",
        ])
    }

    func testNeighborsAtDepthTwo() throws {
        let rows = try evaluator.table("neighbors registher depth 2").rows
        XCTAssertEqual(rows.filter { $0[0] == "2" }.map { "\($0[1]) \($0[4])" }, [
            "relapse-after-adjuvant continue-after-progression -relevant_to->",
            "women-with-metastatic-disease continue-after-progression -relevant_to->",
            "little-evidence continue-after-progression <-bears_on-",
            "no-convincing-evidence continue-after-progression <-bears_on-",
            "no-trastuzumab-control-trials continue-after-progression <-addresses-",
            "continued-administration trastuzumab <-concerns-",
            "modest-toxicity trastuzumab <-concerns-",
            "possible-unproven-benefit trastuzumab <-concerns-",
            "switch-or-continue trastuzumab <-concerns-",
        ])
        XCTAssertEqual(rows.count, 13)
        XCTAssertEqual(Set(rows.map { $0[1] }).count, 13, "each entity is listed once")
        XCTAssertFalse(rows.contains { $0[1] == "registher" })
        XCTAssertEqual(try evaluator.table("neighbors lajos-pusztai depth 6").rows.map { $0[1] }, ["pusztai-2006"])
    }

    func testShortestPath() throws {
        guard case .paths(let list) = try evaluator.run("path registher to herceptin") else { return XCTFail("not paths") }
        XCTAssertEqual(list.from.id, "registher")
        XCTAssertEqual(list.to.id, "trastuzumab")
        XCTAssertEqual(list.paths, [[PathStep(from: "registher", relation: "concerns", direction: .outgoing, to: "trastuzumab")]])
        XCTAssertFalse(list.truncated)
    }

    func testAllShortestPathsWithDirections() throws {
        guard case .paths(let list) = try evaluator.run("path modest-toxicity to possible-unproven-benefit") else { return XCTFail("not paths") }
        XCTAssertEqual(list.paths.map { $0.map { "\($0.from) \($0.arrow) \($0.to)" } }, [
            ["modest-toxicity -may_account_for-> continued-administration", "continued-administration <-may_account_for- possible-unproven-benefit"],
            ["modest-toxicity -concerns-> trastuzumab", "trastuzumab <-concerns- possible-unproven-benefit"],
        ])
        guard case .paths(let longer) = try evaluator.run("path no-trastuzumab-control-trials to switch-or-continue") else { return XCTFail("not paths") }
        XCTAssertEqual(longer.paths.map { $0.map(\.arrow) }, [["-addresses->", "-concerns->", "<-concerns-"]])
        XCTAssertEqual(longer.paths.first?.map(\.to), ["continue-after-progression", "trastuzumab", "switch-or-continue"])
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
        XCTAssertEqual(quotes.rows.map(\.fact), [
            "RegistHER is a registry",
            "url = www.registher.com",
            "scope = central",
            "design = longitudinal",
            "status = initiated",
            "purpose = to learn about the long term side effects and benefits of prolonged trastuzumab therapy",
            "registher addresses continue-after-progression",
            "registher concerns trastuzumab",
            "registher covers registry-patients",
            "no-randomized-results prompted registher",
        ])
        XCTAssertEqual(quotes.rows[1].provenance.quote, "RegistHER, www.registher.com")
        XCTAssertEqual(quotes.rows[1].provenance.citation, "sentence 7")
        XCTAssertEqual(quotes.citations.keys.sorted(), ["pusztai-2006"])
    }

    func testWhyFactByForwardOrInverseName() throws {
        guard case .quotes(let forward) = try evaluator.run("why registher addresses continue-after-progression"),
              case .quotes(let inverse) = try evaluator.run("why continue-after-progression addressed_by registher") else {
            return XCTFail("not quotes")
        }
        XCTAssertEqual(forward.subject, "registher addresses continue-after-progression")
        XCTAssertEqual(inverse.subject, forward.subject)
        XCTAssertEqual(forward.rows.map(\.provenance.quote), ["In the absence of results from a randomized clinical trial, a central registry program"])
        XCTAssertEqual(inverse.rows.map(\.provenance.quote), forward.rows.map(\.provenance.quote))
        guard case .quotes(let aliases) = try evaluator.run(#"why "RegistHER" concerns Herceptin"#) else { return XCTFail("not quotes") }
        XCTAssertEqual(aliases.subject, "registher concerns trastuzumab")
    }

    func testWhyFactErrors() throws {
        XCTAssertEqual(try rendered("why registher covers trastuzumab", in: evaluator), """
            <input>:1:15: error: the knowledge does not say that registher covers trastuzumab
             1 | why registher covers trastuzumab
               |               ^~~~~~
               = they are linked by: concerns
            """)
        XCTAssertEqual(try queryError("why registher foo trastuzumab", in: evaluator).notes, ["registher and trastuzumab are linked by: concerns"])
        XCTAssertEqual(try queryError("why registher concern trastuzumab", in: evaluator).notes,
                       ["did you mean 'concerns'?", "registher and trastuzumab are linked by: concerns"])
        guard case .quotes(let inverse) = try evaluator.run("why trastuzumab concerned_in registher") else { return XCTFail("not quotes") }
        XCTAssertEqual(inverse.subject, "registher concerns trastuzumab")
        XCTAssertEqual(try queryError("why trastuzumab concerns registher", in: evaluator).notes, ["they are linked by: concerned_in"])
    }

    func testWhyFieldAndAttributeValue() throws {
        guard case .quotes(let attribute) = try evaluator.run("why registher purpose"),
              case .quotes(let relation) = try evaluator.run("why continue-after-progression addressed_by"),
              case .quotes(let value) = try evaluator.run("why no-trastuzumab-control-trials control NO-TRASTUZUMAB") else {
            return XCTFail("not quotes")
        }
        XCTAssertEqual(attribute.rows.map(\.fact), ["purpose = to learn about the long term side effects and benefits of prolonged trastuzumab therapy"])
        XCTAssertEqual(relation.rows.map(\.fact), ["no-trastuzumab-control-trials addresses continue-after-progression",
                                                    "registher addresses continue-after-progression"])
        XCTAssertEqual(value.rows.map(\.provenance.quote), ["with no trastuzumab in the control arms"])
        XCTAssertEqual(try rendered("why no-trastuzumab-control-trials control placebo", in: evaluator), """
            <input>:1:43: error: the control of no-trastuzumab-control-trials is 'no-trastuzumab', not 'placebo'
             1 | why no-trastuzumab-control-trials control placebo
               |                                           ^~~~~~~
               = why no-trastuzumab-control-trials control shows the quote behind it
            """)
        XCTAssertEqual(try queryError("why registher adresses", in: evaluator).notes,
                       ["did you mean 'addresses'?", "registher has: url, scope, design, status, purpose, concerns, addresses, covers, prompted_by"])
    }

    func testIntrospection() throws {
        let kinds = try evaluator.table("kinds")
        XCTAssertEqual(kinds.columns, ["kind", "plural", "entities", "meaning"])
        XCTAssertEqual(kinds.rows.map { "\($0[0]) \($0[1]) \($0[2])" }, [
            "drug drugs 1", "agent-group agent-groups 1", "trial trials 2", "registry registries 1", "question questions 2",
            "population populations 3", "evidence-statement evidence-statements 5", "practice practices 1",
            "publication publications 1", "person people 1",
        ])
        let relations = try evaluator.table("relations")
        XCTAssertEqual(relations.columns, ["relation", "inverse", "from", "to", "facts", "meaning"])
        XCTAssertEqual(relations.rows.first, ["concerns", "concerned_in", "question, evidence-statement, practice, registry", "drug, agent-group", "8",
                                              "The subject is about the object drug or agents."])
        XCTAssertEqual(relations.rows.map { $0[4] }, ["8", "2", "3", "1", "3", "2", "1", "1", "1"])
        let schema = try evaluator.table("schema trials")
        XCTAssertEqual(schema.rows.map { "\($0[1]): \($0[2])" }, [
            "allocation: enum (randomized, non-randomized)",
            "control: enum (no-trastuzumab, placebo, no-treatment, active-comparator, standard-of-care)",
            "status: enum (planned, attempted, failed-to-accrue, recruiting, completed, terminated)",
            "timing: enum (prospective, retrospective)",
            "minimum-count: number",
            "addresses: relation -> question",
            "covers: relation -> population",
            "prompted_by: relation <- evidence-statement",
        ])
        XCTAssertEqual(try evaluator.table("schema").rows.count, 56)
        XCTAssertEqual(try evaluator.table("sources").rows.map { Array($0.prefix(3)) }, [["pusztai-2006", "9", "83"]])
        XCTAssertEqual(try rendered("schema trail", in: evaluator), """
            <input>:1:8: error: unknown kind 'trail'
             1 | schema trail
               |        ^~~~~
               = did you mean 'trial'?
            """)
    }
}
