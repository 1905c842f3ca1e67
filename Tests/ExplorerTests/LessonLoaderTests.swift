import Explorer
import KnowledgeGraph
import KnowledgeQuery
import XCTest

/// Lesson files are checked when loaded: every problem at its `file:line:column`, with did-you-mean.
final class LessonLoaderTests: XCTestCase {
    func testTheTinyLessonLoads() throws {
        guard let graph = Seed.graph else { throw TestFailure("the seed knowledge does not load") }
        let catalog = LessonLoader.load([LessonFixture.knowledge(["tiny.yaml": LessonFixture.tiny])], executor: GraphExecutor(graph: graph))
        XCTAssertEqual(catalog.diagnostics, [])
        let lesson = try XCTUnwrap(catalog.lesson(named: "tiny"))
        XCTAssertEqual(lesson.file, "Knowledge/lessons/tiny.yaml")
        XCTAssertEqual(lesson.title, "A tiny lesson")
        XCTAssertEqual(lesson.steps.map(\.title), ["Listing", "Counting"])
        XCTAssertEqual(lesson.exerciseCount, 2)
        XCTAssertEqual(lesson.steps[0].exercise?.hints, ["Start at continue-after-progression.", "Follow relevant_to."])
        XCTAssertEqual(lesson.steps[0].demonstrations.first?.location, SourceLocation(file: "Knowledge/lessons/tiny.yaml", line: 10, column: 20))
    }

    func testEveryProblemOfAFileIsReportedAtItsPlace() throws {
        let lesson = """
            title: A broken lesson
            audience: testers
            duration: 5 minutes
            steps:
              - title: Unknown names
                narrative: Queries that name things the graph does not have.
                demonstration:
                  - show registhr
                  - trials where stauts=planned
                exercise:
                  question: Which trials?
                  answer: "trials where status=recruiting"
                  hints: [one, two, three, four]
                  explanation: None.
              - title: A misspelt key
                narative: Misspelt.
              - title: Wrong answer kind
                narrative: Text.
                demonstration: .format plain
                exercise:
                  question: Why?
                  answer: why registher
                  explanation: Because.
              - just a string

            """
        XCTAssertEqual(try LessonFixture.problems(["bad.yaml": lesson]), """
            Knowledge/lessons/bad.yaml:8:14: error: no entity named 'registhr'
             8 |       - show registhr
               |              ^~~~~~~~
               = did you mean 'RegistHER'?
            Knowledge/lessons/bad.yaml:9:22: error: trial has no field 'stauts'
             9 |       - trials where stauts=planned
               |                      ^~~~~~
               = did you mean 'status'?
            Knowledge/lessons/bad.yaml:12:16: error: the accepted answer finds nothing, so no answer could match it
             12 |       answer: "trials where status=recruiting"
                |                ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
                = no trial has status=recruiting; values seen: attempted, planned
            Knowledge/lessons/bad.yaml:13:32: error: an exercise has at most 3 hints; this is hint 4
             13 |       hints: [one, two, three, four]
                |                                ^~~~
            Knowledge/lessons/bad.yaml:16:5: error: unknown key 'narative' in a step
             16 |     narative: Misspelt.
                |     ^~~~~~~~
                = did you mean 'narrative'?
                = the keys here: title, narrative, demonstration, exercise
            Knowledge/lessons/bad.yaml:19:20: error: a demonstration must be a query, not a dot-command
             19 |     demonstration: .format plain
                |                    ^~~~~~~~~~~~~
            Knowledge/lessons/bad.yaml:22:15: error: an accepted answer must list entities or statements, or count them, so that answers can be compared by result
             22 |       answer: why registher
                |               ^~~~~~~~~~~~~
                = such as: trials where status=planned, statements where hedge=may, or: count trials
            Knowledge/lessons/bad.yaml:24:5: error: expected a step to be a mapping of keys to values
             24 |   - just a string
                |     ^~~~~~~~~~~~~
            """)
    }

    func testProblemsWithTheWholeFile() throws {
        XCTAssertEqual(try LessonFixture.problems(["typo.yaml": "titel: x\n"]), """
            Knowledge/lessons/typo.yaml:1:1: error: unknown key 'titel' in a lesson
             1 | titel: x
               | ^~~~~
               = did you mean 'title'?
               = the keys here: title, audience, duration, steps
            """)
        XCTAssertEqual(try LessonFixture.problems(["empty.yml": ""]), """
            Knowledge/lessons/empty.yml:1:1: error: the lesson file is empty
             1 | 
               | ^
               = a lesson has a title, an audience, a duration and steps
            """)
        XCTAssertEqual(try LessonFixture.problems(["short.yaml": "title: T\naudience: A\nduration: D\n"]), """
            Knowledge/lessons/short.yaml:1:1: error: a lesson has no 'steps'
             1 | title: T
               | ^
            """)
        XCTAssertEqual(try LessonFixture.problems(["none.yaml": "title: T\naudience: A\nduration: D\nsteps: []\n"]), """
            Knowledge/lessons/none.yaml:4:8: error: a lesson needs at least one step
             4 | steps: []
               |        ^
            """)
        XCTAssertEqual(try LessonFixture.problems(["tabs.yaml": "title: [unclosed\n"]).components(separatedBy: "\n").first,
                       "Knowledge/lessons/tabs.yaml:2:1: error: YAML syntax error: did not find expected ',' or ']'")
    }

