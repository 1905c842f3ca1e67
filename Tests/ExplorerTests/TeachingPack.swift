import EmbeddedKnowledge
import Explorer
import Foundation
import KnowledgeGraph
import KnowledgeQuery
import KnowledgeStore
import Rendering

/// Fixtures/teaching: a copy of the FICTIONAL grey-fever pack (ostrander-2011: zorvamab, grey fever,
/// the FeverLog registry) with lessons written for the tests, loaded once against the shipped schema,
/// so that lesson and playback tests do not change when the shipped knowledge does.
enum TeachingPack {
    /// The fixture folder inside the test bundle.
    static func path() throws -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw TestFailure("the Fixtures resource is not in the test bundle")
        }
        return url.appendingPathComponent("teaching").path
    }

    /// The shipped schema's text, as the built-in knowledge embeds it.
    static func schemaText() throws -> String {
        guard let bytes = EmbeddedKnowledge.files()["schema.yaml"], let text = String(validating: bytes, as: UTF8.self) else {
            throw TestFailure("the embedded knowledge has no schema.yaml")
        }
        return text
    }

    /// The fixture's files, named under `teaching/` in messages, with `lessons` (file name to text)
    /// added to its `lessons/` folder.
    static func knowledge(_ lessons: [String: String] = [:]) throws -> KnowledgeFiles {
        var knowledge = KnowledgeFiles(root: "teaching", files: try KnowledgeFiles(directory: try path()).files)
        for (name, text) in lessons { knowledge.files["lessons/\(name)"] = Array(text.utf8) }
        return knowledge
    }

    /// The shipped schema alone, lent to the fixture as kx lends it to packs given alone.
    static func schema() throws -> KnowledgeFiles {
        KnowledgeFiles(root: "Knowledge", files: ["schema.yaml": Array(try schemaText().utf8)])
    }

    private static let loaded = Result { try KnowledgeLoader.load([try knowledge()], defaultSchema: (try schemaText(), "schema.yaml")) }

    /// The fixture graph, or an error with every diagnostic of why it did not load.
    static func graph() throws -> Graph {
        do {
            return try loaded.get()
        } catch let error as KnowledgeError {
            throw TestFailure(error.diagnostics.map { $0.rendered() }.joined(separator: "\n"))
        }
    }

    /// A session on the fixture whose `lessons/` folder also holds `lessons`, with no colour or width.
    static func session(_ lessons: [String: String] = [:], format: OutputFormat = .plain, terminal: Bool = false) throws -> (Session, BufferSink) {
        let sink = BufferSink()
        var settings = Settings()
        settings.format = format
        settings.keepGoing = true
        settings.terminal = terminal
        return (Session(knowledge: [try knowledge(lessons)], graph: try graph(), settings: settings, sink: sink), sink)
    }

    /// Every diagnostic of the lessons in `lessons`, rendered without colour, one after another.
    static func problems(_ lessons: [String: String]) throws -> String {
        LessonLoader.load([try knowledge(lessons)], executor: GraphExecutor(graph: try graph()), documents: try graph())
            .diagnostics.map { $0.rendered() }.joined(separator: "\n")
    }

    /// Every diagnostic of the lessons in `lessons`, each rendered without colour.
    static func diagnostics(_ lessons: [String: String]) throws -> [String] {
        LessonLoader.load([try knowledge(lessons)], executor: GraphExecutor(graph: try graph()), documents: try graph()).diagnostics.map { $0.rendered() }
    }

    /// The fixture with `lessons` added, its graph, and its lessons as loaded.
    static func load(adding lessons: [String: String] = [:]) throws -> (knowledge: KnowledgeFiles, graph: Graph, catalog: LessonCatalog) {
        let knowledge = try knowledge(lessons)
        let graph = try graph()
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

    /// A session on the fixture as read from disk (so progress is kept under its real folder), with
    /// `lessons` (path under the root to text) added or replaced, keeping progress under `progress`
    /// (nil: in memory), in the plain format, with no width or colour.
    static func session(progress: String?, lessons: [String: String] = [:], safe: Bool = false) throws -> (Session, BufferSink) {
        var folder = try KnowledgeFiles(directory: try path())
        for (path, text) in lessons { folder.files[path] = Array(text.utf8) }
        let sink = BufferSink()
        var settings = Settings()
        settings.format = .plain
        settings.keepGoing = true
        settings.safe = safe
        let session = Session(knowledge: [folder], graph: try graph(), settings: settings, sink: sink)
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
