import XCTest
import KnowledgeGraph
@testable import KnowledgeQuery

/// Unknown names, type mismatches and empty results explain themselves.
final class EvaluatorErrorTests: XCTestCase {
    private var evaluator: Evaluator!

    override func setUpWithError() throws {
        evaluator = try SeedGraph.evaluator()
    }

    private func explanation(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> String? {
        let list = try evaluator.entityList(text)
        XCTAssertEqual(list.entities.map(\.id), [], file: file, line: line)
        return list.explanation
    }

    // MARK: Empty results

    func testValueThatNeverOccurs() throws {
        XCTAssertEqual(try explanation("trials where control=placebo"), "no trial has control=placebo; values seen: no-trastuzumab")
        XCTAssertEqual(try explanation("trials where status=completed"), "no trial has status=completed; values seen: failed-to-accrue, planned")
        XCTAssertEqual(try explanation("trials where status=planned and control=placebo"), "no trial has control=placebo; values seen: no-trastuzumab")
        XCTAssertEqual(try explanation("drugs where name=foo"), "no drug has name=foo; values seen: trastuzumab")
        XCTAssertEqual(try explanation("entities where kind=trail"),
                       "no entity has kind=trail; values seen: agent-group, drug, evidence-statement, person, population, practice, publication, question and 2 more")
        XCTAssertEqual(try explanation("trials where covers=registry-patients"), "no trial has covers=registry-patients; none of them has 'covers'")
    }

    func testCombinationThatMatchesNothing() throws {
        XCTAssertEqual(try explanation("trials where control=no-trastuzumab and status=planned"),
                       "2 trials before the filter, but none meets the whole condition")
        XCTAssertEqual(try explanation("trials where minimum-count > 5"), "2 trials before the filter, but none meets the condition")
        XCTAssertEqual(try explanation("trials where status=planned where has minimum-count"), "1 trial before the filter, but none meets the condition")
        XCTAssertEqual(try explanation("trials where status=completed where has minimum-count"), "no trial has status=completed; values seen: failed-to-accrue, planned")
    }

    func testEmptySteps() throws {
        XCTAssertEqual(try explanation("trials -> covers"), "none of the 2 trials here has a '-> covers' link")
        XCTAssertEqual(try explanation("trastuzumab <- raised_by"), "trastuzumab has no '<- raised_by' link")
        XCTAssertEqual(try explanation("trials where control=placebo -> addresses"), "no trial has control=placebo; values seen: no-trastuzumab")
    }

    func testLimitZero() throws {
        XCTAssertEqual(try explanation("trials where status=planned limit 0"), "'limit 0' keeps none")
        XCTAssertEqual(try explanation("trials where control=placebo order by id limit 0"), "no trial has control=placebo; values seen: no-trastuzumab")
        XCTAssertNil(try evaluator.entityList("trials limit 1").explanation)
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
        XCTAssertEqual(try queryError("hercepton", in: evaluator).notes, ["did you mean 'Herceptin'?"])
    }

    func testCommandsNeedOneEntityNotAKind() throws {
        XCTAssertEqual(try rendered("show trials", in: evaluator), """
            <input>:1:6: error: 'trials' is a kind, not an entity
             1 | show trials
               |      ^~~~~~
               = trials: no-trastuzumab-control-trials, planned-switching-trials
               = list them with: trials
            """)
        XCTAssertEqual(try queryError("neighbors evidence", in: evaluator).notes, [
            "evidence-statements: little-evidence, modest-toxicity, no-convincing-evidence, no-randomized-results, possible-unproven-benefit",
            "list them with: evidence-statements",
        ])
        XCTAssertEqual(try queryError("why drugs", in: evaluator).notes, ["drugs: trastuzumab", "list them with: drugs"])
        XCTAssertEqual(try queryError("show registhr", in: evaluator).message, "no entity named 'registhr'")
        XCTAssertEqual(try queryError("show registhr", in: evaluator).notes, ["did you mean 'RegistHER'?"])
        XCTAssertEqual(try queryError("path registher to nothing-like-it", in: evaluator).span, 18..<33)
    }

    func testUnknownField() throws {
        XCTAssertEqual(try rendered("trials where contrl=no-trastuzumab", in: evaluator), """
            <input>:1:14: error: trial has no field 'contrl'
             1 | trials where contrl=no-trastuzumab
               |              ^~~~~~
               = did you mean 'control'?
               = fields: id, name, kind, aliases, allocation, control, status, timing, minimum-count, addresses, covers, prompted_by
            """)
        XCTAssertEqual(try queryError("trials where addresses.stats=new", in: evaluator).message, "question has no field 'stats'")
        XCTAssertEqual(try queryError("trials where addresses.stats=new", in: evaluator).span, 23..<28)
        XCTAssertEqual(try queryError("trastuzumab <- concerns where foo=1", in: evaluator).message,
                       "evidence-statement, practice, question and registry have no field 'foo'")
        XCTAssertEqual(try queryError("entities where foo=1", in: evaluator).message, "no kind has a field 'foo'")
        XCTAssertEqual(try queryError("trastuzumab <- concerns -> first_author", in: evaluator).message,
                       "'-> first_author' starts at publication, not at evidence-statement, practice, question or registry")
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
    }

    func testRelationNotValidFromTheKind() throws {
        XCTAssertEqual(try rendered("trials -> raises", in: evaluator), """
            <input>:1:11: error: '-> raises' starts at agent-group or drug, not at trial
             1 | trials -> raises
               |           ^~~~~~
               = '->' can follow: addresses, covers, prompted_by
            """)
        XCTAssertEqual(try queryError("trastuzumab <- raises", in: evaluator).notes, ["'<-' can follow: concerns, raised_by"])
        XCTAssertEqual(try queryError("trastuzumab <- raises", in: evaluator).message, "'<- raises' starts at question, not at drug")
        XCTAssertEqual(try queryError("lajos-pusztai -> first_author", in: evaluator).notes, ["did you mean 'first_author_of'?", "'->' can follow: first_author_of"])
    }

    func testUnknownEnumValue() throws {
        XCTAssertEqual(try rendered("trials where control=no-trastuzumb", in: evaluator), """
            <input>:1:22: error: 'no-trastuzumb' is not a value of 'control'
             1 | trials where control=no-trastuzumb
               |                      ^~~~~~~~~~~~~
               = did you mean 'no-trastuzumab'?
               = values: active-comparator, no-trastuzumab, no-treatment, placebo, standard-of-care
            """)
        XCTAssertEqual(try queryError("trials where control != no-trastuzumb", in: evaluator).message, "'no-trastuzumb' is not a value of 'control'")
        XCTAssertEqual(try queryError("entities where status=plannd", in: evaluator).notes.first, "did you mean 'planned'?")
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
        XCTAssertEqual(try queryError("publications where date > 2006-13", in: evaluator).message,
                       "'2006-13' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD); 'date' is a date")
    }

    func testSelectAndOrderCheckFields() throws {
        XCTAssertEqual(try queryError("select name, stauts from trials", in: evaluator).notes.first, "did you mean 'status'?")
        XCTAssertEqual(try queryError("trials order by minimum_count", in: evaluator).notes.first, "did you mean 'minimum-count'?")
    }
}
