import Foundation
import KnowledgeGraph
import KnowledgeQuery
import Rendering

/// Lessons, step-through playback and transcripts: the teaching features of a session.
///
/// Every session has one (`Session.classroom`). It adds its dot-commands through the session's
/// `extraCommands`, shows lesson progress through `promptPrefix`, and watches statements through
/// `statementObservers`, to record them and to check exercise answers.
public final class Classroom {
    /// Reads one line of input for step-through playback after showing `prompt`; nil at the end of
    /// input. Set by the program: kx reads the terminal's line editor, or standard input's lines.
    public var readLine: ((_ prompt: String) -> String?)?

    /// The prompt shown before each statement during playback.
    public static let playbackPrompt = "[Enter] run · s skip · b back · q quit "

    /// The teaching dot-commands, for `.help`.
    public static let commands: [DotCommand] = [
        DotCommand(name: ".lessons", usage: ".lessons", summary: "List the lessons", choices: []),
        DotCommand(name: ".lesson", usage: ".lesson NAME", summary: "Start or resume a lesson or course; add restart to start over", choices: []),
        DotCommand(name: ".next", usage: ".next", summary: "Go to the lesson's next step", choices: []),
        DotCommand(name: ".back", usage: ".back", summary: "Go back one step", choices: []),
        DotCommand(name: ".hint", usage: ".hint", summary: "A hint for the open exercise", choices: []),
        DotCommand(name: ".answer", usage: ".answer LETTER|NUMBER|TEXT", summary: "Answer an exercise that is not a query", choices: []),
        DotCommand(name: ".reveal", usage: ".reveal", summary: "Show the exercise's answer", choices: []),
        DotCommand(name: ".skip", usage: ".skip", summary: "Show the answer and go to the next step", choices: []),
        DotCommand(name: ".where", usage: ".where", summary: "Show the lesson's steps and where you are", choices: []),
        DotCommand(name: ".end", usage: ".end", summary: "Leave the lesson", choices: []),
        DotCommand(name: ".report", usage: ".report [FILE]", summary: "Summarise your lessons in Markdown, or write it to FILE", choices: []),
        DotCommand(name: ".step", usage: ".step FILE", summary: "Play a script one statement at a time", choices: []),
        DotCommand(name: ".record", usage: ".record FILE|off", summary: "Write the session to FILE as Markdown", choices: ["off"]),
    ]

    /// Commands whose own line is left out of transcripts: what they show is recorded as prose.
    static let quietCommands: Set<String> = [".lesson", ".next", ".back", ".hint", ".reveal", ".skip", ".where", ".end", ".step", ".record"]

    /// The lesson running; every change is kept (`kept`) and saved (`ProgressStore`) as it happens.
    var progress: LessonProgress? {
        // Assigned inside its own observer, the property is set without calling the observer again.
        didSet { progress = updated(progress, from: oldValue) }
    }
    /// Where progress is saved; nil keeps it for the session only, silently (scripts, piped input).
    /// The program sets it for the prompt; tests point it at a temporary folder.
    public var progressStore: ProgressStore?
    /// Where `kx --report FILE` writes the report, when a lesson ends and when the session does.
    public var reportPath: String?
    /// What was last written to `reportPath` (without the time it was written), so an unchanged report is not written again.
    var reported: String?
    /// The time exercises are stamped with; the report's tests fix it.
    public var now: () -> Date = { Date() }
    /// The latest progress of each lesson taken this session, by name.
    var kept: [String: LessonProgress] = [:]
    /// Lessons whose progress file could not be read: it is never written over, until `.lesson NAME restart`.
    var unreadable: Set<String> = []
    /// Progress files that could not be written, each said once.
    var unwritable: Set<String> = []
    /// Whether a memory-only store's reason has been said.
    var saidMemoryOnly = false
    /// The session the classroom is installed on, for messages about saving.
    weak var owner: Session?
    var recorder: TranscriptRecorder?
    /// How many statements are running, outermost first; only a statement typed at the top is checked as an answer.
    var depth = 0
    /// While positive, statements are run by the classroom itself (demonstrations, answers, playback).
    var ownRuns = 0
    /// While positive, what is written is narration already given to the recorder as prose.
    var muted = 0
    /// The file being played, to refuse playing inside playback.
    var playing: String?
    private var catalog: (generation: Int, lessons: LessonCatalog)?
    /// The perturbed copy of the knowledge made for one exercise (`lesson#step`), for the knowledge
    /// generation it was made from; nil when that exercise cannot be checked on one.
    var perturbed: (exercise: String, generation: Int, copy: PerturbedKnowledge?)?

