import EmbeddedKnowledge
import Explorer
import Foundation
import KnowledgeGraph
import KnowledgeQuery
import KnowledgeStore
import Rendering

/// Fixtures/teaching: the FICTIONAL grey-fever review (ostrander-2011) with lessons written for the
/// tests, loaded against the shipped schema, so lesson tests do not change when the shipped
/// knowledge or lessons do.
enum TeachingKnowledge {
    /// The knowledge root, read from the test bundle, with `lessons` (file name to text) added to its lessons/ folder.
    static func knowledge(adding lessons: [String: String] = [:]) throws -> KnowledgeFiles {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw TestFailure("the Fixtures resource is not in the test bundle")
        }
        var folder = try KnowledgeFiles(directory: url.appendingPathComponent("teaching").path)
        guard let schema = EmbeddedKnowledge.files()["schema.yaml"] else { throw TestFailure("the embedded knowledge has no schema.yaml") }
        folder.files["schema.yaml"] = schema
        for (name, text) in lessons { folder.files["lessons/\(name)"] = Array(text.utf8) }
        return folder
    }

    /// The teaching knowledge's graph, loaded anew.
    static func graph() throws -> Graph {
        try KnowledgeLoader.load([try knowledge()])
    }

    /// A session on the teaching knowledge, in the plain format, with no width or colour.
    static func session(adding lessons: [String: String] = [:]) throws -> (Session, BufferSink) {
        let knowledge = try knowledge(adding: lessons)
        let sink = BufferSink()
        var settings = Settings()
        settings.format = .plain
        settings.keepGoing = true
        return (Session(knowledge: [knowledge], graph: try KnowledgeLoader.load([knowledge]), settings: settings, sink: sink), sink)
    }

    /// Every diagnostic of the teaching lessons plus `lessons`, rendered without colour.
    static func problems(_ lessons: [String: String]) throws -> [String] {
        let knowledge = try knowledge(adding: lessons)
        let graph = try KnowledgeLoader.load([knowledge])
        return LessonLoader.load([knowledge], executor: GraphExecutor(graph: graph), documents: graph).diagnostics.map { $0.rendered() }
    }

    /// The teaching knowledge with `lessons` added, its graph, and its lessons as loaded.
    static func load(adding lessons: [String: String] = [:]) throws -> (knowledge: KnowledgeFiles, graph: Graph, catalog: LessonCatalog) {
        let knowledge = try knowledge(adding: lessons)
        let graph = try KnowledgeLoader.load([knowledge])
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
