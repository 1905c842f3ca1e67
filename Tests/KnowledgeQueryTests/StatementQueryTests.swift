import XCTest
import KnowledgeGraph
@testable import KnowledgeQuery

/// `statements` (alias `facts`) as a source: every statement of every document, filtered on each
/// field kind, sorted, limited, counted and selected, over the fictional two-source literature.
final class StatementQueryTests: XCTestCase {
    private var evaluator: GraphExecutor!

    override func setUpWithError() throws {
        evaluator = try FixtureGraph.literature.evaluator()
    }

    /// `subject predicate object` of each statement a query lists.
    private func triples(_ query: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let table = try evaluator.table(query)
        XCTAssertEqual(table.noun, "statements", file: file, line: line)
        XCTAssertEqual(Array(table.columns.prefix(3)), ["subject", "predicate", "object"], file: file, line: line)
        return table.rows.map { $0.prefix(3).joined(separator: " ") }
    }

    private func count(_ query: String, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        guard case .count(let count, let noun) = try evaluator.run(query) else {
            XCTFail("'\(query)' is not a count", file: file, line: line)
            return -1
        }
        XCTAssertEqual(noun, Noun("statement", "statements"), file: file, line: line)
        return count
    }

    func testTheSourceListsEveryStatementOfEveryDocument() throws {
        let table = try evaluator.table("statements")
        XCTAssertEqual(table.columns, ["subject", "predicate", "object", "hedge", "negated", "as-of", "document", "where"])
        XCTAssertEqual(table.rows.count, evaluator.graph.facts.count)
        XCTAssertEqual(table.rows.count, 48)
        XCTAssertEqual(try count("count statements"), 48)
        XCTAssertEqual(try count("count facts"), 48)
        XCTAssertEqual(try count("count STATEMENTS"), 48)
        // Two sources stating the same fact are two statements, each with its own date and place.
        XCTAssertEqual(table.rows.filter { $0[0] == "trial-a" && $0[1] == "tests" }, [
            ["trial-a", "tests", "daily-velostatin", "asserted", "false", "2019-06", "alpha-2019", "sentence 5"],
            ["trial-a", "tests", "daily-velostatin", "asserted", "false", "2022-02", "beta-2022", "sentence 2"],
        ])
        XCTAssertEqual(table.rows.first { $0[1] == "accounts_for" },
                       ["mild-side-effects", "accounts_for", "off-label-use", "may", "false", "2019-06", "alpha-2019", "sentence 3"])
    }

