import EmbeddedKnowledge
import Explorer
import Foundation
import KnowledgeGraph
import KnowledgeStore
import Rendering

/// The shipped knowledge, loaded once for every test.
enum Seed {
    static let knowledge = KnowledgeFiles(root: "Knowledge", files: EmbeddedKnowledge.files())

    /// The seed graph; loading it is the slow part of starting a session, so it is shared.
    static let graph: Graph? = try? KnowledgeLoader.load([knowledge])

    /// A session on the seed graph writing to a fresh buffer, in `format`, with no colour or width.
    static func session(format: OutputFormat = .table, keepGoing: Bool = false) throws -> (Session, BufferSink) {
        let sink = BufferSink()
        var settings = Settings()
        settings.format = format
        settings.keepGoing = keepGoing
        guard let graph else { throw TestFailure("the seed knowledge does not load") }
        return (Session(knowledge: [knowledge], graph: graph, settings: settings, sink: sink), sink)
    }

    /// What one statement prints (results, then errors) in a fresh session.
    static func output(_ statement: String, format: OutputFormat = .table) throws -> String {
        let (session, sink) = try session(format: format)
        session.execute(statement)
        return sink.transcript
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A fresh folder under the system temporary folder; `remove()` deletes it.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("ExplorerTests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` (which may hold folders) inside this folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = (path as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: (path as NSString).appendingPathComponent(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The names in the folder, hidden ones included, sorted.
    func names() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Small knowledge packs (facts.yaml and source.txt, no schema) for `.load`.
enum TinyPack {
    static let source = """
        Title: A tiny pack for the Explorer tests

        Examplinib was given to every patient in the example study.

        """

    /// One drug, `examplinib`, named `name` (a YAML double-quoted string's content).
    static func facts(name: String = "Examplinib") -> String {
        """
        document:
          id: tiny-pack
          source: source.txt
          citation: "Tiny pack for the Explorer tests"

        entities:
          - id: examplinib
            kind: drug
            name: "\(name)"
            quote: "Examplinib was given"

        """
    }

    /// Writes a pack into `folder/name` and returns the pack folder's path.
    @discardableResult
    static func write(in folder: TemporaryFolder, named name: String = "tiny", facts: String = facts()) throws -> String {
        try folder.write("\(name)/source.txt", source)
        try folder.write("\(name)/facts.yaml", facts)
        return (folder.path as NSString).appendingPathComponent(name)
    }

    /// Two questions both relevant to 21 populations: 21 shortest paths between the questions.
    static func manyPaths() -> (source: String, facts: String) {
        let numbers = (1...21).map { String(format: "%02d", $0) }
        let source = "Title: Many paths\n\nQuestion A and question B matter for " + numbers.map { "group \($0)" }.joined(separator: ", ") + ".\n"
        var facts = """
            document:
              id: many-paths
              source: source.txt
              citation: "Many paths"

            entities:
              - {id: q-a, kind: question, name: question A, quote: "Question A"}
              - {id: q-b, kind: question, name: question B, quote: "question B"}

            """
        for number in numbers {
            facts += "  - {id: p-\(number), kind: population, name: group \(number), quote: \"group \(number)\"}\n"
        }
        facts += "\nrelations:\n"
        for number in numbers {
            facts += "  - {subject: q-a, type: relevant_to, object: p-\(number), quote: \"group \(number)\"}\n"
            facts += "  - {subject: q-b, type: relevant_to, object: p-\(number), quote: \"group \(number)\"}\n"
        }
        return (source, facts)
    }
}
