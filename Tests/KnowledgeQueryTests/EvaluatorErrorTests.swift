import XCTest
import KnowledgeGraph
@testable import KnowledgeQuery

/// Unknown names, type mismatches and empty results explain themselves.
final class EvaluatorErrorTests: XCTestCase {
    private var evaluator: GraphExecutor!

    override func setUpWithError() throws {
        evaluator = try FixtureGraph.greyFever.evaluator()
    }

    private func explanation(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> EmptyReason? {
        let list = try evaluator.entityList(text)
        XCTAssertEqual(list.ids, [], file: file, line: line)
        return list.emptiness
    }

    private let trial = Noun("trial", "trials")

    // MARK: Empty results

    func testValueThatNeverOccurs() throws {
        let noControl = EmptyReason.valueNotFound(noun: trial, field: "control", value: "placebo", seen: ["no-zorvamab"], more: 0)
        XCTAssertEqual(try explanation("trials where control=placebo"), noControl)
        XCTAssertEqual(try explanation("trials where status=completed"),
                       .valueNotFound(noun: trial, field: "status", value: "completed", seen: ["planned"], more: 0))
        XCTAssertEqual(try explanation("trials where status=planned and control=placebo"), noControl)
        XCTAssertEqual(try explanation("drugs where name=foo"),
                       .valueNotFound(noun: Noun("drug", "drugs"), field: "name", value: "foo", seen: ["zorvamab"], more: 0))
        XCTAssertEqual(try explanation("entities where kind=trail"),
                       .valueNotFound(noun: .entity, field: "kind", value: "trail",
                                      seen: ["agent-group", "development", "drug", "effect", "evidence", "person", "population", "practice"], more: 5))
        XCTAssertEqual(try explanation("trials where covers=feverlog-patients"),
                       .valueNotFound(noun: trial, field: "covers", value: "feverlog-patients", seen: [], more: 0))
    }

    /// A value only a hedged statement gives is not among the values seen; a note names the statement.
    func testValueOnlyAHedgedStatementGives() throws {
        let list = try evaluator.entityList("trials where status=stopped-early")
        XCTAssertEqual(list.ids, [])
        XCTAssertEqual(list.emptiness, .valueNotFound(noun: trial, field: "status", value: "stopped-early", seen: ["planned"], more: 0))
        guard case .uncounted(let uncounted)? = list.notes.first, list.notes.count == 1 else { return XCTFail("\(list.notes)") }
        XCTAssertEqual([uncounted.count], [1])
        XCTAssertEqual([uncounted.hedged, uncounted.denied], [true, false])
        XCTAssertEqual(uncounted.first.triple, "no-zorvamab-control-trials status stopped-early")
        XCTAssertEqual(uncounted.first.qualifiers.hedge, "implied")
    }

    func testCombinationThatMatchesNothing() throws {
        XCTAssertEqual(try explanation("trials where control=no-zorvamab and status=planned"), .noneMeetsCondition(count: 2, noun: trial, conditions: 2))
        XCTAssertEqual(try explanation("trials where minimum-count > 5"), .noneMeetsCondition(count: 2, noun: trial, conditions: 1))
        XCTAssertEqual(try explanation("trials where status=planned where has minimum-count"), .noneMeetsCondition(count: 1, noun: trial, conditions: 1))
        XCTAssertEqual(try explanation("trials where status=completed where has minimum-count"),
                       .valueNotFound(noun: trial, field: "status", value: "completed", seen: ["planned"], more: 0))
    }

    func testEmptySteps() throws {
        XCTAssertEqual(try explanation("trials -> covers"), .noneLinked(count: 2, noun: trial, step: StepWords(arrow: "->", relation: "covers")))
        XCTAssertEqual(try explanation("zorvamab <- studies"), .noLink(entity: "zorvamab", step: StepWords(arrow: "<-", relation: "studies")))
        XCTAssertEqual(try explanation("trials where control=placebo -> addresses"),
                       .valueNotFound(noun: trial, field: "control", value: "placebo", seen: ["no-zorvamab"], more: 0))
    }

    func testLimitZero() throws {
        XCTAssertEqual(try explanation("trials where status=planned limit 0"), .limitZero)
        XCTAssertEqual(try explanation("trials where control=placebo order by id limit 0"),
                       .valueNotFound(noun: trial, field: "control", value: "placebo", seen: ["no-zorvamab"], more: 0))
        XCTAssertNil(try evaluator.entityList("trials limit 1").emptiness)
    }

    // MARK: Unknown names

    func testUnknownKindOrEntity() throws {
        XCTAssertEqual(try rendered("trails where status=planned", in: evaluator), """
            <input>:1:1: error: no kind or entity named 'trails'
             1 | trails where status=planned
               | ^~~~~~
               = did you mean 'trials'?
            """)
        XCTAssertEqual(try queryError(#""trails""#, in: evaluator).message, "no entity named 'trails'")
        XCTAssertEqual(try queryError(#""trails""#, in: evaluator).notes, [])
        XCTAssertEqual(try queryError("zorvx", in: evaluator).notes, ["did you mean 'Zorvex'?"])
    }

    func testCommandsNeedOneEntityNotAKind() throws {
        XCTAssertEqual(try rendered("show trials", in: evaluator), """
            <input>:1:6: error: 'trials' is a kind, not an entity
             1 | show trials
               |      ^~~~~~
               = trials: no-zorvamab-control-trials, planned-switch-trials
               = list them with: trials
            """)
        XCTAssertEqual(try queryError("neighbors evidence", in: evaluator).notes, [
            "evidence-items: convincing-evidence-for-zorvamab, randomized-results, scant-evidence",
            "list them with: evidence-items",
        ])
        XCTAssertEqual(try queryError("why drugs", in: evaluator).notes, ["drugs: zorvamab", "list them with: drugs"])
        XCTAssertEqual(try queryError("show feverlg", in: evaluator).message, "no entity named 'feverlg'")
        XCTAssertEqual(try queryError("show feverlg", in: evaluator).notes, ["did you mean 'FeverLog'?"])
        XCTAssertEqual(try queryError("path feverlog to nothing-like-it", in: evaluator).span, 17..<32)
    }

    func testUnknownField() throws {
        XCTAssertEqual(try rendered("trials where contrl=no-zorvamab", in: evaluator), """
            <input>:1:14: error: trial has no field 'contrl'
             1 | trials where contrl=no-zorvamab
               |              ^~~~~~
               = did you mean 'control'?
            """)
        // With no close name, the note lists every field instead.
        XCTAssertEqual(try queryError("registries where qqqq=1", in: evaluator).notes,
                       ["fields: id, name, kind, aliases, xrefs, url, scope, design, status, purpose, follow-up, concerns, studies, addresses, covers, in_context_of, sponsor, collaborator, funded_by"])
        XCTAssertEqual(try queryError("trials where addresses.stats=open", in: evaluator).message, "question has no field 'stats'")
        XCTAssertEqual(try queryError("trials where addresses.stats=open", in: evaluator).span, 23..<28)
        XCTAssertEqual(try queryError("zorvamab <- uses where foo=1", in: evaluator).message, "practice and treatment have no field 'foo'")
        XCTAssertEqual(try queryError("entities where foo=1", in: evaluator).message, "no kind has a field 'foo'")
        XCTAssertEqual(try queryError("zorvamab <- uses -> first_author", in: evaluator).message,
                       "'-> first_author' starts at publication, not at practice or treatment")
    }

    func testFieldThatIsNotARelationCannotBeFollowed() throws {
        let error = try queryError("trials where status.name=x", in: evaluator)
        XCTAssertEqual(error.message, "'status' is not a relation, so '.' cannot follow it")
        XCTAssertEqual(error.span, 13..<19)
    }

    func testUnknownRelation() throws {
        XCTAssertEqual(try rendered("registries -> adresses", in: evaluator), """
            <input>:1:15: error: unknown relation 'adresses'
             1 | registries -> adresses
               |               ^~~~~~~~
               = did you mean 'addresses'?
            """)
        XCTAssertEqual(try queryError("zorvamab <- raised_by", in: evaluator).message, "unknown relation 'raised_by'")
    }

    func testRelationNotValidFromTheKind() throws {
        XCTAssertEqual(try rendered("trials -> uses", in: evaluator), """
            <input>:1:11: error: '-> uses' starts at treatment or practice, not at trial
             1 | trials -> uses
               |           ^~~~
               = '->' can follow: concerns, control, tests, studies, addresses, covers, in_context_of, arms, outcomes, observed, sponsor, collaborator, funded_by, conditions, included_in, reported_in
            """)
        XCTAssertEqual(try queryError("zorvamab <- relevant_to", in: evaluator).notes, ["'<-' can follow: concerns, uses, studies, effect_of, receives"])
        XCTAssertEqual(try queryError("zorvamab <- relevant_to", in: evaluator).message, "'<- relevant_to' starts at population, not at drug")
        XCTAssertEqual(try queryError("tamsin-ostrander -> first_author", in: evaluator).notes,
                       ["did you mean 'first_author_of'?", "'->' can follow: first_author_of, author_of"])
    }

    func testUnknownEnumValue() throws {
        XCTAssertEqual(try rendered("trials where status=plannd", in: evaluator), """
            <input>:1:21: error: 'plannd' is not a value of 'status'
             1 | trials where status=plannd
               |                     ^~~~~~
               = did you mean 'planned'?
               = values: active-not-recruiting, attempted, completed, enrolling-by-invitation, not-yet-recruiting, planned, recruiting, stopped-early, suspended, terminated, unknown, withdrawn
            """)
        XCTAssertEqual(try queryError("trials where status != plannd", in: evaluator).message, "'plannd' is not a value of 'status'")
        XCTAssertEqual(try queryError("entities where status=plannd", in: evaluator).notes.first, "did you mean 'planned'?")
        XCTAssertEqual(try queryError("questions where status=unanswered", in: evaluator).notes, ["did you mean 'answered'?", "values: answered, open, posed"])
    }

    // MARK: Types

    func testOrderingNeedsNumbersOrDates() throws {
        XCTAssertEqual(try rendered("trials where status < 3", in: evaluator), """
            <input>:1:14: error: '<' compares numbers and dates, but 'status' is of type enum
             1 | trials where status < 3
               |              ^~~~~~
               = use = or ~ for text
            """)
        let text = try queryError("registries where purpose >= a", in: evaluator)
        XCTAssertEqual(text.message, "'>=' compares numbers and dates, but 'purpose' is of type text")
        let relation = try queryError("trials where addresses > x", in: evaluator)
        XCTAssertEqual(relation.message, "'>' compares numbers and dates, but 'addresses' is a relation")
        XCTAssertEqual(relation.notes, ["use = or ~ for relations"])
        XCTAssertEqual(try queryError("trials where name <= x", in: evaluator).message, "'<=' compares numbers and dates, but 'name' is of type text")
    }

    func testOrderingBoundsMustParse() throws {
        XCTAssertEqual(try rendered("trials where minimum-count > two", in: evaluator), """
            <input>:1:30: error: 'two' is not a number; 'minimum-count' is a number
             1 | trials where minimum-count > two
               |                              ^~~
            """)
        XCTAssertEqual(try queryError("publications where date > 2011-13", in: evaluator).message,
                       "'2011-13' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD); 'date' is a date")
    }

    func testSelectAndOrderCheckFields() throws {
        XCTAssertEqual(try queryError("select name, stauts from trials", in: evaluator).notes.first, "did you mean 'status'?")
        XCTAssertEqual(try queryError("trials order by minimum_count", in: evaluator).notes.first, "did you mean 'minimum-count'?")
    }
}
