import XCTest
import KnowledgeGraph
@testable import KnowledgeQuery

/// Queries over the seed graph yield exactly the expected entities, in order.
final class EvaluatorQueryTests: XCTestCase {
    private var evaluator: Evaluator!

    override func setUpWithError() throws {
        evaluator = try SeedGraph.evaluator()
    }

    func testKindListings() throws {
        XCTAssertEqual(try evaluator.ids("trials"), ["no-trastuzumab-control-trials", "planned-switching-trials"])
        XCTAssertEqual(try evaluator.ids("trial"), try evaluator.ids("TRIALS"))
        XCTAssertEqual(try evaluator.ids("claims"), ["little-evidence", "modest-toxicity", "no-convincing-evidence", "no-randomized-results", "possible-unproven-benefit"])
        XCTAssertEqual(try evaluator.ids("people"), ["lajos-pusztai"])
        XCTAssertEqual(try evaluator.ids("entities").count, 18)
        XCTAssertEqual(try evaluator.ids("entities").first, "second-generation-her2-agents")
        let list = try evaluator.entityList("trials")
        XCTAssertEqual(list.columns, ["allocation", "control", "status", "timing", "minimum-count"])
        XCTAssertEqual(list.noun, Noun("trial", "trials"))
        XCTAssertNil(list.explanation)
        XCTAssertEqual(try evaluator.entityList("entities").columns, [])
        XCTAssertEqual(try evaluator.entityList("entities").noun, Noun.entity)
    }

