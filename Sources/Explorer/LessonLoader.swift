import Foundation
import KnowledgeGraph
import KnowledgeQuery

/// Reads lesson files and checks them against the graph: every key, every query, every answer.
///
/// A lesson file is YAML:
///
///     title: Trastuzumab beyond progression
///     audience: medical students and residents
///     duration: 30 minutes
///     steps:
///       - title: The open question
///         narrative: |
///           Paragraphs, separated by blank lines; "- " starts a list item.
///         demonstration: why continue-after-progression     # one query, or a list of them
///         exercise:
///           question: For whom does the question matter?
///           answer: continue-after-progression -> relevant_to
///           hints: [Follow a relation with ->.]               # at most three
///           explanation: Both populations are named in sentences 1 and 2.
///
/// Problems are `Diagnostic`s at the offending spot: unknown or missing keys (with did-you-mean),
/// queries that do not parse or name unknown entities, kinds or fields, and accepted answers that
/// fail, find nothing, or give something other than entities or a count.
public enum LessonLoader {
    /// The most hints an exercise may have.
    public static let maximumHints = 3

    /// A lesson file found in a knowledge folder.
    public struct Source: Sendable {
        /// The file name without its extension.
        public var name: String
        /// The path shown in messages.
        public var path: String
        /// The file's contents.
        public var bytes: [UInt8]
    }

    /// The `lessons/*.yaml` (or `.yml`) files of `folders`, in folder order, then by name.
    public static func sources(in folders: [KnowledgeFiles]) -> [Source] {
        folders.flatMap { folder in
            folder.files.keys.sorted().compactMap { key -> Source? in
                let parts = key.split(separator: "/", omittingEmptySubsequences: false)
                guard parts.count == 2, parts[0] == "lessons" else { return nil }
                let file = String(parts[1])
                guard let dot = file.lastIndex(of: "."), [".yaml", ".yml"].contains(file[dot...]), dot > file.startIndex,
                      let bytes = folder.files[key] else { return nil }
                return Source(name: String(file[..<dot]), path: folder.path(key), bytes: bytes)
            }
        }
    }

    /// Loads every lesson of `folders`; a file with problems is left out and its problems kept.
    /// A name already taken by an earlier folder's lesson is a problem too.
    public static func load(_ folders: [KnowledgeFiles], executor: any Executor) -> LessonCatalog {
        var catalog = LessonCatalog(lessons: [], problems: [])
        for source in sources(in: folders) {
            let start = SourceLocation(file: source.path, line: 1, column: 1)
            if let first = catalog.lessons.first(where: { $0.name == source.name }) {
                catalog.problems.append((source.name, [Diagnostic(location: start, message: "a lesson named '\(source.name)' is already loaded from \(first.file); this one is ignored")]))
                continue
            }
            guard let text = String(validating: source.bytes, as: UTF8.self) else {
                catalog.problems.append((source.name, [Diagnostic(location: start, message: "the lesson file is not valid UTF-8 text")]))
                continue
            }
            do {
                catalog.lessons.append(try load(text: text, file: source.path, name: source.name, executor: executor))
            } catch let error as KnowledgeError {
                catalog.problems.append((source.name, error.diagnostics))
            } catch {
                catalog.problems.append((source.name, [Diagnostic(location: start, message: "\(error)")]))
            }
        }
        return catalog
    }

    /// Reads one lesson and checks every query in it against `graph`.
    /// - Throws: `KnowledgeError` with every problem found, in file order.
    public static func load(text: String, file: String, name: String, executor: any Executor) throws -> Lesson {
        var reader = LessonFileReader(reader: YAMLReader(file: file, text: text), executor: executor)
        guard let root = try reader.reader.parse(text) else {
            throw KnowledgeError(reader.reader.diagnostic(nil, "the lesson file is empty", notes: ["a lesson has a title, an audience, a duration and steps"]))
        }
        return try reader.lesson(root, name: name)
    }
}

/// Reads the parts of one lesson file, collecting problems so that one run reports them all.
private struct LessonFileReader {
    let reader: YAMLReader
    let executor: any Executor
    var diagnostics: [Diagnostic] = []

    init(reader: YAMLReader, executor: any Executor) {
        self.reader = reader
        self.executor = executor
    }

    mutating func lesson(_ root: YAMLNode, name: String) throws -> Lesson {
        let keys = try reader.mapping(root, what: "a lesson", allowed: ["title", "audience", "duration", "steps"],
                                      required: ["title", "audience", "duration", "steps"])
        let title = try text(keys["title"], "the lesson's title")
        let audience = try text(keys["audience"], "the audience")
        let duration = try text(keys["duration"], "the duration")
        guard let stepsNode = keys["steps"] else { throw KnowledgeError(reader.diagnostic(root, "a lesson has no 'steps'")) }
        let stepNodes = try reader.sequence(stepsNode, what: "steps")
        guard !stepNodes.isEmpty else { throw KnowledgeError(reader.diagnostic(stepsNode, "a lesson needs at least one step")) }
        var steps: [LessonStep] = []
        for node in stepNodes {
            do {
                steps.append(try step(node))
            } catch let error as KnowledgeError {
                diagnostics += error.diagnostics
            }
        }
        guard diagnostics.isEmpty else { throw KnowledgeError(diagnostics.inFileOrder) }
        return Lesson(name: name, file: reader.file, title: title, audience: audience, duration: duration, steps: steps)
    }

