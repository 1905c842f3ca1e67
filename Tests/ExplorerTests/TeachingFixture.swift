import EmbeddedKnowledge
import Explorer
import Foundation
import KnowledgeGraph
import KnowledgeStore

/// Fixtures/teaching: a knowledge root on disk with the FICTIONAL grey fever pack (ostrander-2011)
/// and lessons on it: `grey-fever-basics` (four steps, three exercises: a query, another query, a
/// number) and the course `fever-course` (`first-look`, then `counting`).
enum TeachingFixture {
    /// The folder inside the test bundle.
    static func root() throws -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw TestFailure("the Fixtures resource is not in the test bundle")
        }
        return url.appendingPathComponent("teaching").path
    }

    /// The root's files, read once.
    static let knowledge: Result<KnowledgeFiles, Error> = Result { try KnowledgeFiles(directory: try root()) }

    /// The pack loaded against the shipped schema, once.
    static let graph: Result<Graph, Error> = Result {
        guard let bytes = EmbeddedKnowledge.files()["schema.yaml"], let schema = String(validating: bytes, as: UTF8.self) else {
            throw TestFailure("the embedded knowledge has no schema.yaml")
        }
        return try KnowledgeLoader.load([try knowledge.get()], defaultSchema: (schema, "schema.yaml"))
    }

    /// A session on the root, with `lessons` (path under the root to text) added or replaced, keeping
    /// progress under `progress` (nil: in memory), in the plain format, with no width or colour.
    static func session(progress: String?, lessons: [String: String] = [:], safe: Bool = false) throws -> (Session, BufferSink) {
        var folder = try knowledge.get()
        for (path, text) in lessons { folder.files[path] = Array(text.utf8) }
        let sink = BufferSink()
        var settings = Settings()
        settings.format = .plain
        settings.keepGoing = true
        settings.safe = safe
        let session = Session(knowledge: [folder], graph: try graph.get(), settings: settings, sink: sink)
        session.classroom.progressStore = progress.map { ProgressStore(folder: $0) }
        return (session, sink)
    }

    /// The root's name in the progress folder: its folder's name and a digest of its path.
    static func progressFolder(in store: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: store).filter { $0.hasPrefix("teaching-") }
        guard names.count == 1, let name = names.first else { throw TestFailure("expected one teaching-… folder in \(store), found \(names)") }
        return (store as NSString).appendingPathComponent(name)
    }
}
