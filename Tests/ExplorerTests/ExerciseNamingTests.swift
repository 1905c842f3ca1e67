import Explorer
import KnowledgeQuery
import XCTest

/// A query exercise is also checked on a perturbed copy of the knowledge, so naming the answer's
/// entities does not pass where the exercise asks for a query, while queries that find them do.
/// On the FICTIONAL lesson Fixtures/teaching/lessons/finding.yaml.
final class ExerciseNamingTests: XCTestCase {
    private let right = ["", "✓ Right. Two populations.", "✓ Right. Its patients.", "✓ Right. The trials with no zorvamab in their control arms.",
                         "✓ Right. One group of trials.", "✓ Right. One statement."]

    /// The first line of the feedback printed after `query`, typed at step `step` of the lesson.
    private func feedback(_ query: String, step: Int, connect: Bool = false) throws -> String {
        let (session, sink) = try TeachingPack.session()
        if connect {
            let graph = try TeachingPack.graph()
            session.connector = { _, _ in GraphExecutor(graph: graph) }
            XCTAssertTrue(session.execute(".connect http://localhost:1/sparql"))
        }
        XCTAssertTrue(session.execute(".lesson finding"), sink.transcript)
        for _ in 1..<step { XCTAssertTrue(session.execute(".next")) }
        sink.reset()
        session.execute(query)
        let lines = sink.output.components(separatedBy: "\n").drop { !$0.hasPrefix("✓") && !$0.hasPrefix("✗") }
        // The feedback is wrapped; its first paragraph is joined again.
        return lines.prefix { !$0.hasPrefix("  Try again") && !$0.hasPrefix("  Type .next") && !$0.hasPrefix("  This is the last") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    private let naming = "✗ Right rows, but your query names the answer instead of finding it: on a copy of the knowledge with those entities renamed and look-alikes added, it "

    func testTheAcceptedQueryAndQueriesThatFindTheSameRowsPass() throws {
        let passing: [(String, Int)] = [
            ("continue-after-relapse -> relevant_to", 1), ("questions where status=open -> relevant_to", 1),
            ("select id, condition from continue-after-relapse -> relevant_to", 1), ("\"relapse question\" -> relevant_to", 1),
            ("feverlog -> covers", 2), ("registries -> covers", 2), ("FeverLog -> covers", 2), ("select id, size from registries -> covers", 2),
            ("trials where allocation=randomized and stop-reason~enrol", 3), ("trials where has stop-reason and allocation=randomized", 3),
            ("count trials where status=planned", 4), ("count trials where status=planned and has timing", 4),
            ("statements where subject=feverlog and predicate=covers", 5), ("statements where predicate=covers and subject=\"central patient registry\"", 5),
        ]
        for (query, step) in passing {
            XCTAssertEqual(try feedback(query, step: step), right[step], query)
        }
    }

    func testNamingTheAnswerByIdOrNameIsRejected() throws {
        XCTAssertEqual(try feedback("feverlog-patients", step: 2), naming + "does not run. Write a query that finds them.")
        XCTAssertEqual(try feedback("\"patients with GRX-positive grey fever followed by the registry\"", step: 2), naming + "does not run. Write a query that finds them.")
        XCTAssertEqual(try feedback("select id, size from feverlog-patients", step: 2), naming + "does not run. Write a query that finds them.")
        XCTAssertEqual(try feedback("count planned-switch-trials", step: 4), naming + "does not run. Write a query that finds them.")
        XCTAssertEqual(try feedback("statements where object=feverlog-patients and predicate=covers", step: 5), naming + "finds something else. Write a query that finds them.")
    }

    func testListingTheAnswersIdsIsRejected() throws {
        XCTAssertEqual(try feedback("populations where id=adults-with-grey-fever or id=relapse-after-early-therapy", step: 1),
                       naming + "finds something else. Write a query that finds them.")
        XCTAssertEqual(try feedback("populations where name~chronic or name~\"early zorvamab\"", step: 1),
                       naming + "finds something else. Write a query that finds them.")
        XCTAssertEqual(try feedback("trials where id=no-zorvamab-control-trials", step: 3),
                       naming + "finds something else. Write a query that finds them.")
    }

    func testAQueryThatMatchesOnlyByChanceIsRejectedByALookAlikeThatLacksAFact() throws {
        XCTAssertEqual(try feedback("trials where allocation=randomized", step: 3),
                       "✗ Right rows, but your query is too broad: it would also find an entry like no-zorvamab-control-trials without its stop-reason. Ask for all the question asks.")
        XCTAssertEqual(try feedback("populations where size=many", step: 2),
                       "✗ Right rows, but your query is too broad: it would also find an entry like feverlog-patients without 'feverlog covers feverlog-patients'. Ask for all the question asks.")
        XCTAssertEqual(try feedback("count trials where timing=prospective", step: 4),
                       "✗ Right rows, but your query is too broad: it would also find an entry like planned-switch-trials without its status. Ask for all the question asks.")
    }

    func testTheCheckIsSkippedOnAnotherExecutor() throws {
        XCTAssertEqual(try feedback("feverlog-patients", step: 2, connect: true), right[2], "an endpoint's knowledge cannot be copied")
    }
}
