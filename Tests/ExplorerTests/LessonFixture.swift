import Explorer
import Foundation
import KnowledgeGraph
import KnowledgeQuery
import Rendering

/// Sessions on the seed knowledge with extra lesson files in its `lessons/` folder.
enum LessonFixture {
    /// A two-step lesson: a listing exercise (the populations the continuation question is relevant
    /// to), then a count exercise whose demonstration is its own answer.
    static let tiny = """
        title: A tiny lesson
        audience: testers
        duration: 5 minutes
        steps:
          - title: Listing
            narrative: |
              Kinds list their entities.

              - an item that is long enough to be wrapped when the lines are only forty columns wide
            demonstration: questions where novelty=new
            exercise:
              question: For whom does the continuation question matter?
              answer: continue-after-progression -> relevant_to
              hints: [Start at continue-after-progression., Follow relevant_to.]
              explanation: Two populations.
          - title: Counting
            narrative: Count them.
            demonstration: count trials
            exercise:
              question: How many trials are there?
              answer: count trials
              explanation: Two.

        """

    /// The seed knowledge with `lessons` (file name to text) added to its `lessons/` folder.
    static func knowledge(_ lessons: [String: String]) -> KnowledgeFiles {
        var knowledge = Seed.knowledge
        for (name, text) in lessons { knowledge.files["lessons/\(name)"] = Array(text.utf8) }
        return knowledge
    }

    /// A session whose knowledge holds `lessons`, in the plain format, with no width or colour.
    static func session(_ lessons: [String: String] = ["tiny.yaml": tiny], format: OutputFormat = .plain) throws -> (Session, BufferSink) {
        guard let graph = Seed.graph else { throw TestFailure("the seed knowledge does not load") }
        let sink = BufferSink()
        var settings = Settings()
        settings.format = format
        settings.keepGoing = true
        return (Session(knowledge: [knowledge(lessons)], graph: graph, settings: settings, sink: sink), sink)
    }

    /// Every diagnostic of the lessons in `lessons`, rendered without colour, one after another.
    static func problems(_ lessons: [String: String]) throws -> String {
        guard let graph = Seed.graph else { throw TestFailure("the seed knowledge does not load") }
        return LessonLoader.load([knowledge(lessons)], executor: GraphExecutor(graph: graph)).diagnostics.map { $0.rendered() }.joined(separator: "\n")
    }
}
