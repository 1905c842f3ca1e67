import EmbeddedKnowledge
import Explorer
import Foundation
import KnowledgeGraph
import KnowledgeStore
import Rendering

/// Fixtures/teaching: a knowledge root holding the FICTIONAL grey-fever pack (ostrander-2011, about
/// the made-up drug zorvamab) and lessons on it, loaded once against the shipped schema.
enum TeachingFixture {
    static let knowledge: Result<KnowledgeFiles, Error> = Result {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw TestFailure("the Fixtures resource is not in the test bundle")
        }
        return try KnowledgeFiles(directory: url.appendingPathComponent("teaching").path)
    }

    static let graph: Result<Graph, Error> = Result {
        guard let bytes = EmbeddedKnowledge.files()["schema.yaml"], let schema = String(validating: bytes, as: UTF8.self) else {
            throw TestFailure("the embedded knowledge has no schema.yaml")
        }
        return try KnowledgeLoader.load([try knowledge.get()], defaultSchema: (schema, "schema.yaml"))
    }

    /// A session on the fixture, in the plain format, with no width or colour.
    static func session() throws -> (Session, BufferSink) {
        let sink = BufferSink()
        var settings = Settings()
        settings.format = .plain
        settings.keepGoing = true
        return (Session(knowledge: [try knowledge.get()], graph: try graph.get(), settings: settings, sink: sink), sink)
    }
}
