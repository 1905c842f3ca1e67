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
                guard let exercise = step.exercise else { continue }
                if case .query(let answer, let requires) = exercise.answer {
                    XCTAssertFalse(requires.isEmpty, "\(answer.location): a query exercise states what its answer must use")
                }
                if let query = exercise.demonstration {
                    XCTAssertNoThrow(try evaluator.run(query.text), "\(query.location): \(query.text)")
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
        let queries = lesson.steps.flatMap { $0.demonstrations.map(\.text) + ($0.exercise?.demonstration.map { [$0.text] } ?? []) }
        XCTAssertTrue(queries.contains { $0.hasPrefix("why ") }, "claims are shown with their quotes")
        XCTAssertTrue(queries.contains { $0.contains("->") || $0.contains("<-") }, "traversal is taught")
        XCTAssertTrue(queries.contains { $0.contains(" where ") }, "conditions are taught")
    }

    /// A student who types every accepted answer solves every exercise of every shipped lesson, in a session as at the prompt.
    func testTypingEachAnswerSolvesEveryLesson() throws {
        guard let graph = Seed.graph else { throw TestFailure("the seed knowledge does not load") }
        for lesson in LessonLoader.load([Seed.knowledge], executor: GraphExecutor(graph: graph), documents: graph).lessons {
            let (session, sink) = try Seed.session()
            XCTAssertTrue(session.execute(".lesson \(lesson.name)"))
            for (index, step) in lesson.steps.enumerated() {
                if index > 0 { XCTAssertTrue(session.execute(".next")) }
                guard let exercise = step.exercise else { continue }
                sink.reset()
                XCTAssertTrue(session.execute(Self.reply(to: exercise.answer)))
                XCTAssertTrue(sink.output.contains("✓ Right."), "\(lesson.name) step \(index + 1): \(sink.transcript)")
            }
            XCTAssertEqual(sink.errors, "")
            sink.reset()
            XCTAssertTrue(session.execute(".next"))
            XCTAssertTrue(sink.output.contains("\(lesson.exerciseCount) of \(lesson.exerciseCount) exercises solved"), sink.output)
            XCTAssertEqual(session.failures, 0)
        }
    }

    /// What a student who knows the answer types.
    static func reply(to answer: LessonAnswer) -> String {
        switch answer {
        case .query(let query, _): return query.text
        case .choice(_, let correct): return ".answer \(LessonLoader.letter(correct))"
        case .number(let value, _): return ".answer \(value)"
        case .text(let accepted): return ".answer \(accepted.first ?? "")"
        case .evidence(_, let support): return ".answer \(support.first?.citation ?? "")"
        }
    }
}
