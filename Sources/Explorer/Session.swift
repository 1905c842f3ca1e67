import FileSafety
import Foundation
import KnowledgeGraph
import KnowledgeQuery
import KnowledgeStore
import Rendering

/// Runs statements — queries and dot-commands — from any source of lines: the REPL, script files,
/// `-c`, standard input or lessons. It never touches the terminal; it writes to an `OutputSink`.
public final class Session {
    /// The knowledge loaded from `knowledge`, which `.export` writes and `.load` rebuilds.
    public private(set) var graph: Graph
    /// What runs statements: the loaded graph's executor, or another store's (`.connect`).
    public private(set) var executor: any Executor
    /// The endpoint statements run on (`.connect URL`, `--endpoint`), or nil on the loaded knowledge.
    public private(set) var connection: String?
    /// Makes an executor for an endpoint URL; set by the program, which knows the SPARQL executor.
    /// Throws a `QueryError`-like description of why it cannot connect.
    public var connector: ((String, Cancellation) throws -> any Executor)?
    /// Counts changes of the executor or its knowledge, so what was checked against it (lessons) is checked again.
    public private(set) var generation = 0
    public var settings: Settings
    public let sink: OutputSink
    /// The knowledge folders the graph was built from, so `.load` can rebuild it with one more.
    public private(set) var knowledge: [KnowledgeFiles]
    /// Set by `.quit` / `.exit`; the caller stops reading lines.
    public private(set) var quitRequested = false
    /// The status given to `.exit N`, which the program exits with.
    public internal(set) var exitStatus: Int32?
    /// Statements that failed since the session started.
    public private(set) var failures = 0

    /// Files being read by `.read`, innermost last, to refuse cycles: each file's resolved path,
    /// and its path as named (so messages show the paths the user wrote, not absolute ones).
    var readStack: [(canonical: String, path: String)] = []
    /// Where results go while `.output` or `.once` is active.
    var redirect: AtomicFile?
    var redirectOnce = false
    /// Set when results could not be written to the `.output`/`.once` file: the statement fails.
    var outputFailed = false
    /// Supplies `.history`'s entries; set by the REPL, which owns the history.
    public var historyProvider: (() -> [String])?
    /// Dot-commands added by other features (lessons, playback), by name.
    public var extraCommands: [String: (Session, [String], StatementText) -> Bool] = [:]
    /// Completion choices for the first argument of an extra dot-command.
    public var extraChoices: [String: (Session) -> [String]] = [:]
    /// Completion choices for the arguments after the first of an extra dot-command (`.lesson NAME restart`).
    public var extraLaterChoices: [String: [String]] = [:]
    /// The prompt's prefix for the current state, such as a lesson's progress (`beyond-progression 3/8 `).
    public var promptPrefix: (() -> String)?
    /// Told about every statement as it runs (its start, the text it writes, its end and result),
    /// for transcripts and lesson exercises.
    public var statementObservers: [(Session, StatementEvent) -> Void] = []
    /// Lessons, step-through playback and transcripts on this session.
    public let classroom = Classroom()
    /// The result of the query being run, for the observers.
    var lastResult: QueryResult?
    /// Stops the running statement when cancelled (Ctrl-C); the evaluator checks it, and so can
    /// renderers and loaders. Scripts stop once it is cancelled; the REPL resets it before each statement.
    public let cancellation: Cancellation
    /// Draws `--format svg` pictures: the `dot` program on `PATH`, or none.
    public lazy var graphviz = Graphviz.onPath()

    public init(knowledge: [KnowledgeFiles], graph: Graph, settings: Settings = Settings(), sink: OutputSink,
                cancellation: Cancellation = Cancellation()) {
        self.knowledge = knowledge
        self.graph = graph
        self.executor = GraphExecutor(graph: graph)
        self.settings = settings
        self.cancellation = cancellation
        let observed = ObservedSink(base: sink)
        self.sink = observed
        observed.session = self
        classroom.install(on: self)
    }

    /// Loads knowledge folders and starts a session on them.
    public convenience init(knowledge: [KnowledgeFiles], settings: Settings = Settings(), sink: OutputSink,
                            cancellation: Cancellation = Cancellation()) throws {
        self.init(knowledge: knowledge, graph: try KnowledgeLoader.load(knowledge), settings: settings, sink: sink, cancellation: cancellation)
    }

