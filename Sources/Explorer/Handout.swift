import KnowledgeGraph
import KnowledgeQuery
import KnowledgeStore
import Rendering

/// A lesson made into a handout for instructors (`kx lesson render`): its narration, every
/// demonstration with the output it really gives, the exercises without their answers, and an
/// answer key kept apart. Written as Markdown (`markdown`, `answerKeyMarkdown`) or as one
/// self-contained HTML page (`html`, `answerKeyHTML`).
///
/// The queries run in a session of their own on the knowledge given, in safe mode, whose output is
/// captured: Markdown takes the session's `markdown` format, HTML the neutral result, and a
/// demonstration that asks for a picture is drawn in DOT too.
public struct Handout {
    /// One query of the lesson as it ran.
    public struct Run {
        /// The query, as the lesson writes it.
        public var query: LessonQuery
        /// What the session wrote in the `markdown` format.
        public var markdown: String
        /// The notes the session wrote beside it (`0 trials: …`), without `note: `.
        public var notes: [String]
        /// The result, or nil when the query failed.
        public var result: QueryResult?
        /// What the session said when the query failed.
        public var error: String?
        /// The picture in DOT, when the lesson asks for one.
        public var dot: String?

        /// Whether the query ran.
        public var succeeded: Bool { result != nil }
    }

    /// A step's runs: its demonstrations, and the query its exercise's answer shows.
    public struct Step {
        public var demonstrations: [Run]
        public var answer: Run?
    }

    /// The lesson the handout is of.
    public var lesson: Lesson
    /// Its steps as they ran, one for each of the lesson's steps.
    public var steps: [Step]
    /// The sentences of each document an evidence exercise asks about, in text order, for reading on paper.
    public var sources: [(document: String, sentences: [(citation: String, text: String)])]

    /// Runs every query of `lesson` on `graph` (built from `knowledge`); stops early once `cancellation` is cancelled.
    public init(lesson: Lesson, knowledge: [KnowledgeFiles], graph: Graph, cancellation: Cancellation = Cancellation()) {
        self.lesson = lesson
        let sink = BufferSink()
        var settings = Settings()
        settings.format = .markdown
        settings.safe = true
        settings.keepGoing = true
        let session = Session(knowledge: knowledge, graph: graph, settings: settings, sink: sink, cancellation: cancellation)
        func run(_ query: LessonQuery, picture: Bool) -> Run {
            sink.reset()
            session.settings.format = .markdown
            let succeeded = session.execute(query.text, file: lesson.file, line: query.location.line)
            let notes = sink.errors.split(separator: "\n").filter { $0.hasPrefix("note: ") }.map { String($0.dropFirst(6)) }
            var run = Run(query: query, markdown: sink.output, notes: notes, result: succeeded ? session.lastResult : nil,
                          error: succeeded ? nil : sink.errors)
            if succeeded, picture {
                sink.reset()
                session.settings.format = .dot
                if session.execute(query.text, file: lesson.file, line: query.location.line) { run.dot = sink.output }
            }
            return run
        }
        steps = lesson.steps.map { step in
            Step(demonstrations: step.demonstrations.map { run($0, picture: $0.picture) },
                 answer: step.exercise?.demonstration.map { run($0, picture: false) })
        }
        var documents: [String] = []
        for step in lesson.steps {
            guard case .evidence(_, let support)? = step.exercise?.answer else { continue }
            for sentence in support where !documents.contains(sentence.document) { documents.append(sentence.document) }
        }
        sources = documents.map { ($0, graph.sentences(in: $0)) }
    }

    /// The exercises in order, numbered from 1, with the index of their step.
    var exercises: [(number: Int, step: Int, exercise: LessonExercise)] {
        var numbered: [(Int, Int, LessonExercise)] = []
        for (index, step) in lesson.steps.enumerated() {
            if let exercise = step.exercise { numbered.append((numbered.count + 1, index, exercise)) }
        }
        return numbered
    }

    /// A segment's text without the label it starts with when the label is its citation (`Title: …`).
    static func unlabelled(_ sentence: (citation: String, text: String)) -> String {
        sentence.text.hasPrefix(sentence.citation + ": ") ? String(sentence.text.dropFirst(sentence.citation.count + 2)) : sentence.text
    }

    /// `Step 2 · TITLE`.
    func heading(ofStep index: Int) -> String {
        "Step \(index + 1) · \(lesson.steps.indices.contains(index) ? lesson.steps[index].title : "")"
    }
}
