import Explorer
import XCTest

/// Exercises are checked by what a query finds, with specific feedback for near misses.
final class LessonExerciseTests: XCTestCase {
    /// The feedback printed after `query`, typed at step `step` of the tiny lesson (plain, no width).
    private func feedback(_ query: String, step: Int = 1) throws -> String {
        let (session, sink) = try LessonFixture.session()
        XCTAssertTrue(session.execute(".lesson tiny"))
        for _ in 1..<step { XCTAssertTrue(session.execute(".next")) }
        sink.reset()
        session.execute(query)
        return sink.output.components(separatedBy: "\n").drop { !$0.hasPrefix("✓") && !$0.hasPrefix("✗") }.joined(separator: "\n")
    }

    func testAnyQueryThatFindsTheSameRowsIsRight() throws {
        for query in ["continue-after-progression -> relevant_to", "questions where status=open -> relevant_to",
                      "select id, setting from continue-after-progression -> relevant_to"] {
            XCTAssertEqual(try feedback(query), "✓ Right. Two populations.\n  Type .next to go on.\n", query)
        }
        XCTAssertTrue(try feedback("populations where not has size").hasPrefix("✗ Right rows, but your query is too broad"),
                      "the same rows by chance: a look-alike population the question is not relevant to has no size either")
        XCTAssertEqual(try feedback("count trials where status=planned or has minimum-count", step: 2),
                       "✓ Right. Two.\n  This is the last step: .next ends the lesson.\n")
    }

    func testNearMissesSayWhichRowsAreMissingOrExtra() throws {
        let options = "\n  Try again, or .hint for a hint (2 left); .reveal shows the answer.\n"
        XCTAssertEqual(try feedback("populations"),
                       "✗ Close: the answer is there, but so are rows that do not belong:\n  registry-patients." + options)
        XCTAssertEqual(try feedback("women-with-metastatic-disease"),
                       "✗ Close: your rows are right, but some are missing: relapse-after-adjuvant." + options)
        XCTAssertEqual(try feedback("populations where has condition"),
                       "✗ Partly right. Missing: relapse-after-adjuvant. Should not be there:\n  registry-patients." + options)
        XCTAssertEqual(try feedback("trials"), "✗ Not the answer: none of your rows is in it." + options)
        XCTAssertEqual(try feedback("populations where size=small"), "✗ Your query finds nothing; the answer has 2 rows." + options)
    }

    func testCountsAndListsAreToldApart() throws {
        XCTAssertEqual(try feedback("count continue-after-progression -> relevant_to"), """
            ✗ Right rows, but this question asks which ones: leave out count to list them.
              Try again, or .hint for a hint (2 left); .reveal shows the answer.

            """)
        XCTAssertEqual(try feedback("count populations"), """
            ✗ You counted 3. Close: the answer is there, but so are rows that do not belong:
              registry-patients. And this question asks which ones, not how many.
              Try again, or .hint for a hint (2 left); .reveal shows the answer.

            """)
        XCTAssertEqual(try feedback("trials", step: 2), """
            ✗ Right rows, but this is a count question: put count in front of your query.
              Try again; .reveal shows the answer.

            """)
        XCTAssertEqual(try feedback("count questions", step: 2), """
            ✗ You counted 2. Not the answer: none of your rows is in it.
              Try again; .reveal shows the answer.

            """, "the right number of the wrong rows is not the answer")
    }

    func testOnlyQueriesTypedWhileAnExerciseIsOpenAreChecked() throws {
        XCTAssertEqual(try feedback("why registher"), "", "quotes do not answer an exercise")
        XCTAssertEqual(try feedback("show registher"), "")
        XCTAssertEqual(try feedback(".format table"), "")
        let (session, sink) = try LessonFixture.session()
        XCTAssertTrue(session.execute("continue-after-progression -> relevant_to"))
        XCTAssertFalse(sink.output.contains("✓"), "no lesson is running")
        XCTAssertTrue(session.execute(".lesson tiny"))
        XCTAssertTrue(session.execute("continue-after-progression -> relevant_to"))
        sink.reset()
        XCTAssertTrue(session.execute("populations"))
        XCTAssertFalse(sink.output.contains("✗"), "a solved exercise is not checked again")
        XCTAssertTrue(session.execute(".next"))
        XCTAssertFalse(sink.output.contains("✓"), "the demonstration `count trials` is the answer, but the lesson ran it, not the student")
    }