    /// A classroom with no lesson running and nothing being recorded; `Session` makes one.
    public init() {}

    /// Adds the commands, the prompt prefix and the statement observer to `session`.
    func install(on session: Session) {
        let handlers: [String: (Classroom) -> (Session, [String], StatementText) -> Bool] = [
            ".lessons": { $0.listLessons }, ".lesson": { $0.startLesson }, ".next": { $0.next }, ".back": { $0.back },
            ".hint": { $0.hint }, ".reveal": { $0.reveal }, ".skip": { $0.skip }, ".answer": { $0.answer }, ".where": { $0.showWhere }, ".end": { $0.end },
            ".report": { $0.report }, ".step": { $0.step }, ".record": { $0.record },
        ]
        for (name, handler) in handlers {
            session.extraCommands[name] = { [unowned self] session, arguments, statement in
                handler(self)(session, arguments, statement)
            }
        }
        owner = session
        session.extraChoices[".lesson"] = { [unowned self] session in
            let catalog = self.lessons(for: session)
            return catalog.lessons.map(\.name) + catalog.courses.map(\.name)
        }
        session.extraLaterChoices[".lesson"] = ["restart"]
        session.promptPrefix = { [unowned self] in self.progress?.promptPrefix ?? "" }
        session.statementObservers.append { [unowned self] session, event in self.observe(session, event) }
    }

    /// The lessons of the session's knowledge, checked against its executor; loaded again when the knowledge changes.
    func lessons(for session: Session) -> LessonCatalog {
        if let catalog, catalog.generation == session.generation { return catalog.lessons }
        let lessons = LessonLoader.load(session.knowledge, executor: session.executor, documents: session.graph)
        catalog = (session.generation, lessons)
        return lessons
    }

    /// Writes narration to the screen, and `markdown` to the transcript when recording.
    func say(_ session: Session, _ text: String, markdown: String? = nil) {
        muted += 1
        session.sink.write(text)
        muted -= 1
        if let markdown { recorder?.prose(markdown) }
    }

    /// Runs a statement on behalf of the classroom (not checked as an answer).
    @discardableResult
    func run(_ session: Session, _ text: String, file: String, line: Int) -> Bool {
        ownRuns += 1
        defer { ownRuns -= 1 }
        return session.execute(text, file: file, line: line)
    }

    /// The width narration is wrapped to.
    func width(_ session: Session) -> Int {
        Narration.width(session.settings.width)
    }

    /// Reports an error under argument `index` of a dot-command (or under the command when there is none).
    func fail(_ session: Session, _ statement: StatementText, argument index: Int?, _ message: String, notes: [String] = []) -> Bool {
        let text = statement.text
        let offset = text.distance(from: text.startIndex, to: text.firstIndex(of: ".") ?? text.startIndex)
        let words = Session.words(text.trimmed())
        let word = index.flatMap { $0 + 1 < words.count ? words[$0 + 1] : nil } ?? words.first
        let span = word.map { ($0.span.lowerBound + offset)..<($0.span.upperBound + offset) } ?? 0..<1
        session.report(statement.diagnostic(for: QueryError(span: span, message: message, notes: notes)))
        return false
    }

    /// Checks a dot-command's argument count; reports and returns false when it is wrong.
    func expect(_ session: Session, _ statement: StatementText, _ arguments: [String], _ count: ClosedRange<Int>, usage: String) -> Bool {
        guard !count.contains(arguments.count) else { return true }
        let tooMany = arguments.count > count.upperBound
        return fail(session, statement, argument: tooMany ? count.upperBound : nil, tooMany ? "too many arguments" : "missing argument", notes: ["usage: \(usage)"])
    }

    /// Stops recording; call when the session ends.
    public func finish() {
        recorder?.close()
        recorder = nil
    }
}
