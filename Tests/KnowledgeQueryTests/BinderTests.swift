import XCTest
import KnowledgeGraph
@testable import KnowledgeQuery

/// The binder turns statements into plans from the schema alone (plus the entities a query starts
/// at), and reports unknown or misplaced names with their spans and suggestions.
final class BinderTests: XCTestCase {
    private var binder: Binder!

    override func setUpWithError() throws {
        binder = try FixtureGraph.literature.evaluator().binder
    }

    private func plan(_ text: String) throws -> Plan {
        try binder.bind(try Parser.parse(text))
    }

    private func queryPlan(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> QueryPlan {
        guard case .entities(let plan) = try plan(text) else {
            XCTFail("'\(text)' is not an entity query", file: file, line: line)
            throw QueryError(span: 0..<0, message: "not an entity query")
        }
        return plan
    }

    private func bindingError(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> QueryError {
        do {
            _ = try plan(text)
        } catch let error as QueryError {
            return error
        }
        XCTFail("expected '\(text)' not to bind", file: file, line: line)
        throw QueryError(span: 0..<0, message: "bound")
    }

    // MARK: Plans

    func testAFilterWithADottedPathResolvesEachHop() throws {
        let plan = try queryPlan("trials where status = PLANNED and tests.uses = velostatin")
        XCTAssertEqual(plan.source, .kind("trial"))
        guard case .filter(.and(.compare(let status, let planned), .compare(let uses, let velostatin)))? = plan.stages.first, plan.stages.count == 1 else {
            return XCTFail("\(plan.stages)")
        }
        XCTAssertEqual(status.last, .attribute("status"))
        XCTAssertEqual(status.hops, [])
        XCTAssertEqual(status.kinds, ["trial"])
        XCTAssertEqual(planned, .equal("PLANNED", number: nil, negated: false))
        XCTAssertEqual(uses.hops, [BoundField.Hop(type: "tests", direction: .outgoing)])
        XCTAssertEqual(uses.last, .relation(type: "uses", direction: .outgoing))
        XCTAssertEqual(uses.kinds, ["treatment"])
        XCTAssertEqual(uses.written.text, "tests.uses")
        // The entity named in the value is looked up when the plan runs, not when it is bound.
        XCTAssertEqual(velostatin, .equal("velostatin", number: nil, negated: false))
    }

    func testStepsOrderAndLimitBecomeStagesInOrder() throws {
        let plan = try queryPlan("(trials -> addresses) order by id desc limit 2")
        XCTAssertEqual(plan.source, .kind("trial"))
        guard plan.stages.count == 3, case .step(let step) = plan.stages[0], case .order(let key, let ranks, true) = plan.stages[1] else {
            return XCTFail("\(plan.stages)")
        }
        XCTAssertEqual([step.type, step.written.text], ["addresses", "addresses"])
        XCTAssertEqual(step.direction, .outgoing)
        XCTAssertEqual(step.kinds, ["question"])
        XCTAssertEqual(key.last, .builtin(.id))
        XCTAssertEqual(ranks, [:])
        XCTAssertEqual(plan.stages[2], .limit(2))
        XCTAssertEqual(plan.kinds(all: []), ["question"])
    }

    func testAnEntitySourceAndTypedComparisons() throws {
        let plan = try queryPlan("velostatin <- uses where name ~ Daily and not has aliases")
        XCTAssertEqual(plan.source, .named(ids: ["velostatin"], kinds: ["drug"]))
        guard case .step(let step) = plan.stages.first, case .filter(.and(.compare(_, let contains), .not(.has(let aliases))))? = plan.stages.last else {
            return XCTFail("\(plan.stages)")
        }
        XCTAssertEqual(step.direction, .incoming)
        XCTAssertEqual(step.kinds, ["treatment", "practice"])
        XCTAssertEqual(contains, .contains("Daily"))
        XCTAssertEqual(aliases.last, .builtin(.aliases))

        guard case .filter(.compare(_, let ordering))? = try queryPlan("trials where minimum-count >= 2").stages.first else { return XCTFail() }
        XCTAssertEqual(ordering, .ordering(.greaterOrEqual, bounds: [.number(2)]))
        guard case .filter(.compare(_, let unequal))? = try queryPlan("trials where minimum-count != 2").stages.first else { return XCTFail() }
        XCTAssertEqual(unequal, .equal("2", number: 2, negated: true))
    }

    func testOrderingByAnEnumerationRanksItsValuesInSchemaOrder() throws {
        guard case .order(_, let ranks, false)? = try queryPlan("trials order by status").stages.first else { return XCTFail() }
        XCTAssertEqual(ranks["planned"], 0)
        XCTAssertEqual(ranks["attempted"], 1)
        XCTAssertEqual(ranks["completed"], 10)
    }

    func testStatementQueriesSelectAndCommands() throws {
        XCTAssertEqual(try plan("statements where hedge=may order by as-of limit 3"), .statements(FactPlan(stages: [
            .filter(.compare(.hedge, .equal("may", number: nil, negated: false))), .order(.asOf, descending: false), .limit(3),
        ])))
        XCTAssertEqual(try plan("count facts where sentence = 5"),
                       .countStatements(FactPlan(stages: [.filter(.compare(.sentence, .equal("5", number: 5, negated: false)))])))
        XCTAssertEqual(try plan("select Subject, quote from statements"), .selectStatements([.subject, .quote], columns: ["Subject", "quote"], from: FactPlan(stages: [])))
        guard case .select(let fields, let from) = try plan("select id, tests.uses from trials") else { return XCTFail() }
        XCTAssertEqual(fields.map(\.written.text), ["id", "tests.uses"])
        XCTAssertEqual(from, QueryPlan(source: .kind("trial"), stages: []))
        XCTAssertEqual(try plan("schema trials"), .schema(.kind("trial")))
        XCTAssertEqual(try plan("schema facts"), .schema(.statements))
        XCTAssertEqual(try plan("schema"), .schema(.everything))
        XCTAssertEqual(try plan("count entities"), .count(QueryPlan(source: .all, stages: [])))
        guard case .show(let name) = try plan("show velostatin") else { return XCTFail() }
        XCTAssertEqual(name.text, "velostatin")
    }

    /// Binding needs no graph: any directory of entity names will do, so other stores can bind the same way.
    func testAnotherDirectoryBindsTheSameStatements() throws {
        struct Directory: EntityDirectory {
            func lookUp(_ name: String) -> [(id: String, kind: String)] { name == "elsewhere" ? [("elsewhere-1", "drug")] : [] }
            func words(near word: String) -> [String] { ["elsewhere"] }
        }
        let other = Binder(schema: binder.schema, directory: Directory())
        XCTAssertEqual(try other.bind(.query(try XCTUnwrap(Self.query("elsewhere")))), .entities(QueryPlan(source: .named(ids: ["elsewhere-1"], kinds: ["drug"]), stages: [])))
        XCTAssertThrowsError(try other.bind(.query(try XCTUnwrap(Self.query("elswhere"))))) { error in
            XCTAssertEqual((error as? QueryError)?.notes, ["did you mean 'elsewhere'?"])
        }
    }

    private static func query(_ text: String) -> Query? {
        guard case .query(let query)? = try? Parser.parse(text) else { return nil }
        return query
    }

    // MARK: Errors

    func testUnknownNamesAreLocatedAndSuggested() throws {
        let source = try bindingError("trails where status=planned")
        XCTAssertEqual(source.span, 0..<6)
        XCTAssertEqual(source.message, "no kind or entity named 'trails'")
        XCTAssertEqual(source.notes, ["did you mean 'trials'?"])

        let field = try bindingError("trials where statu=planned")
        XCTAssertEqual(field.span, 13..<18)
        XCTAssertEqual(field.message, "trial has no field 'statu'")
        XCTAssertEqual(field.notes.first, "did you mean 'status'?")

        let value = try bindingError("trials where status=plannd")
        XCTAssertEqual(value.span, 20..<26)
        XCTAssertEqual(value.message, "'plannd' is not a value of 'status'")
        XCTAssertEqual(value.notes.first, "did you mean 'planned'?")

        let step = try bindingError("trials -> uses")
        XCTAssertEqual(step.span, 10..<14)
        XCTAssertEqual(step.message, "'-> uses' starts at treatment or practice, not at trial")

        let hop = try bindingError("trials where name.x = 1")
        XCTAssertEqual(hop.span, 13..<17)
        XCTAssertEqual(hop.message, "'name' is not a relation, so '.' cannot follow it")

        let ordering = try bindingError("trials where status < 3")
        XCTAssertEqual(ordering.span, 13..<19)
        XCTAssertEqual(ordering.message, "'<' compares numbers and dates, but 'status' is of type enum")

        let kind = try bindingError("schema trails")
        XCTAssertEqual(kind.span, 7..<13)
        XCTAssertEqual(kind.notes, ["did you mean 'trials'?"])
    }

    /// Entity queries report the first error from the source outwards; statement queries, as they always
    /// have, from the last operation inwards.
    func testWhichErrorComesFirst() throws {
        XCTAssertEqual(try bindingError("trials where foo=1 where bar=2").message, "trial has no field 'foo'")
        XCTAssertEqual(try bindingError("statements where foo=1 where bar=2").message, "statements have no field 'bar'")
        XCTAssertEqual(try bindingError("statements where foo=1 -> uses").message,
                       "'->' follows relations from entities, and statements are not entities")
        XCTAssertEqual(try bindingError("select bar from statements where foo=1").message, "statements have no field 'bar'")
    }
}
