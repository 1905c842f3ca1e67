import Foundation
import KnowledgeGraph
import KnowledgeQuery
import KnowledgeStore

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
///           requires: [->]                                    # parts the answer must use
///           hints: [Follow a relation with ->.]               # at most three
///           explanation: Both populations are named in sentences 1 and 2.
///
/// Instead of `answer: QUERY`, an exercise may take `choices: [TEXT, …]` with `answer: LETTER`,
/// `number: N` (with `counted-by: count QUERY` to check it), `accept: [TEXT, …]`, or
/// `evidence: why FACT` (the sentence that supports the fact); these are answered with `.answer`.
///
/// Problems are `Diagnostic`s at the offending spot: unknown or missing keys (with did-you-mean),
/// queries that do not parse or name unknown entities, kinds or fields, and accepted answers that
/// fail, find nothing, or give something other than entities or a count.
public enum LessonLoader {
    /// The most hints an exercise may have.
    public static let maximumHints = 3
    /// The most choices a multiple-choice exercise may have.
    public static let maximumChoices = 8

    /// The letter of choice `index`: A, B, C…
    public static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(65 + index % 26)))
    }

    /// A lesson file found in a knowledge folder.
    public struct Source: Sendable {
        /// The file name without its extension; `COURSE/NAME` in a course.
        public var name: String
        /// The path shown in messages.
        public var path: String
        /// The file's contents.
        public var bytes: [UInt8]
        /// The course folder it is in, or nil.
        public var course: String? = nil
        /// The knowledge folder on disk it was read from; nil when embedded.
        public var folder: String? = nil
    }

    /// The names a course's index file may have.
    public static let courseIndexNames = ["course.yaml", "course.yml"]

    /// The `lessons/*.yaml` (or `.yml`) files of `folders`, and those of courses (`lessons/COURSE/*.yaml`
    /// but the index), in folder order, then by path.
    public static func sources(in folders: [KnowledgeFiles]) -> [Source] {
        folders.flatMap { folder in
            folder.files.keys.sorted().compactMap { key -> Source? in
                let parts = key.split(separator: "/", omittingEmptySubsequences: false)
                guard (2...3).contains(parts.count), parts[0] == "lessons", let last = parts.last else { return nil }
                let file = String(last)
                guard let dot = file.lastIndex(of: "."), [".yaml", ".yml"].contains(file[dot...]), dot > file.startIndex,
                      let bytes = folder.files[key] else { return nil }
                let course = parts.count == 3 ? String(parts[1]) : nil
                if course != nil, courseIndexNames.contains(file) { return nil }
                let base = String(file[..<dot])
                return Source(name: course.map { "\($0)/\(base)" } ?? base, path: folder.path(key), bytes: bytes, course: course, folder: folder.directory)
            }
        }
    }

    /// Loads every lesson of `folders`; a file with problems is left out and its problems kept.
    /// A name already taken by an earlier folder's lesson is a problem too. A course's lessons are
    /// loaded when its index lists them, and follow the other lessons in the index's order.
    /// `documents`, when given, holds the sources' text, so that evidence questions can be answered by quoting a sentence.
    public static func load(_ folders: [KnowledgeFiles], executor: any Executor, documents: Graph? = nil) -> LessonCatalog {
        var catalog = LessonCatalog(lessons: [], problems: [])
        var ordered: [Lesson] = []
        for folder in folders {
            var indexes = courseIndexes(in: folder, catalog: &catalog)
            for source in sources(in: [folder]) {
                let start = SourceLocation(file: source.path, line: 1, column: 1)
                if let first = (catalog.lessons + ordered).first(where: { $0.name == source.name }) {
                    catalog.problems.append((source.name, [Diagnostic(location: start, message: "a lesson named '\(source.name)' is already loaded from \(first.file); this one is ignored")]))
                    continue
                }
                if let course = source.course, let refusal = refusal(of: source, in: indexes[course], course: course, folder: folder) {
                    catalog.problems.append((source.name, [Diagnostic(location: start, message: refusal.message, notes: refusal.notes)]))
                    continue
                }
                guard let text = String(validating: source.bytes, as: UTF8.self) else {
                    catalog.problems.append((source.name, [Diagnostic(location: start, message: "the lesson file is not valid UTF-8 text")]))
                    continue
                }
                do {
                    var lesson = try load(text: text, file: source.path, name: source.name, executor: executor, documents: documents)
                    lesson.course = source.course
                    lesson.knowledgeFolder = source.folder
                    if source.course == nil { catalog.lessons.append(lesson) } else { ordered.append(lesson) }
                } catch let error as KnowledgeError {
                    catalog.problems.append((source.name, error.diagnostics))
                } catch {
                    catalog.problems.append((source.name, [Diagnostic(location: start, message: "\(error)")]))
                }
            }
            finish(&indexes, of: folder, loaded: ordered, into: &catalog)
        }
        for course in catalog.courses {
            catalog.lessons += course.lessons.compactMap { name in ordered.first { $0.name == name } }
        }
        return catalog
    }

    /// Reads one lesson and checks every query in it against `graph`.
    /// - Throws: `KnowledgeError` with every problem found, in file order.
    public static func load(text: String, file: String, name: String, executor: any Executor, documents: Graph? = nil) throws -> Lesson {
        var reader = LessonFileReader(reader: YAMLReader(file: file, text: text), executor: executor, documents: documents)
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
    let documents: Graph?
    var diagnostics: [Diagnostic] = []

    init(reader: YAMLReader, executor: any Executor, documents: Graph?) {
        self.reader = reader
        self.executor = executor
        self.documents = documents
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

    /// The keys that say what kind of answer an exercise takes; an exercise has exactly one of them.
    private static let answerKinds = ["answer", "choices", "number", "accept", "evidence"]

    private mutating func exercise(_ node: YAMLNode) throws -> LessonExercise? {
        let keys = try reader.mapping(node, what: "an exercise",
                                      allowed: ["question", "answer", "requires", "choices", "number", "counted-by", "accept", "evidence", "hints", "explanation"],
                                      required: ["question", "explanation"])
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
        // `choices` takes its right letter in `answer`; every other kind stands alone.
        let kinds = Self.answerKinds.filter { keys[$0] != nil && !($0 == "answer" && keys["choices"] != nil) }
        guard let kind = kinds.first else {
            throw KnowledgeError(reader.diagnostic(node, "an exercise needs an answer",
                                                   notes: ["answer: QUERY, choices: with answer: LETTER, number: N, accept: TEXT, or evidence: why FACT"]))
        }
        if kinds.count > 1, let second = keys[kinds[1]] {
            diagnostics.append(reader.diagnostic(second, "an exercise takes one kind of answer; this one has '\(kind)' and '\(kinds[1])'"))
        }
        for key in ["requires", "counted-by"] where keys[key] != nil && kind != (key == "requires" ? "answer" : "number") {
            diagnostics.append(reader.diagnostic(keys[key], key == "requires" ? "'requires' is for an exercise answered by a query ('answer: QUERY')"
                                                                              : "'counted-by' is for an exercise answered by a number ('number: N')"))
        }
        let answer: LessonAnswer?
        switch kind {
        case "choices": answer = try choice(keys["choices"], keys["answer"], in: node)
        case "number": answer = try number(keys["number"], countedBy: keys["counted-by"])
        case "accept": answer = try accepted(keys["accept"])
        case "evidence": answer = try evidence(keys["evidence"])
        default: answer = try queryAnswer(keys["answer"], requires: keys["requires"])
        }
        guard let answer else { return nil }
        return LessonExercise(question: question, answer: answer, hints: hints, explanation: explanation)
    }

    /// `answer: QUERY` with optional `requires: [PART, …]`: the query must list entities or
    /// statements, or count them, find something, and use every part it requires.
    private mutating func queryAnswer(_ node: YAMLNode?, requires requiresNode: YAMLNode?) throws -> LessonAnswer? {
        guard let node, let answer = try query(node, what: "an accepted answer") else { return nil }
        var requires: [LanguagePart] = []
        if let requiresNode {
            for item in try reader.texts(requiresNode, what: "a part of the language") {
                let name = item.text.trimmed().lowercased()
                guard let part = LanguagePart(rawValue: name) ?? LanguagePart.allCases.first(where: { "\($0)" == name }) else {
                    let names = LanguagePart.allCases.map(\.rawValue)
                    diagnostics.append(reader.diagnostic(item.node, "'\(item.text)' is not a part of the language an answer can be required to use",
                                                         notes: QueryError.suggestion(name, names) + ["parts: \(names.joined(separator: ", "))"]))
                    continue
                }
                if !requires.contains(part) { requires.append(part) }
            }
        }
        switch run(answer) {
        case .entities(let list)?:
            if list.ids.isEmpty {
                diagnostics.append(diagnostic(answer, "the accepted answer finds nothing, so no answer could match it",
                                              notes: list.emptiness.map { [$0.words] } ?? []))
            }
        case .count(let count, _)?:
            if count == 0 { diagnostics.append(diagnostic(answer, "the accepted answer counts nothing, so no answer could match it")) }
        case nil:
            return nil
        case let result?:
            // Whatever the exercise checker can compare (an `id` column, or statements) is an answer.
            if let rows = ExerciseAnswer(statement: answer.text, result: result, executor: executor) {
                if rows.ids.isEmpty { diagnostics.append(diagnostic(answer, "the accepted answer finds nothing, so no answer could match it")) }
                break
            }
            diagnostics.append(diagnostic(answer, "an accepted answer must list entities or statements, or count them, so that answers can be compared by result",
                                          notes: ["such as: trials where status=planned, statements where hedge=may, or: count trials"]))
        }
        if let parsed = try? Parser.parse(answer.text) {
            let missing = requires.filter { !LanguagePart.parts(of: parsed).contains($0) }
            if let requiresNode, !missing.isEmpty {
                diagnostics.append(reader.diagnostic(requiresNode, "the accepted answer does not use \(missing.map { "'\($0.rawValue)'" }.joined(separator: ", ")), which the exercise requires"))
            }
        }
        return .query(answer, requires: requires)
    }

    /// `choices: [TEXT, …]` lettered A, B, C…, with `answer: LETTER`.
    private mutating func choice(_ node: YAMLNode?, _ answerNode: YAMLNode?, in exercise: YAMLNode) throws -> LessonAnswer? {
        guard let node else { return nil }
        let items = try reader.sequence(node, what: "choices").map { try reader.text($0, what: "a choice").trimmed() }
        guard (2...LessonLoader.maximumChoices).contains(items.count) else {
            throw KnowledgeError(reader.diagnostic(node, "a multiple-choice exercise has 2 to \(LessonLoader.maximumChoices) choices; this one has \(items.count)"))
        }
        let letters = items.indices.map(LessonLoader.letter)
        guard let answerNode else {
            throw KnowledgeError(reader.diagnostic(exercise, "a multiple-choice exercise needs 'answer: LETTER', the letter of the right choice (\(letters.first ?? "A")–\(letters.last ?? "B"))"))
        }
        let letter = try reader.scalar(answerNode, what: "the right choice").trimmed().uppercased()
        guard let index = letters.firstIndex(of: letter) else {
            throw KnowledgeError(reader.diagnostic(answerNode, "there is no choice '\(letter)'; the choices are \(letters.joined(separator: ", "))"))
        }
        if let repeated = items.indices.first(where: { items[..<$0].contains(items[$0]) }) {
            diagnostics.append(reader.diagnostic(try reader.sequence(node, what: "choices")[repeated], "choice \(letters[repeated]) repeats an earlier choice"))
        }
        return .choice(choices: items, correct: index)
    }

    /// `number: N`, with an optional `counted-by: count QUERY` whose count must be N.
    private mutating func number(_ node: YAMLNode?, countedBy countedNode: YAMLNode?) throws -> LessonAnswer? {
        guard let node else { return nil }
        let written = try reader.scalar(node, what: "the number").trimmed()
        guard let value = ExerciseReply.number(written) else {
            throw KnowledgeError(reader.diagnostic(node, "'\(written)' is not a number", notes: ["such as: number: 2, or number: 0.5"]))
        }
        guard let countedNode, let counted = try query(countedNode, what: "'counted-by'") else { return .number(value, countedBy: nil) }
        switch run(counted) {
        case .count(let count, _)?:
            if Double(count) != value {
                diagnostics.append(diagnostic(counted, "this counts \(count), but the exercise's number is \(ExerciseReply.written(value))"))
            }
        case nil:
            break
        case _?:
            diagnostics.append(diagnostic(counted, "'counted-by' must be a count, such as: count trials where status=planned"))
        }
        return .number(value, countedBy: counted)
    }

    /// `accept: TEXT` or a list of the forms accepted.
    private mutating func accepted(_ node: YAMLNode?) throws -> LessonAnswer? {
        guard let node else { return nil }
        var forms: [String] = []
        for item in try reader.texts(node, what: "an accepted answer") {
            if ExerciseReply.normalized(item.text).isEmpty {
                diagnostics.append(reader.diagnostic(item.node, "an accepted answer needs a letter or a digit"))
            } else {
                forms.append(item.text.trimmed())
            }
        }
        return forms.isEmpty ? nil : .text(accepted: forms)
    }

    /// `evidence: why FACT`: the fact must have quotes, and the sentences they are in are the answer.
    private mutating func evidence(_ node: YAMLNode?) throws -> LessonAnswer? {
        guard let node, let fact = try query(node, what: "an evidence question's fact") else { return nil }
        switch try? Parser.parse(fact.text) {
        case .why?, .whyField?, .whyFact?: break
        default:
            diagnostics.append(diagnostic(fact, "an evidence question names its fact as 'why' shows it",
                                          notes: ["such as: why registher covers registry-patients, or: why registher status"]))
            return nil
        }
        guard case .quotes(let quotes)? = run(fact) else { return nil }
        var support: [EvidenceSentence] = []
        for row in quotes.rows {
            for citation in row.provenance.segments {
                let sentence = EvidenceSentence(document: row.provenance.document, citation: citation,
                                                text: documents?.text(of: citation, in: row.provenance.document) ?? "")
                if !support.contains(sentence) { support.append(sentence) }
            }
        }
        if support.isEmpty { diagnostics.append(diagnostic(fact, "no quote of this fact is in a numbered sentence, so no sentence could answer it")) }
        return .evidence(fact, support: support)
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