    func testStartingALessonShowsItsFirstStep() throws {
        let (session, sink) = try LessonFixture.session()
        XCTAssertEqual(session.promptPrefix?(), "")
        XCTAssertTrue(session.execute(".lesson tiny"))
        XCTAssertEqual(session.promptPrefix?(), "tiny 1/2 ")
        XCTAssertEqual(sink.errors, "")
        XCTAssertEqual(sink.output, """
            A tiny lesson
            For testers · 5 minutes · 2 steps, 2 exercises
            Move with .next and .back; .where shows where you are, .end leaves. Between
            steps, every query and dot-command works as usual.

            Step 1 of 2 · Listing

            Kinds list their entities.

            - an item that is long enough to be wrapped when the lines are only forty
              columns wide

            » questions where novelty=new
            id\tname\tstatus\tnovelty
            switch-or-continue\twill switching to second generation HER2-targeted agents be more effective than continuation of trastuzumab\tposed\tnew

            Exercise: For whom does the continuation question matter?
            Type a query to answer: it is checked by what it finds. .hint for a hint (2
            left), .reveal shows the answer, .skip moves on.

            """)
    }

    func testHintsRevealWhereBackNextAndEnd() throws {
        let (session, sink) = try LessonFixture.session()
        XCTAssertTrue(session.execute(".lesson tiny"))
        sink.reset()
        for _ in 0..<3 { XCTAssertTrue(session.execute(".hint")) }
        XCTAssertEqual(sink.transcript, """
            Hint 1 of 2: Start at continue-after-progression.
            Hint 2 of 2: Follow relevant_to.
            no more hints; .reveal shows the answer

            """)
        sink.reset()
        XCTAssertTrue(session.execute(".reveal"))
        XCTAssertEqual(sink.transcript, """
            Answer: » continue-after-progression -> relevant_to
            id\tname\tcondition\tsetting
            relapse-after-adjuvant\tthose who relapse after adjuvant trastuzumab-containing therapy\t\trelapse after adjuvant trastuzumab-containing therapy
            women-with-metastatic-disease\twomen with HER-2-positive metastatic breast cancer\tHER-2-positive metastatic breast cancer\t

            Two populations.
            Type .next to go on.

            """)
        sink.reset()
        XCTAssertTrue(session.execute(".back"))
        XCTAssertEqual(sink.transcript, "this is the first step\n")
        XCTAssertTrue(session.execute(".next"))
        XCTAssertEqual(session.promptPrefix?(), "tiny 2/2 ")
        sink.reset()
        XCTAssertTrue(session.execute(".where"))
        XCTAssertEqual(sink.transcript, """
            A tiny lesson (tiny)
              1. Listing   exercise revealed
            ▸ 2. Counting  exercise
            0 of 2 exercises solved, 1 revealed.

            """)
        sink.reset()
        XCTAssertTrue(session.execute(".end"))
        XCTAssertEqual(sink.transcript, "Left the lesson 'A tiny lesson' at step 2 of 2: 0 of 2 exercises solved, 1\nrevealed.\n")
        XCTAssertEqual(session.promptPrefix?(), "")
        sink.reset()
        XCTAssertFalse(session.execute(".next"))
        XCTAssertEqual(sink.errors, """
            <input>:1:1: error: no lesson is running
             1 | .next
               | ^~~~~
               = start one with .lesson NAME; .lessons lists them

            """)
    }

    func testTheLastNextEndsTheLesson() throws {
        let (session, sink) = try LessonFixture.session()
        XCTAssertTrue(session.execute(".lesson tiny"))
        XCTAssertTrue(session.execute("continue-after-progression -> relevant_to"))
        XCTAssertTrue(session.execute(".next"))
        sink.reset()
        XCTAssertTrue(session.execute(".next"))
        XCTAssertEqual(sink.transcript, "\nEnd of the lesson 'A tiny lesson': 1 of 2 exercises solved.\n")
        XCTAssertEqual(session.promptPrefix?(), "")
    }

    func testUnknownLessonsAndWrongArguments() throws {
        let (session, sink) = try LessonFixture.session()
        XCTAssertFalse(session.execute(".lesson tiyn"))
        XCTAssertFalse(session.execute(".lesson"))
        XCTAssertFalse(session.execute(".next now"))
        XCTAssertEqual(sink.errors, """
            <input>:1:9: error: no lesson named 'tiyn'
             1 | .lesson tiyn
               |         ^~~~
               = did you mean 'tiny'?
               = lessons: abstract-as-evidence, beyond-progression, registry-minute, tiny
            <input>:1:1: error: missing argument
             1 | .lesson
               | ^~~~~~~
               = usage: .lesson NAME|COURSE [restart]
            <input>:1:7: error: too many arguments
             1 | .next now
               |       ^~~
               = usage: .next

            """)
        XCTAssertFalse(session.classroom.startLesson(named: "tiyn", in: session))
        XCTAssertTrue(sink.errors.hasSuffix("error: no lesson named 'tiyn'\n  = did you mean 'tiny'?\n  = lessons: abstract-as-evidence, beyond-progression, registry-minute, tiny\n"), sink.errors)
        XCTAssertEqual(session.completions(".lesson t", cursor: 9).candidates, ["tiny"])
        XCTAssertEqual(session.completions(".lesson ", cursor: 8).candidates, ["abstract-as-evidence", "beyond-progression", "registry-minute", "tiny"])
        XCTAssertEqual(session.completions(".lesson tiny r", cursor: 14).candidates, ["restart"])
    }
}
