import ArgumentParser
import Explorer
import FileSafety
import Foundation
import KnowledgeGraph
import KnowledgeQuery
import Rendering

/// Running statements from -c, files, standard input or the prompt: what `kx` does without a subcommand.
extension RunOptions {
    func run() throws {
        let sink = StandardSink()
        let interactive = commands.isEmpty && files.isEmpty && step == nil && Terminal.isTerminal(STDIN_FILENO)
        var settings = Settings()
        settings.format = format.flatMap(OutputFormat.init(rawValue:)) ?? .table
        settings.keepGoing = keepGoing
        settings.safe = safe
        settings.width = Terminal.width()
        settings.style = Styler(enabled: !noColor && Terminal.colorAllowed())
        settings.terminal = Terminal.isTerminal(STDOUT_FILENO)
        settings.csvRaw = csvRaw
        settings.links = links
        let session: Session
        do {
            session = try Session(knowledge: try knowledge.load(), settings: settings, sink: sink, cancellation: Interrupts.cancellation)
        } catch let error as KnowledgeError {
            let style = Styler(enabled: !noColor && Terminal.colorAllowed(STDERR_FILENO))
            for diagnostic in error.diagnostics {
                sink.writeError(diagnostic.rendered(.terminal(style, width: Terminal.width(STDERR_FILENO))) + "\n")
            }
            sink.writeError("kx: the knowledge could not be loaded; nothing was loaded\n")
            throw ExitCode(1)
        }
        defer {
            session.classroom.finish()
            session.finish()
        }
        session.classroom.reportPath = report.map(KX.expanded)
        // The report is written at the end whatever happened, and failing to write it fails kx.
        let outcome = Result { try run(session, sink: sink, interactive: interactive) }
        let reported = session.classroom.writeAskedReport(session)
        try outcome.get()
        if !reported { throw ExitCode(1) }
    }

    /// Runs the statements, playback or prompt the options ask for on `session`.
    private func run(_ session: Session, sink: StandardSink, interactive: Bool) throws {
        Interrupts.install()
        session.connector = Endpoint.connect
        if let endpoint {
            do {
                session.use(try Endpoint.connect(endpoint, cancellation: Interrupts.cancellation), connection: endpoint)
            } catch let error as ExplainedError {
                sink.writeError("kx: \(TerminalText.escapeControlCharacters(error.message))\n" + error.notes.map { "  \(TerminalText.escapeControlCharacters($0))\n" }.joined())
                throw ExitCode(1)
            } catch is Interrupted {
                throw ExitCode(130)
            }
        }
        if let record {
            do {
                try session.classroom.startRecording(to: KX.expanded(record))
            } catch {
                sink.writeError("kx: \(error)\n")
                throw ExitCode(1)
            }
        }
        session.classroom.readLine = KeyReader.standardInput
        if interactive {
            // At the prompt, lesson progress is saved as the history is: not with --no-history.
            session.classroom.progressStore = noHistory ? ProgressStore(memoryOnly: "--no-history keeps no history")
                : ProgressStore(folder: ProgressStore.defaultFolder())
            try REPL(session: session, historyFile: noHistory ? nil : history.map(KX.expanded) ?? REPL.defaultHistoryFile(), lesson: lesson).run()
            if let status = session.exitStatus { throw ExitCode(status) }
            return
        }
        if let lesson, !session.classroom.startLesson(named: lesson, in: session) { throw ExitCode(1) }
        var succeeded = true
        // The -c statements, then the script files, in order, until one fails (without --keep-going) or quits.
        let runs = commands.map { command in { session.execute(command, file: "", line: 1) } } + files.map { file in { session.runFile(KX.expanded(file)) } }
        for run in runs where !session.quitRequested {
            if !run() {
                succeeded = false
                try stopIfInterrupted(session)
                if !keepGoing { throw ExitCode(1) }
            }
        }
        if session.quitRequested {
            let finished = session.finish()
            throw ExitCode(finished ? session.exitStatus ?? (succeeded ? 0 : 1) : 1)
        }
        if let step {
            // Single keys come from the terminal, or else lines from standard input.
            if Terminal.isTerminal(STDIN_FILENO) { session.classroom.readLine = KeyReader.singleKeys(style: session.settings.style) }
            if !session.classroom.play(path: KX.expanded(step), in: session) { throw ExitCode(1) }
            // A `.output` file still open is put in place now; one that cannot be written fails kx.
            if !succeeded || !session.finish() { throw ExitCode(1) }
            return
        }
        if commands.isEmpty && files.isEmpty {
            let input: [UInt8]
            do {
                input = try FileReader.read(descriptor: STDIN_FILENO, name: "standard input")
            } catch {
                sink.writeError("kx: \(error)\n")
                throw ExitCode(1)
            }
            succeeded = session.runScript(String(decoding: input, as: UTF8.self), file: "<stdin>")
        }
        try stopIfInterrupted(session)
        // A `.output` file still open is put in place now; one that cannot be written fails kx.
        let finished = session.finish()
        if let status = session.exitStatus { throw ExitCode(finished ? status : 1) }
        if !succeeded || !finished { throw ExitCode(1) }
    }

    /// A script stopped by Ctrl-C exits with status 130 (128 + SIGINT), as shells report it.
    private func stopIfInterrupted(_ session: Session) throws {
        if session.cancellation.isCancelled { throw ExitCode(130) }
    }
}
