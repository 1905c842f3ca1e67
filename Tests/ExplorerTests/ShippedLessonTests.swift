import Explorer
import KnowledgeGraph
import KnowledgeQuery
import XCTest

/// Every lesson shipped in Knowledge/lessons loads, and every demonstration and accepted answer runs.
final class ShippedLessonTests: XCTestCase {
    func testEveryShippedLessonLoadsAndEveryQueryInItRuns() throws {
        guard let graph = Seed.graph else { throw TestFailure("the seed knowledge does not load") }
        let catalog = LessonLoader.load([Seed.knowledge], executor: GraphExecutor(graph: graph))
        XCTAssertEqual(catalog.diagnostics.map { $0.rendered() }, [])
        XCTAssertFalse(catalog.lessons.isEmpty, "no lessons are shipped")
        let evaluator = GraphExecutor(graph: graph)
        for lesson in catalog.lessons {
            for step in lesson.steps {
                XCTAssertFalse(step.narrative.isEmpty, "\(lesson.name): \(step.title)")
                for demonstration in step.demonstrations {
                    XCTAssertNoThrow(try evaluator.run(demonstration.text), "\(demonstration.location): \(demonstration.text)")
                }
                guard let answer = step.exercise?.answer else { continue }
                switch try evaluator.run(answer.text) {
                case .entities(let list): XCTAssertFalse(list.ids.isEmpty, "\(answer.location): \(answer.text) finds nothing")
                case .count(let count, _): XCTAssertGreaterThan(count, 0, "\(answer.location): \(answer.text) counts nothing")
                case .rows(let table):
                    // `select id, … from …` lists entities; `statements …` lists statements.
                    let names = Set(table.columns.map(\.name))
                    XCTAssertTrue(names.contains("id") || names.isSuperset(of: ["subject", "predicate", "object"]),
                                  "\(answer.location): \(answer.text) lists neither entities nor statements")
                    XCTAssertFalse(table.rows.isEmpty, "\(answer.location): \(answer.text) finds nothing")
                default: XCTFail("\(answer.location): \(answer.text) neither lists nor counts entities or statements")
                }
            }
        }
    }

    func testTheFirstLessonIsComplete() throws {
        guard let graph = Seed.graph else { throw TestFailure("the seed knowledge does not load") }
        let lesson = try XCTUnwrap(LessonLoader.load([Seed.knowledge], executor: GraphExecutor(graph: graph)).lesson(named: "beyond-progression"))
        XCTAssertEqual(lesson.title, "Trastuzumab beyond progression: deciding without randomized evidence")
        XCTAssertEqual(lesson.audience, "medical students and residents")
        XCTAssertGreaterThanOrEqual(lesson.steps.count, 6)
        XCTAssertGreaterThanOrEqual(lesson.exerciseCount, 3)
        let queries = lesson.steps.flatMap { $0.demonstrations.map(\.text) + ($0.exercise.map { [$0.answer.text] } ?? []) }
        XCTAssertTrue(queries.contains { $0.hasPrefix("why ") }, "claims are shown with their quotes")
        XCTAssertTrue(queries.contains { $0.contains("->") || $0.contains("<-") }, "traversal is taught")
        XCTAssertTrue(queries.contains { $0.contains(" where ") }, "conditions are taught")
    }

    /// A student who types every accepted answer solves every exercise, in a session as at the prompt.
    func testTypingEachAnswerSolvesTheLesson() throws {
        guard let graph = Seed.graph else { throw TestFailure("the seed knowledge does not load") }
        let lesson = try XCTUnwrap(LessonLoader.load([Seed.knowledge], executor: GraphExecutor(graph: graph)).lesson(named: "beyond-progression"))
        let (session, sink) = try Seed.session()
        XCTAssertTrue(session.execute(".lesson beyond-progression"))
        for (index, step) in lesson.steps.enumerated() {
            if index > 0 { XCTAssertTrue(session.execute(".next")) }
            guard let exercise = step.exercise else { continue }
            sink.reset()
            XCTAssertTrue(session.execute(exercise.answer.text))
            XCTAssertTrue(sink.output.contains("✓ Right."), "step \(index + 1): \(sink.transcript)")
        }
        XCTAssertEqual(sink.errors, "")
        sink.reset()
        XCTAssertTrue(session.execute(".next"))
        XCTAssertTrue(sink.output.contains("\(lesson.exerciseCount) of \(lesson.exerciseCount) exercises solved"), sink.output)
        XCTAssertEqual(session.failures, 0)
    }
}
