import Explorer
import KnowledgeGraph
import KnowledgeQuery
import KnowledgeStore
import XCTest

/// Exercises of every kind on the fictional teaching knowledge: answered right and wrong, revealed
/// and skipped, and the loader's errors for each kind's keys.
final class QuestionTypeTests: XCTestCase {
    /// Starts `question-types` at step `step` (1-based) and returns what `replies` print, one entry each.
    private func answers(at step: Int, _ replies: [String]) throws -> [String] {
        let (session, sink) = try TeachingPack.session()
        XCTAssertTrue(session.execute(".lesson question-types"), sink.transcript)
        for _ in 1..<step { session.execute(".next") }
        return replies.map { reply in
            sink.reset()
            session.execute(reply)
            return sink.transcript
        }
    }

    func testTheLessonLoadsWithEveryKindOfAnswer() throws {
        XCTAssertEqual(try TeachingPack.diagnostics([:]), [])
        let knowledge = try TeachingPack.knowledge()
        let graph = try TeachingPack.graph()
        let lesson = try XCTUnwrap(LessonLoader.load([knowledge], executor: GraphExecutor(graph: graph), documents: graph).lesson(named: "question-types"))
        guard case .evidence(let fact, let support)? = lesson.steps.last?.exercise?.answer else { return XCTFail("the last step asks for evidence") }
        XCTAssertEqual(fact.text, "why feverlog covers feverlog-patients")
        XCTAssertEqual(support.map(\.citation), ["sentence 7"])
        XCTAssertTrue(support.first?.text.hasPrefix("With no randomized trial results to go on") ?? false, support.first?.text ?? "")
    }

    func testAQueryThatFindsTheRightRowsWithoutWhatItRequiresIsToldWhatToUse() throws {
        let replies = try answers(at: 1, ["trials where stop-reason~enrol", "trials where stop-reason~enrol and allocation=randomized"])
        XCTAssertTrue(replies[0].contains("✗ Right rows, but this exercise asks you to combine conditions with and."), replies[0])
        XCTAssertTrue(replies[1].contains("✓ Right."), replies[1])
    }

    func testMultipleChoice() throws {
        let replies = try answers(at: 2, [".answer C", ".answer a", ".answer (b)"])
        XCTAssertTrue(replies[0].contains("✗ Answer with the letter of a choice: A, B."), replies[0])
        XCTAssertTrue(replies[1].contains("✗ Not A."), replies[1])
        XCTAssertTrue(replies[2].contains("✓ Right. Sentence 7."), replies[2])
    }

    func testTheChoicesAreShownLetteredUnderTheQuestion() throws {
        let output = try answers(at: 1, [".next"])[0]
        XCTAssertTrue(output.contains("Exercise: What is the registry to learn about?\n          A) Whether to keep giving zorvamab.\n          B) The long term harms"), output)
        XCTAssertTrue(output.contains("Answer with .answer and a letter."), output)
    }

    func testNumbers() throws {
        let replies = try answers(at: 3, [".answer many", ".answer 3", ".answer two"])
        XCTAssertTrue(replies[0].contains("✗ Answer with a number, such as .answer 3."), replies[0])
        XCTAssertTrue(replies[1].contains("✗ Not 3."), replies[1])
        XCTAssertTrue(replies[2].contains("✓ Right. Two groups."), replies[2])
    }

    func testShortTextIgnoresCaseSpacingAndPunctuation() throws {
        XCTAssertTrue(try answers(at: 4, [".answer  the feverlog   registry!"])[0].contains("✓ Right."))
        let wrong = try answers(at: 4, [".answer RegistHER"])[0]
        XCTAssertTrue(wrong.contains("✗ Not the answer the exercise expects."), wrong)
    }

    func testEvidenceByNumberOrByQuote() throws {
        let replies = try answers(at: 5, [".answer 6", ".answer sentence 7"])
        XCTAssertTrue(replies[0].contains("✗ Sentence 6 does not state this fact."), replies[0])
        XCTAssertTrue(replies[1].contains("✓ Right."), replies[1])
        // A quote from the right sentence passes even where it lies outside the fact's own quote.
        XCTAssertTrue(try answers(at: 5, [".answer \"to learn about the long term harms\""])[0].contains("✓ Right."))
        let elsewhere = try answers(at: 5, [".answer could not enrol enough patients"])[0]
        XCTAssertTrue(elsewhere.contains("✗ That is from sentence 6, which does not state this fact."), elsewhere)
        let invented = try answers(at: 5, [".answer the registry cured everyone"])[0]
        XCTAssertTrue(invented.contains("✗ That text is not in the source as quoted"), invented)
        let short = try answers(at: 5, [".answer registry"])[0]
        XCTAssertTrue(short.contains("quote at least three words"), short)
    }

    func testAnswerIsRefusedForAQueryExerciseAndAfterTheExerciseIsSolved() throws {
        let query = try answers(at: 1, [".answer B"])[0]
        XCTAssertTrue(query.contains("error: this exercise is answered by a query"), query)
        let again = try answers(at: 2, [".answer B", ".answer B"])[1]
        XCTAssertTrue(again.contains("this exercise is solved already; .next moves on"), again)
    }