    func testAnExerciseNeedsItsKeysAndOneLineQueries() throws {
        let lesson = """
            title: T
            audience: A
            duration: D
            steps:
              - title: S
                narrative: N
                exercise:
                  question: Q
                  answer: |
                    trials
                    where status=planned
                  explanation: E
              - title: S2
                narrative: N2
                exercise: {question: Q, answer: trials}

            """
        XCTAssertEqual(try LessonFixture.problems(["keys.yaml": lesson]), """
            Knowledge/lessons/keys.yaml:9:15: error: write an accepted answer on one line
             9 |       answer: |
               |               ^
            Knowledge/lessons/keys.yaml:15:15: error: an exercise has no 'explanation'
             15 |     exercise: {question: Q, answer: trials}
                |               ^
            """)
    }

    func testAnUnknownRelationIsNamedWithTheClosestOne() throws {
        let lesson = "title: T\naudience: A\nduration: D\nsteps:\n  - {title: S, narrative: N, demonstration: registher -> coverz}\n"
        XCTAssertEqual(try LessonFixture.problems(["relation.yaml": lesson]), """
            Knowledge/lessons/relation.yaml:5:58: error: unknown relation 'coverz'
             5 |   - {title: S, narrative: N, demonstration: registher -> coverz}
               |                                                          ^~~~~~
               = did you mean 'covers'?
            """)
    }

    func testABrokenLessonIsLeftOutAndTheOthersLoad() throws {
        let (session, sink) = try LessonFixture.session(["tiny.yaml": LessonFixture.tiny, "typo.yaml": "titel: x\n"])
        XCTAssertFalse(session.execute(".lessons"), "broken lessons make .lessons fail")
        XCTAssertTrue(sink.output.hasPrefix("name\ttitle\tsteps\texercises\tduration\tprogress\nabstract-as-evidence\t"), sink.output)
        XCTAssertTrue(sink.output.hasSuffix("\ntiny\tA tiny lesson\t2\t2\t5 minutes\t—\n"), sink.output)
        XCTAssertFalse(sink.output.contains("typo"))
        XCTAssertTrue(sink.errors.hasPrefix("Knowledge/lessons/typo.yaml:1:1: error: unknown key 'titel' in a lesson\n"), sink.errors)
        sink.reset()
        XCTAssertFalse(session.execute(".lesson typo"))
        XCTAssertEqual(sink.errors, """
            Knowledge/lessons/typo.yaml:1:1: error: unknown key 'titel' in a lesson
             1 | titel: x
               | ^~~~~
               = did you mean 'title'?
               = the keys here: title, audience, duration, steps
            <input>:1:9: error: lesson 'typo' has errors, so it cannot be started
             1 | .lesson typo
               |         ^~~~

            """)
    }

    func testLessonsOfLaterFoldersAreFoundAndNamesAreUnique() throws {
        guard let graph = Seed.graph else { throw TestFailure("the seed knowledge does not load") }
        let extra = KnowledgeFiles(root: "/tmp/more", files: ["lessons/tiny.yaml": Array(LessonFixture.tiny.utf8),
                                                              "lessons/other.yaml": Array(LessonFixture.tiny.utf8),
                                                              "lessons/notes.txt": Array("not a lesson".utf8)])
        let catalog = LessonLoader.load([LessonFixture.knowledge(["tiny.yaml": LessonFixture.tiny]), extra], executor: GraphExecutor(graph: graph))
        XCTAssertEqual(catalog.lessons.map(\.file), ["Knowledge/lessons/abstract-as-evidence.yaml", "Knowledge/lessons/beyond-progression.yaml", "Knowledge/lessons/registry-minute.yaml", "Knowledge/lessons/tiny.yaml", "/tmp/more/lessons/other.yaml"])
        XCTAssertEqual(catalog.diagnostics.map(\.description),
                       ["/tmp/more/lessons/tiny.yaml:1:1: error: a lesson named 'tiny' is already loaded from Knowledge/lessons/tiny.yaml; this one is ignored"])
    }
}
