import XCTest
import KnowledgeGraph
@testable import KnowledgeQuery

/// Queries yield exactly the expected entities, in order: listings and names over the seed graph,
/// the query language's semantics over the fictional literature (Fixtures/literature).
final class EvaluatorQueryTests: XCTestCase {
    /// The shipped seed pack.
    private var seed: GraphExecutor!
    /// The fictional two-source literature.
    private var evaluator: GraphExecutor!

    override func setUpWithError() throws {
        seed = try SeedGraph.evaluator()
        evaluator = try FixtureGraph.literature.evaluator()
    }

    func testKindListings() throws {
        XCTAssertEqual(try seed.ids("trials"), ["no-trastuzumab-control-trials", "planned-trials"])
        XCTAssertEqual(try seed.ids("trial"), try seed.ids("TRIALS"))
        XCTAssertEqual(try seed.ids("claims"), ["convincing-evidence-for-continuation", "little-evidence", "randomized-trial-results"])
        XCTAssertEqual(try seed.ids("claims"), try seed.ids("evidence-items"))
        XCTAssertEqual(try seed.ids("people"), ["lajos-pusztai"])
        XCTAssertEqual(try seed.ids("entities").count, 23)
        XCTAssertEqual(try seed.ids("entities").first, "second-generation-her2-agents")
        let list = try seed.entityList("trials")
        // A column for every attribute some trial has a statement of, hedged ones included.
        XCTAssertEqual(list.columns.map(\.name), ["allocation", "status", "stop-reason", "timing", "minimum-count"])
        XCTAssertEqual(list.noun, Noun("trial", "trials"))
        XCTAssertNil(list.emptiness)
        XCTAssertEqual(list.notes, [])
        XCTAssertEqual(try seed.entityList("entities").columns.map(\.name), [])
        XCTAssertEqual(try seed.entityList("entities").noun, Noun.entity)
    }