    private func text(_ node: YAMLNode?, _ what: String) throws -> String {
        guard let node else { return "" }
        return try reader.text(node, what: what).trimmed()
    }

    private mutating func step(_ node: YAMLNode) throws -> LessonStep {
        let keys = try reader.mapping(node, what: "a step", allowed: ["title", "narrative", "demonstration", "exercise"],
                                      required: ["title", "narrative"])
        let title = try text(keys["title"], "a step's title")
        let narrative = try text(keys["narrative"], "a step's narrative")
        var demonstrations: [LessonQuery] = []
        if let demonstration = keys["demonstration"] {
            for item in try reader.texts(demonstration, what: "a demonstration") {
                guard let query = try query(item.node, what: "a demonstration") else { continue }
                _ = run(query)
                demonstrations.append(query)
            }
        }
        var exercise: LessonExercise?
        if let exerciseNode = keys["exercise"] { exercise = try self.exercise(exerciseNode) }
        return LessonStep(title: title, narrative: narrative, demonstrations: demonstrations, exercise: exercise)
    }

    private mutating func exercise(_ node: YAMLNode) throws -> LessonExercise? {
        let keys = try reader.mapping(node, what: "an exercise", allowed: ["question", "answer", "hints", "explanation"],
                                      required: ["question", "answer", "explanation"])
        let question = try text(keys["question"], "the question")
        let explanation = try text(keys["explanation"], "the explanation")
        var hints: [String] = []
        if let hintsNode = keys["hints"] {
            let items = try reader.texts(hintsNode, what: "a hint")
            if items.count > LessonLoader.maximumHints {
                diagnostics.append(reader.diagnostic(items[LessonLoader.maximumHints].node,
                                                     "an exercise has at most \(LessonLoader.maximumHints) hints; this is hint \(LessonLoader.maximumHints + 1)"))
            }
            hints = items.map { $0.text.trimmed() }
        }
        guard let answerNode = keys["answer"], let answer = try query(answerNode, what: "an accepted answer") else { return nil }
        switch run(answer) {
        case .entities(let list)?:
            if list.ids.isEmpty {
                diagnostics.append(diagnostic(answer, "the accepted answer finds nothing, so no answer could match it",
                                              notes: list.emptiness.map { [$0.words] } ?? []))
            }
        case .count(let count, _)?:
            if count == 0 { diagnostics.append(diagnostic(answer, "the accepted answer counts nothing, so no answer could match it")) }
        case nil:
            break
        case let result?:
            // Whatever the exercise checker can compare (an `id` column, or statements) is an answer.
            if let rows = ExerciseAnswer(statement: answer.text, result: result, executor: executor) {
                if rows.ids.isEmpty { diagnostics.append(diagnostic(answer, "the accepted answer finds nothing, so no answer could match it")) }
                break
            }
            diagnostics.append(diagnostic(answer, "an accepted answer must list entities or statements, or count them, so that answers can be compared by result",
                                          notes: ["such as: trials where status=planned, statements where hedge=may, or: count trials"]))
        }
        return LessonExercise(question: question, answer: answer, hints: hints, explanation: explanation)
    }

    /// A query written at `node`: one line, not a dot-command.
    private mutating func query(_ node: YAMLNode, what: String) throws -> LessonQuery? {
        let text = try reader.text(node, what: what).trimmed()
        guard case .scalar(_, let plain) = node.content else { return nil }
        let query = LessonQuery(text: text, location: SourceLocation(file: reader.file, line: node.line, column: node.column + (plain ? 0 : 1)))
        if text.contains(where: \.isNewline) {
            diagnostics.append(reader.diagnostic(node, "write \(what) on one line"))
            return nil
        }
        if text.hasPrefix(".") {
            diagnostics.append(diagnostic(query, "\(what) must be a query, not a dot-command"))
            return nil
        }
        return query
    }

    /// Runs `query` on the graph; a problem becomes a diagnostic at its spot in the file.
    private mutating func run(_ query: LessonQuery) -> QueryResult? {
        do {
            return try executor.run(query.text)
        } catch let error as QueryError {
            var diagnostic = StatementText(query.text, file: query.location.file, line: query.location.line, column: query.location.column)
                .diagnostic(for: error)
            if let location = diagnostic.location { diagnostic.sourceLine = reader.diagnostic(at: location, "").sourceLine }
            diagnostics.append(diagnostic)
        } catch {
            diagnostics.append(self.diagnostic(query, "\(error)"))
        }
        return nil
    }

    private func diagnostic(_ query: LessonQuery, _ message: String, notes: [String] = []) -> Diagnostic {
        reader.diagnostic(at: query.location, message, length: query.text.unicodeScalars.count, notes: notes)
    }
}