    /// Runs one statement (a query or a dot-command) written at `file:line`.
    /// - Returns: false when it failed; the error has been written to the sink.
    @discardableResult
    public func execute(_ text: String, file: String = "<input>", line: Int = 1) -> Bool {
        let trimmed = text.trimmed()
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return true }
        let statement = StatementText(text, file: file, line: line)
        notify(.started(statement))
        if settings.echo { sink.write(TerminalText.escapeControlCharacters(text, keepNewlines: true) + "\n") }
        lastResult = nil
        let start = DispatchTime.now()
        let succeeded: Bool
        if trimmed.hasPrefix(".") {
            succeeded = runDotCommand(trimmed, statement: statement)
        } else {
            succeeded = runQuery(statement)
        }
        let result = trimmed.hasPrefix(".") ? nil : lastResult
        if settings.timer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            sink.writeError(String(format: "Run Time: %.6f s\n", seconds))
        }
        let written = !outputFailed
        outputFailed = false
        if !succeeded || !written { failures += 1 }
        notify(.finished(statement, result: result, succeeded: succeeded && written))
        return succeeded && written
    }

    /// Evaluates a query and writes its rendered result. A picture format refuses a result that is
    /// not a graph; what the renderer needs beyond the result (`ResultContext`) is fetched first;
    /// `svg` is the DOT drawn by Graphviz.
    func runQuery(_ statement: StatementText) -> Bool {
        do {
            let renderer = self.renderer
            let result = try executor.run(statement.text, detail: renderer.detail, cancellation: cancellation)
            if let refusal = renderer.refusal(for: result) {
                throw QueryError(span: Self.firstWord(of: statement.text), message: refusal.message, notes: refusal.notes)
            }
            lastResult = result
            let context = try ResultContext(renderer.request(for: result), from: executor, cancellation: cancellation)
            var text = renderer.render(result, context: context)
            // A renderer stops early when cancelled; what it made so far is not shown.
            try cancellation.check()
            if settings.format == .svg { text = try graphviz.svg(fromDOT: text, cancellation: cancellation) }
            emit(text)
            for note in renderer.footerNotes(for: result) { sink.writeError("note: \(note)\n") }
            return true
        } catch is Interrupted {
            sink.writeError("interrupted\n")
            return false
        } catch let error as QueryError {
            report(statement.diagnostic(for: error))
            return false
        } catch let error as ExplainedError {
            report(Diagnostic(location: SourceLocation(file: statement.file, line: statement.line, column: statement.column), message: error.message,
                              notes: error.notes))
            return false
        } catch {
            report(Diagnostic(location: SourceLocation(file: statement.file, line: statement.line, column: 1), message: "\(error)"))
            return false
        }
    }

    /// The renderer for the current settings.
    public var renderer: ResultRenderer {
        var renderer = ResultRenderer(format: settings.format, width: redirect == nil ? settings.width : nil, style: redirect == nil ? settings.style : .plain,
                                      terminal: redirect == nil && settings.terminal, neutralisesFormulas: !settings.csvRaw)
        renderer.cancellation = cancellation
        renderer.links = settings.links
        return renderer
    }

    /// Where the first word of a statement is (`count` in `count trials`), for errors about the whole statement.
    static func firstWord(of text: String) -> Range<Int> {
        let characters = Array(text)
        let start = characters.firstIndex { !$0.isWhitespace } ?? 0
        let end = characters[start...].firstIndex { $0.isWhitespace || $0 == "(" } ?? characters.count
        return start..<max(end, start + 1)
    }

    /// Writes result text to the current destination (the sink, or a `.output`/`.once` file).
    /// When the file cannot be written (a full disk), the error is reported, the statement fails,
    /// the file is abandoned (left as it was) and the results are shown instead of being lost.
    func emit(_ text: String) {
        guard let file = redirect else {
            sink.write(text)
            return
        }
        do {
            try file.write(text)
        } catch {
            file.discard()
            redirect = nil
            redirectOnce = false
            outputFailed = true
            reportError("\(error); '\(file.path)' was left as it was, and the results are shown here instead")
            sink.write(text)
            return
        }
        if redirectOnce { closeRedirect() }
    }

    /// Writes a diagnostic, coloured when the session's style is.
    public func report(_ diagnostic: Diagnostic) {
        sink.writeError(diagnostic.rendered(decoration) + "\n")
    }

    /// Writes a plain error message with no location; control characters in it are made visible.
    func reportError(_ message: String) {
        sink.writeError("\(settings.style.error("error:")) \(TerminalText.escapeControlCharacters(message))\n")
    }

    var decoration: Diagnostic.Decoration {
        .terminal(settings.style, width: settings.width)
    }

    /// Replaces the graph with one built from `folders`; on failure the current graph stays. When
    /// connected to an endpoint, statements go on running there.
    func reload(_ folders: [KnowledgeFiles]) throws {
        graph = try KnowledgeLoader.load(folders, cancellation: cancellation)
        knowledge = folders
        use(connection == nil ? GraphExecutor(graph: graph) : executor, connection: connection)
    }

    /// Runs statements on `executor` from now on; what was checked against the old one (lessons) is checked again.
    public func use(_ executor: any Executor, connection: String?) {
        self.executor = executor
        self.connection = connection
        generation += 1
    }

    /// Marks the session as finished; the caller stops reading lines.
    func requestQuit() {
        quitRequested = true
    }

    /// Ends any `.output` redirection, putting its file in place.
    /// - Returns: false when the file could not be written (the error has been reported).
    @discardableResult
    public func finish() -> Bool {
        closeRedirect()
        defer { outputFailed = false }
        return !outputFailed
    }

    /// Puts the `.output`/`.once` file in place; a failure is reported and fails the statement.
    func closeRedirect() {
        guard let file = redirect else { return }
        redirect = nil
        redirectOnce = false
        do {
            try file.commit()
        } catch {
            outputFailed = true
            reportError("\(error)")
        }
    }
}
