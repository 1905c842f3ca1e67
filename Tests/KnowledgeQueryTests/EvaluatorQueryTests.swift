import XCTest
import KnowledgeGraph
@testable import KnowledgeQuery

/// Queries yield exactly the expected entities, in order: listings and names over the fictional review
/// (Fixtures/grey-fever), the query language's semantics over the fictional literature (Fixtures/literature).
final class EvaluatorQueryTests: XCTestCase {
    /// The fictional review of one source, with entities of thirteen kinds.
    private var review: GraphExecutor!
    /// The fictional two-source literature.
    private var evaluator: GraphExecutor!

    override func setUpWithError() throws {
        review = try FixtureGraph.greyFever.evaluator()
        evaluator = try FixtureGraph.literature.evaluator()
    }

    func testKindListings() throws {
        XCTAssertEqual(try review.ids("trials"), ["no-zorvamab-control-trials", "planned-switch-trials"])
        XCTAssertEqual(try review.ids("trial"), try review.ids("TRIALS"))
        XCTAssertEqual(try review.ids("claims"), ["convincing-evidence-for-zorvamab", "randomized-results", "scant-evidence"])
        XCTAssertEqual(try review.ids("claims"), try review.ids("evidence-items"))
        XCTAssertEqual(try review.ids("people"), ["tamsin-ostrander"])
        XCTAssertEqual(try review.ids("entities").count, 23)
        XCTAssertEqual(try review.ids("entities").first, "second-generation-grx-agents")
        let list = try review.entityList("trials")
        // A column for every attribute some trial has a statement of, hedged ones included.
        XCTAssertEqual(list.columns.map(\.name), ["allocation", "status", "stop-reason", "timing", "minimum-count"])
        XCTAssertEqual(list.noun, Noun("trial", "trials"))
        XCTAssertNil(list.emptiness)
        XCTAssertEqual(list.notes, [])
        XCTAssertEqual(try review.entityList("entities").columns.map(\.name), [])
        XCTAssertEqual(try review.entityList("entities").noun, Noun.entity)
    }