    func testSubjectByIdNameOrAlias() throws {
        let byID = try triples("statements where subject=trial-a")
        XCTAssertEqual(byID, [
            "trial-a allocation randomized", "trial-a phase phase-3", "trial-a status planned", "trial-a status completed",
            "trial-a addresses velostatin-slows-glimmer", "trial-a control placebo", "trial-a control placebo",
            "trial-a covers adults-with-glimmer", "trial-a tests daily-velostatin", "trial-a tests daily-velostatin",
        ])
        XCTAssertEqual(try triples("statements where subject=TRIAL-A"), byID)
        XCTAssertEqual(try triples(#"statements where subject="the VELO-A study""#), byID)
        XCTAssertEqual(try triples("statements where subject=velo-a-study"), byID)
        XCTAssertEqual(try triples(#"statements where subject="daily velostatin""#), ["daily-velostatin uses velostatin"])
        XCTAssertEqual(try triples(#"statements where subject="glimmer question""#),
                       ["velostatin-slows-glimmer status open", "velostatin-slows-glimmer status answered",
                        "velostatin-slows-glimmer concerns daily-velostatin"])
        XCTAssertEqual(try triples("statements where subject=nobody"), [])
    }

    func testPredicateAndObject() throws {
        XCTAssertEqual(try triples("statements where predicate=status"), [
            "velostatin-slows-glimmer status open", "velostatin-slows-glimmer status answered",
            "trial-a status planned", "trial-a status completed",
        ])
        XCTAssertEqual(try triples("statements where object=placebo"), ["trial-a control placebo", "trial-a control placebo"])
        // An object entity named by its name stands for its id; an attribute value matches as written.
        XCTAssertEqual(try triples(#"statements where object="daily velostatin""#), [
            "slower-glimmer effect_of daily-velostatin", "trial-a-results supports daily-velostatin",
            "velostatin-slows-glimmer concerns daily-velostatin", "trial-a tests daily-velostatin", "trial-a tests daily-velostatin",
        ])
        XCTAssertEqual(try triples("statements where object=COMPLETED"), ["trial-a status completed"])
        XCTAssertEqual(try triples("statements where kind=relation and predicate=effect_of"),
                       ["headaches effect_of velostatin", "mild-side-effects effect_of velostatin", "slower-glimmer effect_of daily-velostatin"])
        XCTAssertEqual(try count("count statements where kind=attribute"), 28)
        XCTAssertEqual(try count("count statements where kind=relation"), 20)
    }

    func testHedgeNegatedAndAsserted() throws {
        XCTAssertEqual(try triples("statements where hedge=may"), ["mild-side-effects accounts_for off-label-use"])
        XCTAssertEqual(try triples("statements where hedge=implied"), ["trial-a addresses velostatin-slows-glimmer"])
        XCTAssertEqual(try triples("statements where hedge != asserted"),
                       ["mild-side-effects accounts_for off-label-use", "trial-a addresses velostatin-slows-glimmer"])
        XCTAssertEqual(try triples("statements where negated=true"), ["evidence-for-off-label-use supports off-label-use"])
        XCTAssertEqual(try count("count statements where negated=false"), 47)
        XCTAssertEqual(try triples("statements where asserted=false"), [
            "mild-side-effects accounts_for off-label-use", "evidence-for-off-label-use supports off-label-use",
            "trial-a addresses velostatin-slows-glimmer",
        ])
        XCTAssertEqual(try count("count statements where asserted=true"), 45)
        // A denied statement is asserted=false but keeps the scale's first word as its hedge.
        XCTAssertEqual(try evaluator.table("statements where negated=true").rows.map { Array($0[3...5]) }, [["asserted", "true", "2019-06"]])
    }

    func testUnknownHedgeIsAnErrorWithASuggestion() throws {
        XCTAssertEqual(try rendered("statements where hedge=mya", in: evaluator), """
            <input>:1:24: error: 'mya' is not a value of 'hedge'
             1 | statements where hedge=mya
               |                        ^~~
               = did you mean 'may'?
               = values: asserted, implied, suggested, possible, may, speculative
            """)
        XCTAssertEqual(try queryError("statements where negated=yes", in: evaluator).notes, ["values: true, false"])
        XCTAssertEqual(try queryError("statements where kind=relaton", in: evaluator).notes.first, "did you mean 'relation'?")
    }

    func testAsOfComparesDatesAtTheirPrecision() throws {
        // A statement without its own as-of date speaks for its document's date.
        XCTAssertEqual(try count("count statements where as-of < 2020"), 25)
        XCTAssertEqual(try count("count statements where document=alpha-2019"), 25)
        XCTAssertEqual(try count("count statements where as-of >= 2022"), 23)
        XCTAssertEqual(try count("count statements where document=beta-2022"), 23)
        XCTAssertEqual(try count("count statements where as-of >= 2019-06 and as-of < 2022-02"), 25)
        XCTAssertEqual(try count("count statements where as-of > 2022"), 0)
        XCTAssertEqual(try count("count statements where as-of = 2019-06"), 25)
        XCTAssertEqual(try triples("statements where predicate=status and as-of >= 2020"),
                       ["velostatin-slows-glimmer status answered", "trial-a status completed"])
        XCTAssertEqual(try queryError("statements where as-of > soon", in: evaluator).message, "'soon' is not a date; 'as-of' is a date")
        XCTAssertEqual(try queryError("statements where hedge < may", in: evaluator).message,
                       "'<' compares numbers and dates, but 'hedge' is not one")
    }

    func testDocumentSentenceQuoteAndNote() throws {
        XCTAssertEqual(try triples("statements where document=beta-2022 and kind=relation and subject=trial-a"), [
            "trial-a control placebo", "trial-a covers adults-with-glimmer", "trial-a tests daily-velostatin",
        ])
        // Sentence numbers are each document's own.
        XCTAssertEqual(try triples("statements where sentence=3"), [
            "mild-side-effects type side-effect", "mild-side-effects accounts_for off-label-use", "mild-side-effects effect_of velostatin",
            "trial-a-results bears_on velostatin-slows-glimmer", "off-label-use prevalence growing", "off-label-use uses velostatin",
            "velostatin-slows-glimmer status answered",
        ])
        XCTAssertEqual(try triples("statements where sentence=3 and document=alpha-2019").count, 5)
        XCTAssertEqual(try triples(#"statements where quote ~ "MAY ACCOUNT""#), ["mild-side-effects accounts_for off-label-use"])
        XCTAssertEqual(try triples(#"statements where quote ~ "no evidence""#), ["evidence-for-off-label-use supports off-label-use"])
        XCTAssertEqual(try triples("statements where has note"),
                       ["velostatin-slows-glimmer status answered", "trial-a addresses velostatin-slows-glimmer"])
        XCTAssertEqual(try triples("statements where not has note and hedge=implied"), [])
        XCTAssertEqual(try triples(#"statements where note ~ "does not name""#), ["trial-a addresses velostatin-slows-glimmer"])
    }

    func testOrderLimitAndCount() throws {
        let newestFirst = try evaluator.table("select subject, object, as-of from statements where predicate=status order by as-of desc")
        XCTAssertEqual(newestFirst.rows, [
            ["velostatin-slows-glimmer", "answered", "2022-02"], ["trial-a", "completed", "2022-02"],
            ["velostatin-slows-glimmer", "open", "2019-06"], ["trial-a", "planned", "2019-06"],
        ])
        XCTAssertEqual(try evaluator.table("select object from statements where predicate=status order by as-of").rows.map { $0[0] },
                       ["open", "planned", "answered", "completed"])
        XCTAssertEqual(try triples("statements where predicate=status order by as-of desc limit 1"), ["velostatin-slows-glimmer status answered"])
        XCTAssertEqual(try triples("statements where predicate=status limit 0"), [])
        XCTAssertEqual(try count("count statements where predicate=status limit 3"), 3)
        XCTAssertEqual(try count("count facts where hedge=may or negated=true"), 2)
    }

    /// Filters ending in a limit, and counts, read one entity's statements at a time: the same
    /// statements, in the same order, as filtering every statement and then taking the first ones.
    func testALimitAfterFiltersGivesTheFirstStatementsThatPass() throws {
        let all = try triples("statements where kind=relation")
        for limit in [0, 1, 2, 5, all.count, all.count + 3] {
            XCTAssertEqual(try triples("statements where kind=relation limit \(limit)"), Array(all.prefix(limit)), "limit \(limit)")
            XCTAssertEqual(try count("count statements where kind=relation limit \(limit)"), min(limit, all.count), "limit \(limit)")
        }
        XCTAssertEqual(try triples("statements where kind=relation where negated=false limit 4"),
                       Array(try triples("statements where kind=relation and negated=false").prefix(4)))
        XCTAssertEqual(try triples("statements limit 3"), Array(try triples("statements").prefix(3)))
        XCTAssertEqual(try count("count statements where kind=relation"), all.count)
        XCTAssertEqual(try count("count statements limit 1000"), evaluator.graph.facts.count)
    }

    func testSelect() throws {
        let table = try evaluator.table("select subject, quote from statements where sentence=5")
        XCTAssertEqual(table.columns, ["subject", "quote"])
        XCTAssertEqual(table.noun, "statements")
        XCTAssertEqual(table.rows, [
            ["trial-a", "a randomized phase 3 trial"], ["trial-a", "a randomized phase 3 trial"],
            ["trial-a", "is planned to start in 2020"],
            ["trial-a", "TRIAL-A, a randomized phase 3 trial of daily velostatin against placebo, is planned to start in 2020"],
            ["trial-a", "against placebo"], ["trial-a", "a randomized phase 3 trial of daily velostatin"],
        ])
        XCTAssertEqual(try evaluator.rows("select sentence, hedge, negated, as-of, note from statements where hedge=implied").rows, [[.number(5), .text("implied"), .text("false"), .text("2019-06"),
                                     .text("The sentence follows the question and does not name it.")]])
        XCTAssertEqual(try evaluator.rows("select note from statements where subject=placebo or predicate=first_author").rows, [[.empty], [.empty]])
    }

    func testStatementsAreNotEntities() throws {
        XCTAssertEqual(try rendered("statements -> x", in: evaluator), """
            <input>:1:15: error: '->' follows relations from entities, and statements are not entities
             1 | statements -> x
               |               ^
               = filter statements instead: statements where subject=ID
            """)
        XCTAssertEqual(try queryError("facts where hedge=may <- tests", in: evaluator).message,
                       "'<-' follows relations from entities, and statements are not entities")
        // Quoted, the word names an entity, and there is none.
        XCTAssertEqual(try queryError(#""statements""#, in: evaluator).message, "no entity named 'statements'")
    }

    func testUnknownFieldListsTheFields() throws {
        XCTAssertEqual(try rendered("statements where foo=1", in: evaluator), """
            <input>:1:18: error: statements have no field 'foo'
             1 | statements where foo=1
               |                  ^~~
               = fields: subject, predicate, object, kind, hedge, negated, asserted, as-of, document, sentence, quote, note
            """)
        XCTAssertEqual(try queryError("statements where hedg=may", in: evaluator).notes, [
            "did you mean 'hedge'?",
            "fields: subject, predicate, object, kind, hedge, negated, asserted, as-of, document, sentence, quote, note",
        ])
        XCTAssertEqual(try queryError("select subject, qoute from statements", in: evaluator).notes.first, "did you mean 'quote'?")
        XCTAssertEqual(try queryError("statements order by date", in: evaluator).message, "statements have no field 'date'")
        XCTAssertEqual(try queryError("statements where subject.name=x", in: evaluator).message, "statements have no dotted fields")
    }

    func testSchemaStatementsDescribesTheFieldsAndTheHedges() throws {
        let table = try evaluator.table("schema statements")
        XCTAssertEqual(table.rows.filter { $0[0] == "statement" }.map { $0[1] }, StatementField.names)
        XCTAssertEqual(table.rows.filter { $0[0] == "hedge" }.map { $0[1] }, ["asserted", "implied", "suggested", "possible", "may", "speculative"])
        XCTAssertEqual(try evaluator.table("schema facts").rows, table.rows)
    }
}