    func testEntitiesByIdNameOrAlias() throws {
        XCTAssertEqual(try evaluator.ids("herceptin"), ["trastuzumab"])
        XCTAssertEqual(try evaluator.ids("HERCEPTIN"), ["trastuzumab"])
        XCTAssertEqual(try evaluator.ids(#""Herceptin""#), ["trastuzumab"])
        XCTAssertEqual(try evaluator.ids(#""second-generation HER2-targeted agents""#), ["second-generation-her2-agents"])
        XCTAssertEqual(try evaluator.ids(#""second generation HER2-targeted agents""#), ["second-generation-her2-agents"])
        XCTAssertEqual(try evaluator.ids(#"'central registry program'"#), ["registher"])
        XCTAssertEqual(try evaluator.ids("registher"), ["registher"])
        XCTAssertEqual(try evaluator.entityList("registher").noun, Noun("registry", "registries"))
    }

    func testEquality() throws {
        XCTAssertEqual(try evaluator.ids("trials where control=no-trastuzumab"), ["no-trastuzumab-control-trials"])
        XCTAssertEqual(try evaluator.ids("trials where control == NO-TRASTUZUMAB"), ["no-trastuzumab-control-trials"])
        XCTAssertEqual(try evaluator.ids(#"trials where status = "planned""#), ["planned-switching-trials"])
        XCTAssertEqual(try evaluator.ids("trials where minimum-count=2"), ["no-trastuzumab-control-trials"])
        XCTAssertEqual(try evaluator.ids("trials where minimum-count=2.0"), ["no-trastuzumab-control-trials"])
        XCTAssertEqual(try evaluator.ids("publications where date=2006-03"), ["pusztai-2006"])
        XCTAssertEqual(try evaluator.ids("registries where url=WWW.REGISTHER.COM"), ["registher"])
        XCTAssertEqual(try evaluator.ids("entities where status=planned"), ["planned-switching-trials"])
        XCTAssertEqual(try evaluator.ids("entities where kind=registry"), ["registher"])
        XCTAssertEqual(try evaluator.ids("entities where alias=pusztai"), ["lajos-pusztai"])
        XCTAssertEqual(try evaluator.ids("entities where id=trastuzumab"), ["trastuzumab"])
    }

    func testRelationsAsFields() throws {
        XCTAssertEqual(try evaluator.ids("questions where concerns=second-generation-her2-agents"), ["switch-or-continue"])
        XCTAssertEqual(try evaluator.ids("questions where concerns=herceptin"), ["continue-after-progression", "switch-or-continue"])
        XCTAssertEqual(try evaluator.ids(#"questions where addressed_by="RegistHER""#), ["continue-after-progression"])
        XCTAssertEqual(try evaluator.ids("trials where addresses.status=unanswered"), ["no-trastuzumab-control-trials"])
        XCTAssertEqual(try evaluator.ids("drugs where concerned_in.addressed_by.status=planned"), ["trastuzumab"])
        XCTAssertEqual(try evaluator.ids("populations where has_question.addressed_by=registher"), ["relapse-after-adjuvant", "women-with-metastatic-disease"])
    }

    func testTraversals() throws {
        XCTAssertEqual(try evaluator.ids("registries -> addresses"), ["continue-after-progression"])
        XCTAssertEqual(try evaluator.ids("registries->addresses"), ["continue-after-progression"])
        XCTAssertEqual(try evaluator.ids("trastuzumab <- concerns"), [
            "modest-toxicity", "no-convincing-evidence", "possible-unproven-benefit", "continued-administration",
            "continue-after-progression", "switch-or-continue", "registher",
        ])
        XCTAssertEqual(try evaluator.ids("trastuzumab <- concerns -> addressed_by"),
                       ["registher", "no-trastuzumab-control-trials", "planned-switching-trials"])
        XCTAssertEqual(try evaluator.ids("trastuzumab -> concerned_in"), try evaluator.ids("trastuzumab <- concerns"))
        XCTAssertEqual(try evaluator.ids("continue-after-progression <- addresses"), ["registher", "no-trastuzumab-control-trials"])
        XCTAssertEqual(try evaluator.ids("continue-after-progression -> addressed_by"), ["registher", "no-trastuzumab-control-trials"])
        XCTAssertEqual(try evaluator.ids("trials -> addresses -> relevant_to"), ["relapse-after-adjuvant", "women-with-metastatic-disease"])
        XCTAssertEqual(try evaluator.ids("trastuzumab <- concerns where kind=question -> addressed_by where status=planned"), ["planned-switching-trials"])
        XCTAssertEqual(try evaluator.entityList("trastuzumab <- concerns -> addressed_by").noun, Noun.entity)
        XCTAssertEqual(try evaluator.entityList("registries -> addresses").noun, Noun("question", "questions"))
        XCTAssertEqual(try evaluator.entityList("registries -> addresses").columns, ["status", "importance"])
    }

    func testBooleanConditions() throws {
        XCTAssertEqual(try evaluator.ids("questions where status=new or status=unanswered"), ["continue-after-progression", "switch-or-continue"])
        XCTAssertEqual(try evaluator.ids("questions where not status=new"), ["continue-after-progression"])
        XCTAssertEqual(try evaluator.ids("questions where not not status=new"), ["switch-or-continue"])
        XCTAssertEqual(try evaluator.ids("questions where status=new or status=unanswered and has importance"),
                       ["continue-after-progression", "switch-or-continue"])
        XCTAssertEqual(try evaluator.ids("questions where (status=new or status=unanswered) and has importance"), ["continue-after-progression"])
        XCTAssertEqual(try evaluator.ids("evidence where topic=evidence and not strength=little"), ["no-convincing-evidence"])
    }

    func testContains() throws {
        XCTAssertEqual(try evaluator.ids("evidence where name ~ TRASTUZUMAB"), ["modest-toxicity", "no-convincing-evidence", "possible-unproven-benefit"])
        XCTAssertEqual(try evaluator.ids("questions where concerns ~ second"), ["switch-or-continue"])
        XCTAssertEqual(try evaluator.ids("registries where url ~ registher"), ["registher"])
        XCTAssertEqual(try evaluator.ids(#"populations where condition ~ "HER-2 positive""#), ["registry-patients"])
        XCTAssertEqual(try evaluator.ids("trials where minimum-count ~ 2"), ["no-trastuzumab-control-trials"])
    }

    func testHas() throws {
        XCTAssertEqual(try evaluator.ids("trials where has minimum-count"), ["no-trastuzumab-control-trials"])
        XCTAssertEqual(try evaluator.ids("trials where not has timing"), ["no-trastuzumab-control-trials"])
        XCTAssertEqual(try evaluator.ids("entities where has aliases"), [
            "second-generation-her2-agents", "trastuzumab", "lajos-pusztai", "women-with-metastatic-disease",
            "continue-after-progression", "switch-or-continue", "registher",
        ])
        XCTAssertEqual(try evaluator.ids("questions where has addressed_by"), ["continue-after-progression", "switch-or-continue"])
        XCTAssertEqual(try evaluator.ids("questions where has raised_by"), ["switch-or-continue"])
        XCTAssertEqual(try evaluator.ids("trials where has covers"), [])
    }

    func testNotEqualNeedsTheField() throws {
        XCTAssertEqual(try evaluator.ids("trials where timing != retrospective"), ["planned-switching-trials"])
        XCTAssertEqual(try evaluator.ids("trials where timing <> prospective"), [])
        XCTAssertEqual(try evaluator.ids("trials where not timing = retrospective"), ["no-trastuzumab-control-trials", "planned-switching-trials"])
        XCTAssertEqual(try evaluator.ids("trials where minimum-count != 3"), ["no-trastuzumab-control-trials"])
        XCTAssertEqual(try evaluator.ids("questions where concerns != trastuzumab"), [])
        XCTAssertEqual(try evaluator.ids("questions where concerns != second-generation-her2-agents"), ["continue-after-progression"])
    }

    func testOrderingOperators() throws {
        XCTAssertEqual(try evaluator.ids("trials where minimum-count > 1"), ["no-trastuzumab-control-trials"])
        XCTAssertEqual(try evaluator.ids("trials where minimum-count > 2"), [])
        XCTAssertEqual(try evaluator.ids("trials where minimum-count >= 2"), ["no-trastuzumab-control-trials"])
        XCTAssertEqual(try evaluator.ids("trials where minimum-count < 2"), [])
        XCTAssertEqual(try evaluator.ids("trials where minimum-count <= 2.5"), ["no-trastuzumab-control-trials"])
        XCTAssertEqual(try evaluator.ids("publications where volume < 100 and issue >= 2"), ["pusztai-2006"])
    }

    /// A date bound is compared at its own precision: 2006-03 is in 2006, neither before nor after it.
    func testOrderingOnDates() throws {
        XCTAssertEqual(try evaluator.ids("publications where date >= 2006"), ["pusztai-2006"])
        XCTAssertEqual(try evaluator.ids("publications where date <= 2006"), ["pusztai-2006"])
        XCTAssertEqual(try evaluator.ids("publications where date > 2006"), [])
        XCTAssertEqual(try evaluator.ids("publications where date < 2006"), [])
        XCTAssertEqual(try evaluator.ids("publications where date > 2005"), ["pusztai-2006"])
        XCTAssertEqual(try evaluator.ids("publications where date < 2006-04"), ["pusztai-2006"])
        XCTAssertEqual(try evaluator.ids("publications where date < 2006-03"), [])
        XCTAssertEqual(try evaluator.ids("publications where date > 2006-02-28"), ["pusztai-2006"])
        XCTAssertEqual(try evaluator.ids("entities where date >= 2000"), ["pusztai-2006"])
    }

    func testOrderBy() throws {
        // Enumeration values sort in schema order (none, little, unconvincing, unproven, modest).
        XCTAssertEqual(try evaluator.ids("evidence order by strength desc"),
                       ["modest-toxicity", "possible-unproven-benefit", "no-convincing-evidence", "little-evidence", "no-randomized-results"])
        XCTAssertEqual(try evaluator.ids("evidence order by strength"),
                       ["no-randomized-results", "little-evidence", "no-convincing-evidence", "possible-unproven-benefit", "modest-toxicity"])
        XCTAssertEqual(try evaluator.ids("populations order by name"), ["registry-patients", "relapse-after-adjuvant", "women-with-metastatic-disease"])
        XCTAssertEqual(try evaluator.ids("populations order by name desc"), ["women-with-metastatic-disease", "relapse-after-adjuvant", "registry-patients"])
        XCTAssertEqual(try evaluator.ids("trials order by id desc"), ["planned-switching-trials", "no-trastuzumab-control-trials"])
        // Entities without the field go last, either way.
        XCTAssertEqual(try evaluator.ids("trials order by timing"), ["planned-switching-trials", "no-trastuzumab-control-trials"])
        XCTAssertEqual(try evaluator.ids("trials order by timing desc"), ["planned-switching-trials", "no-trastuzumab-control-trials"])
        // Ties keep the listing order; topics in schema order (evidence, toxicity, benefit, results).
        XCTAssertEqual(try evaluator.ids("evidence order by topic"),
                       ["little-evidence", "no-convincing-evidence", "modest-toxicity", "possible-unproven-benefit", "no-randomized-results"])
        XCTAssertEqual(try evaluator.ids("questions order by addressed_by"), ["switch-or-continue", "continue-after-progression"])
    }

    func testLimit() throws {
        XCTAssertEqual(try evaluator.ids("evidence limit 2"), ["little-evidence", "modest-toxicity"])
        XCTAssertEqual(try evaluator.ids("evidence order by strength desc limit 1"), ["modest-toxicity"])
        XCTAssertEqual(try evaluator.ids("trials limit 100"), ["no-trastuzumab-control-trials", "planned-switching-trials"])
        XCTAssertEqual(try evaluator.ids("entities limit 0"), [])
        XCTAssertEqual(try evaluator.ids("(trials limit 1) -> addresses"), ["continue-after-progression"])
    }

    func testCount() throws {
        guard case .count(let trials, let noun) = try evaluator.run("count trials") else { return XCTFail("not a count") }
        XCTAssertEqual(trials, 2)
        XCTAssertEqual(noun, Noun("trial", "trials"))
        guard case .count(let concerned, let mixed) = try evaluator.run("count trastuzumab <- concerns") else { return XCTFail("not a count") }
        XCTAssertEqual(concerned, 7)
        XCTAssertEqual(mixed, Noun.entity)
        guard case .count(let none, _) = try evaluator.run("count trials where control=placebo") else { return XCTFail("not a count") }
        XCTAssertEqual(none, 0)
    }

    func testSelect() throws {
        let table = try evaluator.table("select name, addresses, minimum-count, addresses.status from trials")
        XCTAssertEqual(table.columns, ["name", "addresses", "minimum-count", "addresses.status"])
        XCTAssertEqual(table.rows, [
            ["randomized trials with no trastuzumab in the control arms", "continue-after-progression", "2", "unanswered"],
            ["clinical trials planned to address the switching question prospectively", "switch-or-continue", "", "new"],
        ])
        XCTAssertEqual(table.noun, "trials")
    }

    func testSelectCellTypes() throws {
        guard case .table(let table, _) = try evaluator.run("select importance, aliases, concerns, kind from questions where status=new") else {
            return XCTFail("not a table")
        }
        XCTAssertEqual(table.rows, [[.empty, .list(["switching question"]), .list(["second-generation-her2-agents", "trastuzumab"]), .text("question")]])
        guard case .table(let counts, _) = try evaluator.run("select minimum-count from trials limit 1") else { return XCTFail("not a table") }
        XCTAssertEqual(counts.rows, [[.number(2)]])
    }
}