    func testEntitiesByIdNameOrAlias() throws {
        XCTAssertEqual(try review.ids("zorvex"), ["zorvamab"])
        XCTAssertEqual(try review.ids("ZORVEX"), ["zorvamab"])
        XCTAssertEqual(try review.ids(#""Zorvex""#), ["zorvamab"])
        XCTAssertEqual(try review.ids(#""second-generation GRX-targeted agents""#), ["second-generation-grx-agents"])
        XCTAssertEqual(try review.ids(#""second generation GRX-targeted agents""#), ["second-generation-grx-agents"])
        XCTAssertEqual(try review.ids(#"'central patient registry'"#), ["feverlog"])
        XCTAssertEqual(try review.ids(#""relapse question""#), ["continue-after-relapse"])
        XCTAssertEqual(try review.ids("feverlog"), ["feverlog"])
        XCTAssertEqual(try review.entityList("feverlog").noun, Noun("registry", "registries"))
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
        XCTAssertEqual(try review.ids("trials where minimum-count=2"), ["no-zorvamab-control-trials"])
        XCTAssertEqual(try review.ids("registries where url=WWW.FEVERLOG.EXAMPLE"), ["feverlog"])
        XCTAssertEqual(try review.ids("trials where control=no-zorvamab"), ["no-zorvamab-control-trials"])
    }

    func testRelationsAsFields() throws {
        XCTAssertEqual(try evaluator.ids("questions where concerns=daily-velostatin"), ["velostatin-slows-glimmer"])
        XCTAssertEqual(try evaluator.ids(#"questions where concerns="daily velostatin""#), ["velostatin-slows-glimmer"])
        XCTAssertEqual(try evaluator.ids("treatments where tested_in=velo-a-study"), ["daily-velostatin"])
        XCTAssertEqual(try evaluator.ids("treatments where tested_in.status=completed"), ["daily-velostatin"])
        XCTAssertEqual(try evaluator.ids("drugs where used_in.tested_in.status=planned"), ["velostatin"])
        XCTAssertEqual(try evaluator.ids("drugs where used_in.concerned_in.status=open"), ["velostatin"])
        XCTAssertEqual(try evaluator.ids("populations where covered_by.tests=daily-velostatin"), ["adults-with-glimmer"])
        XCTAssertEqual(try review.ids("questions where concerns=continued-zorvamab"), ["continue-after-relapse"])
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
        XCTAssertEqual(try review.ids("zorvamab <- uses <- concerns"), ["ongoing-administration", "continue-after-relapse"])
    }

    func testBooleanConditions() throws {
        XCTAssertEqual(try evaluator.ids("effects where type=benefit or type=harm"), ["slower-glimmer"])
        XCTAssertEqual(try evaluator.ids("effects where not type=benefit"), ["headaches", "mild-side-effects"])
        XCTAssertEqual(try evaluator.ids("effects where not not type=benefit"), ["slower-glimmer"])
        XCTAssertEqual(try evaluator.ids("effects where type=benefit or type=side-effect and has severity"), ["slower-glimmer"])
        XCTAssertEqual(try evaluator.ids("effects where (type=benefit or type=side-effect) and effect_of=velostatin"), ["headaches", "mild-side-effects"])
        XCTAssertEqual(try review.ids("questions where status=open or novelty=new"), ["continue-after-relapse", "switch-or-keep"])
    }

    func testContains() throws {
        XCTAssertEqual(try evaluator.ids("entities where name ~ VELOSTATIN"), [
            "velostatin", "mild-side-effects", "slower-glimmer", "evidence-for-off-label-use", "off-label-use",
            "velostatin-slows-glimmer", "daily-velostatin",
        ])
        XCTAssertEqual(try evaluator.ids("questions where concerns ~ daily"), ["velostatin-slows-glimmer"])
        XCTAssertEqual(try evaluator.ids("publications where journal ~ fict"), ["quillfeather-2019", "wexley-2022"])
        XCTAssertEqual(try evaluator.ids("publications where volume ~ 1"), ["wexley-2022"])
        XCTAssertEqual(try review.ids("registries where url ~ feverlog"), ["feverlog"])
        XCTAssertEqual(try review.ids(#"populations where condition ~ "positive grey""#), ["feverlog-patients"])
    }

    func testHas() throws {
        XCTAssertEqual(try evaluator.ids("publications where has issue"), ["quillfeather-2019", "wexley-2022"])
        XCTAssertEqual(try evaluator.ids("trials where not has covers"), [])
        XCTAssertEqual(try evaluator.ids("entities where has aliases"), ["velostatin-slows-glimmer", "trial-a"])
        XCTAssertEqual(try evaluator.ids("treatments where has tested_in"), ["daily-velostatin"])
        // Only a hedged statement links the question to the trial: it does not count.
        XCTAssertEqual(try evaluator.ids("questions where has addressed_by"), [])
        XCTAssertEqual(try review.ids("trials where has minimum-count"), ["no-zorvamab-control-trials"])
        XCTAssertEqual(try review.ids("trials where not has timing"), ["no-zorvamab-control-trials"])
    }

    func testNotEqualNeedsTheField() throws {
        XCTAssertEqual(try evaluator.ids("publications where type != editorial"), ["wexley-2022"])
        XCTAssertEqual(try evaluator.ids("publications where type <> trial-report"), ["quillfeather-2019"])
        XCTAssertEqual(try evaluator.ids("publications where not type = review"), ["quillfeather-2019", "wexley-2022"])
        XCTAssertEqual(try evaluator.ids("effects where severity != minimal"), [])
        XCTAssertEqual(try evaluator.ids("treatments where tested_in != trial-a"), [])
        XCTAssertEqual(try evaluator.ids("evidence where supports != off-label-use"), ["trial-a-results"])
        XCTAssertEqual(try review.ids("trials where timing != retrospective"), ["planned-switch-trials"])
    }

    func testOrderingOperators() throws {
        XCTAssertEqual(try evaluator.ids("publications where volume > 7"), ["wexley-2022"])
        XCTAssertEqual(try evaluator.ids("publications where volume >= 7"), ["quillfeather-2019", "wexley-2022"])
        XCTAssertEqual(try evaluator.ids("publications where volume < 10"), ["quillfeather-2019"])
        XCTAssertEqual(try evaluator.ids("publications where volume <= 9.5"), ["quillfeather-2019"])
        XCTAssertEqual(try evaluator.ids("publications where volume > 10"), [])
        XCTAssertEqual(try review.ids("trials where minimum-count > 1"), ["no-zorvamab-control-trials"])
        XCTAssertEqual(try review.ids("trials where minimum-count < 2"), [])
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
        XCTAssertEqual(try review.ids("publications where date > 2011"), [])
        XCTAssertEqual(try review.ids("publications where date < 2011-10"), ["ostrander-2011"])
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
        XCTAssertEqual(try review.ids("trials where minimum-count > 1"), try review.ids("trials where not (not minimum-count > 1)"))
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
        XCTAssertEqual(try review.ids("trials order by id desc"), ["planned-switch-trials", "no-zorvamab-control-trials"])
        XCTAssertEqual(try review.ids("trials order by timing desc"), ["planned-switch-trials", "no-zorvamab-control-trials"])
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
        guard case .count(let reviewCount, _) = try review.run("count zorvamab <- uses") else { return XCTFail("not a count") }
        XCTAssertEqual(reviewCount, 3, "the treatment that uses no zorvamab is a denial, not a use")
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