    func testEntitiesByIdNameOrAlias() throws {
        XCTAssertEqual(try seed.ids("herceptin"), ["trastuzumab"])
        XCTAssertEqual(try seed.ids("HERCEPTIN"), ["trastuzumab"])
        XCTAssertEqual(try seed.ids(#""Herceptin""#), ["trastuzumab"])
        XCTAssertEqual(try seed.ids(#""second-generation HER2-targeted agents""#), ["second-generation-her2-agents"])
        XCTAssertEqual(try seed.ids(#""second generation HER2-targeted agents""#), ["second-generation-her2-agents"])
        XCTAssertEqual(try seed.ids(#"'central registry program'"#), ["registher"])
        XCTAssertEqual(try seed.ids(#""continuation question""#), ["continue-after-progression"])
        XCTAssertEqual(try seed.ids("registher"), ["registher"])
        XCTAssertEqual(try seed.entityList("registher").noun, Noun("registry", "registries"))
        XCTAssertEqual(try evaluator.ids(#""glimmer question""#), ["velostatin-slows-glimmer"])
        XCTAssertEqual(try evaluator.entityList("TRIAL-A").noun, Noun("trial", "trials"))
    }

    func testEquality() throws {
        XCTAssertEqual(try evaluator.ids("trials where control=placebo"), ["trial-a"])
        XCTAssertEqual(try evaluator.ids("trials where control == PLACEBO"), ["trial-a"])
        XCTAssertEqual(try evaluator.ids(#"trials where status = "planned""#), ["trial-a"])
        XCTAssertEqual(try evaluator.ids("publications where volume=7"), ["quillfeather-2019"])
        XCTAssertEqual(try evaluator.ids("publications where volume=7.0"), ["quillfeather-2019"])
        XCTAssertEqual(try evaluator.ids("publications where date=2019-06"), ["quillfeather-2019"])
        XCTAssertEqual(try evaluator.ids("entities where status=answered"), ["velostatin-slows-glimmer"])
        XCTAssertEqual(try evaluator.ids("entities where kind=trial"), ["trial-a"])
        XCTAssertEqual(try evaluator.ids(#"entities where alias="glimmer question""#), ["velostatin-slows-glimmer"])
        XCTAssertEqual(try evaluator.ids("entities where id=placebo"), ["placebo"])
        XCTAssertEqual(try seed.ids("trials where minimum-count=2"), ["no-trastuzumab-control-trials"])
        XCTAssertEqual(try seed.ids("registries where url=WWW.REGISTHER.COM"), ["registher"])
        XCTAssertEqual(try seed.ids("trials where control=no-trastuzumab"), ["no-trastuzumab-control-trials"])
    }

    func testRelationsAsFields() throws {
        XCTAssertEqual(try evaluator.ids("questions where concerns=daily-velostatin"), ["velostatin-slows-glimmer"])
        XCTAssertEqual(try evaluator.ids(#"questions where concerns="daily velostatin""#), ["velostatin-slows-glimmer"])
        XCTAssertEqual(try evaluator.ids("treatments where tested_in=velo-a-study"), ["daily-velostatin"])
        XCTAssertEqual(try evaluator.ids("treatments where tested_in.status=completed"), ["daily-velostatin"])
        XCTAssertEqual(try evaluator.ids("drugs where used_in.tested_in.status=planned"), ["velostatin"])
        XCTAssertEqual(try evaluator.ids("drugs where used_in.concerned_in.status=open"), ["velostatin"])
        XCTAssertEqual(try evaluator.ids("populations where covered_by.tests=daily-velostatin"), ["adults-with-glimmer"])
        XCTAssertEqual(try seed.ids("questions where concerns=continued-trastuzumab"), ["continue-after-progression"])
    }

    func testTraversals() throws {
        XCTAssertEqual(try evaluator.ids("trial-a -> tests"), ["daily-velostatin"])
        XCTAssertEqual(try evaluator.ids("trials->tests"), ["daily-velostatin"])
        XCTAssertEqual(try evaluator.ids("velostatin <- uses"), ["off-label-use", "daily-velostatin"])
        XCTAssertEqual(try evaluator.ids("velostatin -> used_in"), try evaluator.ids("velostatin <- uses"))
        XCTAssertEqual(try evaluator.ids("velostatin <- uses -> tested_in"), ["trial-a"])
        XCTAssertEqual(try evaluator.ids("trials -> tests -> uses"), ["velostatin"])
        XCTAssertEqual(try evaluator.ids("velostatin <- uses where kind=treatment -> tested_in where status=completed"), ["trial-a"])
        XCTAssertEqual(try evaluator.ids("velostatin <- effect_of"), ["headaches", "mild-side-effects"])
        XCTAssertEqual(try evaluator.entityList("velostatin <- uses").noun, Noun.entity)
        XCTAssertEqual(try evaluator.entityList("trials -> tests").noun, Noun("treatment", "treatments"))
        XCTAssertEqual(try evaluator.entityList("publications -> first_author").columns.map(\.name), [])
        XCTAssertEqual(try evaluator.entityList("trial-a -> covers").columns.map(\.name), ["condition", "size"])
        XCTAssertEqual(try seed.ids("trastuzumab <- uses <- concerns"), ["continued-administration", "continue-after-progression"])
    }

    func testBooleanConditions() throws {
        XCTAssertEqual(try evaluator.ids("effects where type=benefit or type=harm"), ["slower-glimmer"])
        XCTAssertEqual(try evaluator.ids("effects where not type=benefit"), ["headaches", "mild-side-effects"])
        XCTAssertEqual(try evaluator.ids("effects where not not type=benefit"), ["slower-glimmer"])
        XCTAssertEqual(try evaluator.ids("effects where type=benefit or type=side-effect and has severity"), ["slower-glimmer"])
        XCTAssertEqual(try evaluator.ids("effects where (type=benefit or type=side-effect) and effect_of=velostatin"), ["headaches", "mild-side-effects"])
        XCTAssertEqual(try seed.ids("questions where status=open or novelty=new"), ["continue-after-progression", "switch-or-continue"])
    }

    func testContains() throws {
        XCTAssertEqual(try evaluator.ids("entities where name ~ VELOSTATIN"), [
            "velostatin", "mild-side-effects", "slower-glimmer", "evidence-for-off-label-use", "off-label-use",
            "velostatin-slows-glimmer", "daily-velostatin",
        ])
        XCTAssertEqual(try evaluator.ids("questions where concerns ~ daily"), ["velostatin-slows-glimmer"])
        XCTAssertEqual(try evaluator.ids("publications where journal ~ fict"), ["quillfeather-2019", "wexley-2022"])
        XCTAssertEqual(try evaluator.ids("publications where volume ~ 1"), ["wexley-2022"])
        XCTAssertEqual(try seed.ids("registries where url ~ registher"), ["registher"])
        XCTAssertEqual(try seed.ids(#"populations where condition ~ "HER-2 positive""#), ["registry-patients"])
    }

    func testHas() throws {
        XCTAssertEqual(try evaluator.ids("publications where has issue"), ["quillfeather-2019", "wexley-2022"])
        XCTAssertEqual(try evaluator.ids("trials where not has covers"), [])
        XCTAssertEqual(try evaluator.ids("entities where has aliases"), ["velostatin-slows-glimmer", "trial-a"])
        XCTAssertEqual(try evaluator.ids("treatments where has tested_in"), ["daily-velostatin"])
        // Only a hedged statement links the question to the trial: it does not count.
        XCTAssertEqual(try evaluator.ids("questions where has addressed_by"), [])
        XCTAssertEqual(try seed.ids("trials where has minimum-count"), ["no-trastuzumab-control-trials"])
        XCTAssertEqual(try seed.ids("trials where not has timing"), ["no-trastuzumab-control-trials"])
    }

    func testNotEqualNeedsTheField() throws {
        XCTAssertEqual(try evaluator.ids("publications where type != editorial"), ["wexley-2022"])
        XCTAssertEqual(try evaluator.ids("publications where type <> trial-report"), ["quillfeather-2019"])
        XCTAssertEqual(try evaluator.ids("publications where not type = review"), ["quillfeather-2019", "wexley-2022"])
        XCTAssertEqual(try evaluator.ids("effects where severity != minimal"), [])
        XCTAssertEqual(try evaluator.ids("treatments where tested_in != trial-a"), [])
        XCTAssertEqual(try evaluator.ids("evidence where supports != off-label-use"), ["trial-a-results"])
        XCTAssertEqual(try seed.ids("trials where timing != retrospective"), ["planned-trials"])
    }

    func testOrderingOperators() throws {
        XCTAssertEqual(try evaluator.ids("publications where volume > 7"), ["wexley-2022"])
        XCTAssertEqual(try evaluator.ids("publications where volume >= 7"), ["quillfeather-2019", "wexley-2022"])
        XCTAssertEqual(try evaluator.ids("publications where volume < 10"), ["quillfeather-2019"])
        XCTAssertEqual(try evaluator.ids("publications where volume <= 9.5"), ["quillfeather-2019"])
        XCTAssertEqual(try evaluator.ids("publications where volume > 10"), [])
        XCTAssertEqual(try seed.ids("trials where minimum-count > 1"), ["no-trastuzumab-control-trials"])
        XCTAssertEqual(try seed.ids("trials where minimum-count < 2"), [])
    }

    /// A date bound is compared at its own precision: 2019-06 is in 2019, neither before nor after it.
    func testOrderingOnDates() throws {
        XCTAssertEqual(try evaluator.ids("publications where date >= 2019"), ["quillfeather-2019", "wexley-2022"])
        XCTAssertEqual(try evaluator.ids("publications where date <= 2022"), ["quillfeather-2019", "wexley-2022"])
        XCTAssertEqual(try evaluator.ids("publications where date < 2022"), ["quillfeather-2019"])
        XCTAssertEqual(try evaluator.ids("publications where date > 2019-06"), ["wexley-2022"])
        XCTAssertEqual(try evaluator.ids("publications where date < 2019-06"), [])
        XCTAssertEqual(try evaluator.ids("publications where date > 2019-05-31"), ["quillfeather-2019", "wexley-2022"])
        XCTAssertEqual(try evaluator.ids("entities where date >= 2020"), ["wexley-2022"])
        XCTAssertEqual(try seed.ids("publications where date > 2006"), [])
        XCTAssertEqual(try seed.ids("publications where date < 2006-04"), ["pusztai-2006"])
    }

    /// A range on a number or a date is answered from the value index (one pass over the
    /// attribute's distinct values); the double negation hides it from the index, so the same
    /// condition is also answered by a scan of every entity, and both must agree.
    func testRangesFromTheValueIndexAnswerAsAScan() throws {
        let conditions = ["volume > 7", "volume >= 7", "volume < 10", "volume <= 9.5", "volume > -1", "date >= 2019", "date < 2022",
                          "date > 2019-06", "date <= 2019-05-31", "date >= 2020-01-01", "volume >= 7 and date < 2022", "volume < 8 or date > 2021"]
        for condition in conditions {
            for source in ["publications", "entities"] {
                XCTAssertEqual(try evaluator.ids("\(source) where \(condition)"), try evaluator.ids("\(source) where not (not (\(condition)))"),
                               "\(source) where \(condition)")
            }
        }
        XCTAssertEqual(try seed.ids("trials where minimum-count > 1"), try seed.ids("trials where not (not minimum-count > 1)"))
        guard case .explanation(let plan) = try evaluator.run("explain publications where date >= 2019") else { return XCTFail() }
        XCTAssertTrue(plan.steps.contains { $0.hasSuffix("date >= 2019: answered by the indexes") }, "\(plan.steps)")
    }

    func testOrderBy() throws {
        // Enumeration values sort in schema order (benefit, harm, toxicity, side-effect); ties keep the listing order.
        XCTAssertEqual(try evaluator.ids("effects order by type"), ["slower-glimmer", "headaches", "mild-side-effects"])
        XCTAssertEqual(try evaluator.ids("effects order by type desc"), ["headaches", "mild-side-effects", "slower-glimmer"])
        XCTAssertEqual(try evaluator.ids("people order by name desc"), ["cora-wexley", "boris-nettlestone", "ada-quillfeather"])
        XCTAssertEqual(try evaluator.ids("publications order by volume"), ["quillfeather-2019", "wexley-2022"])
        // Entities without the field go last, either way.
        XCTAssertEqual(Array(try evaluator.ids("entities order by date desc").prefix(3)), ["wexley-2022", "quillfeather-2019", "velostatin"])
        XCTAssertEqual(try evaluator.ids("effects order by severity"), ["headaches", "mild-side-effects", "slower-glimmer"])
        XCTAssertEqual(try evaluator.ids("treatments order by tested_in"), ["daily-velostatin", "placebo"])
        XCTAssertEqual(try seed.ids("trials order by id desc"), ["planned-trials", "no-trastuzumab-control-trials"])
        XCTAssertEqual(try seed.ids("trials order by timing desc"), ["planned-trials", "no-trastuzumab-control-trials"])
    }

    func testLimit() throws {
        XCTAssertEqual(try evaluator.ids("entities limit 2"), ["velostatin", "headaches"])
        XCTAssertEqual(try evaluator.ids("effects order by type limit 1"), ["slower-glimmer"])
        XCTAssertEqual(try evaluator.ids("effects limit 100"), ["headaches", "mild-side-effects", "slower-glimmer"])
        XCTAssertEqual(try evaluator.ids("entities limit 0"), [])
        XCTAssertEqual(try evaluator.ids("(effects limit 1) -> effect_of"), ["velostatin"])
    }

    func testCount() throws {
        guard case .count(let effects, let noun) = try evaluator.run("count effects") else { return XCTFail("not a count") }
        XCTAssertEqual(effects, 3)
        XCTAssertEqual(noun, Noun("effect", "effects"))
        guard case .count(let used, let mixed) = try evaluator.run("count velostatin <- uses") else { return XCTFail("not a count") }
        XCTAssertEqual(used, 2)
        XCTAssertEqual(mixed, Noun.entity)
        guard case .count(let none, _) = try evaluator.run("count trials where status=recruiting") else { return XCTFail("not a count") }
        XCTAssertEqual(none, 0)
        guard case .count(let seedCount, _) = try seed.run("count trastuzumab <- uses") else { return XCTFail("not a count") }
        XCTAssertEqual(seedCount, 3, "the treatment that uses no trastuzumab is a denial, not a use")
    }

    func testSelect() throws {
        let table = try evaluator.table("select title, volume, first_author, first_author.name from publications")
        XCTAssertEqual(table.columns, ["title", "volume", "first_author", "first_author.name"])
        XCTAssertEqual(table.rows, [
            ["Velostatin for chronic arterial glimmer: an open question", "7", "ada-quillfeather", "Ada Quillfeather"],
            ["Daily velostatin slows arterial glimmer: final results of TRIAL-A", "10", "cora-wexley", "Cora Wexley"],
        ])
        XCTAssertEqual(table.noun, "publications")
        XCTAssertEqual(try evaluator.table("select id, xrefs from trials").rows, [["trial-a", "nct:NCT09000001"]])
    }

    func testSelectCellTypes() throws {
        XCTAssertEqual(try evaluator.rows("select importance, aliases, concerns, kind, status from questions").rows, [[.empty, .list(["glimmer question"]), .list(["daily-velostatin"]), .text("question"), .list(["open", "answered"])]])
        XCTAssertEqual(try evaluator.rows("select volume from publications limit 1").rows, [[.number(7)]])
    }
}