    func testRevealShowsTheAnswerInWordsAndRunsTheQueryBehindIt() throws {
        let choice = try answers(at: 2, [".reveal"])[0]
        XCTAssertTrue(choice.hasPrefix("Answer: B) The long term harms and benefits of prolonged zorvamab therapy.\n"), choice)
        let number = try answers(at: 3, [".reveal"])[0]
        XCTAssertTrue(number.hasPrefix("Answer: 2\n» count trials\n2\n"), number)
        let evidence = try answers(at: 5, [".reveal"])[0]
        XCTAssertTrue(evidence.hasPrefix("Answer: sentence 7\n» why feverlog covers feverlog-patients\n"), evidence)
    }

    func testSkipShowsTheAnswerMarksItSkippedAndMovesOn() throws {
        let (session, sink) = try TeachingPack.session()
        session.execute(".lesson question-types")
        sink.reset()
        session.execute(".skip")
        XCTAssertTrue(sink.output.hasPrefix("Answer: » trials where allocation=randomized and stop-reason~enrol\n"), sink.output)
        XCTAssertTrue(sink.output.contains("Step 2 of 5 · A choice"), sink.output)
        sink.reset()
        session.execute(".where")
        XCTAssertTrue(sink.output.contains("  1. A query that must filter  exercise skipped\n▸ 2. A choice"), sink.output)
        XCTAssertTrue(sink.output.contains("0 of 5 exercises solved, 1 skipped."), sink.output)
        // A skipped exercise is not checked any more.
        sink.reset()
        session.execute(".back")
        sink.reset()
        session.execute("trials where allocation=randomized and stop-reason~enrol")
        XCTAssertFalse(sink.output.contains("✓"), sink.output)
    }

    func testTheLoaderReportsEveryProblemOfEveryKindOfAnswer() throws {
        let broken = """
            title: Broken
            audience: testers
            duration: 1 minute
            steps:
              - title: One
                narrative: x
                exercise:
                  question: q
                  answer: trials
                  requires: [wher, count]
                  explanation: e
              - title: Two
                narrative: x
                exercise:
                  question: q
                  choices: [only one]
                  answer: A
                  explanation: e
              - title: Three
                narrative: x
                exercise:
                  question: q
                  choices: [a, b]
                  answer: C
                  explanation: e
              - title: Four
                narrative: x
                exercise:
                  question: q
                  number: 3
                  counted-by: count trials
                  explanation: e
              - title: Five
                narrative: x
                exercise:
                  question: q
                  evidence: feverlog -> covers
                  explanation: e
              - title: Six
                narrative: x
                exercise:
                  question: q
                  accept: FeverLog
                  number: 2
                  requires: [where]
                  explanation: e
              - title: Seven
                narrative: x
                exercise:
                  question: q
                  explanation: e

            """
        let folder = try TeachingPack.knowledge().path("lessons")
        let problems = try TeachingPack.diagnostics(["broken.yaml": broken]).map { $0.split(separator: "\n").first.map(String.init) ?? "" }
        XCTAssertEqual(problems, [
            "lessons/broken.yaml:10:17: error: the accepted answer does not use 'count', which the exercise requires",
            "lessons/broken.yaml:10:18: error: 'wher' is not a part of the language an answer can be required to use",
            "lessons/broken.yaml:16:16: error: a multiple-choice exercise has 2 to 8 choices; this one has 1",
            "lessons/broken.yaml:24:15: error: there is no choice 'C'; the choices are A, B",
            "lessons/broken.yaml:31:19: error: this counts 2, but the exercise's number is 3",
            "lessons/broken.yaml:37:17: error: an evidence question names its fact as 'why' shows it",
            "lessons/broken.yaml:43:15: error: an exercise takes one kind of answer; this one has 'number' and 'accept'",
            "lessons/broken.yaml:45:17: error: 'requires' is for an exercise answered by a query ('answer: QUERY')",
            "lessons/broken.yaml:50:7: error: an exercise needs an answer",
        ].map { $0.replacingOccurrences(of: "lessons/", with: folder + "/") })
    }

    func testADemonstrationThatFindsNothingIsAnErrorUnlessItSaysWhatItLeftOut() throws {
        let lesson = """
            title: T
            audience: A
            duration: D
            steps:
              - title: S
                narrative: N
                demonstration:
                  - trials where status=recruiting
                  - ongoing-administration <- accounts_for

            """
        let problems = try TeachingPack.diagnostics(["empty.yaml": lesson]).map { $0.split(separator: "\n").first.map(String.init) ?? "" }
        XCTAssertEqual(problems.count, 1, problems.joined(separator: "\n"))
        XCTAssertTrue(problems.first?.hasSuffix("empty.yaml:8:9: error: this demonstration finds nothing, so it shows the student nothing") ?? false, problems.joined())
    }
}
