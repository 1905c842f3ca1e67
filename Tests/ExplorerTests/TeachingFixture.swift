import EmbeddedKnowledge
import Explorer
import Foundation
import KnowledgeGraph
import KnowledgeQuery
import KnowledgeStore

/// Fixtures/teaching: a knowledge root holding the FICTIONAL grey-fever pack (ostrander-2011) and
/// lessons on it, loaded against the shipped schema, so lesson tests do not change when the
/// shipped knowledge does.
enum TeachingFixture {
    /// The knowledge root in the test bundle, with `lessons` (file name to text) added to its `lessons/`.
    static func knowledge(adding lessons: [String: String] = [:]) throws -> KnowledgeFiles {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw TestFailure("the Fixtures resource is not in the test bundle")
        }
        var files = try KnowledgeFiles(directory: url.appendingPathComponent("teaching").path)
        for (name, text) in lessons { files.files["lessons/\(name)"] = Array(text.utf8) }
        return files
    }

    /// The shipped schema's text, as the built-in knowledge embeds it.
    static func schema() throws -> String {
        guard let bytes = EmbeddedKnowledge.files()["schema.yaml"], let text = String(validating: bytes, as: UTF8.self) else {
            throw TestFailure("the embedded knowledge has no schema.yaml")
        }
        return text
    }

    /// The root's graph and its lessons, with `lessons` added.
    static func load(adding lessons: [String: String] = [:]) throws -> (knowledge: KnowledgeFiles, graph: Graph, catalog: LessonCatalog) {
        let knowledge = try knowledge(adding: lessons)
        let graph = try KnowledgeLoader.load([knowledge], defaultSchema: (try schema(), "schema.yaml"))
        return (knowledge, graph, LessonLoader.load([knowledge], executor: GraphExecutor(graph: graph), documents: graph))
    }

    /// The handout of the lesson called `name`.
    static func handout(_ name: String, adding lessons: [String: String] = [:]) throws -> Handout {
        let (knowledge, graph, catalog) = try load(adding: lessons)
        switch catalog.lookUp(name, purpose: "rendered") {
        case .success(let lesson): return Handout(lesson: lesson, knowledge: [knowledge], graph: graph)
        case .failure(let problem): throw TestFailure(([problem.message] + problem.notes + problem.diagnostics.map { $0.rendered() }).joined(separator: "\n"))
        }
    }
}
