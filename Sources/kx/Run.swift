import ArgumentParser
import Explorer
import Foundation
import KnowledgeGraph
import Rendering

/// The default subcommand: run statements from -c, files, standard input or the prompt.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run queries (the default when no subcommand is given).", shouldDisplay: false)

    @Option(name: [.customShort("c"), .customLong("command")], help: ArgumentHelp("Run QUERY and exit (repeatable).", valueName: "QUERY"))
    var commands: [String] = []

    @Argument(help: ArgumentHelp("Script files to run, one statement a line.", valueName: "FILE"))
    var files: [String] = []

    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Go on after a failing statement in a script (the exit status is still 1).")
    var keepGoing = false

    @Option(help: ArgumentHelp("Keep the prompt's history in FILE.", valueName: "FILE"))
    var history: String?

    @Flag(help: "Keep no history of the prompt.")
    var noHistory = false

    func run() throws {
        let sink = StandardSink()
        let interactive = commands.isEmpty && files.isEmpty && Terminal.isTerminal(STDIN_FILENO)
        var settings = Settings()
        settings.format = output.format.flatMap(OutputFormat.init(rawValue:)) ?? .table
        settings.keepGoing = keepGoing
        settings.width = Terminal.width()
        settings.style = Styler(enabled: !output.noColor && Terminal.colorAllowed())
        let session: Session
        do {
            session = try Session(knowledge: try knowledge.load(), settings: settings, sink: sink)
        } catch let error as KnowledgeError {
            let style = Styler(enabled: !output.noColor && Terminal.colorAllowed(STDERR_FILENO))
            for diagnostic in error.diagnostics {
                sink.writeError(diagnostic.rendered(Diagnostic.Decoration(error: { style.error($0) }, caret: { style.caret($0) },
                                                                          sourceText: { TerminalText.escapeControlCharacters($0) })) + "\n")
            }
            sink.writeError("kx: the knowledge could not be loaded; nothing was loaded\n")
            throw ExitCode(1)
        }
        defer { session.finish() }
        if interactive {
            try REPL(session: session, historyFile: noHistory ? nil : history ?? REPL.defaultHistoryFile()).run()
            return
        }
        var succeeded = true
        for command in commands {
            if !session.execute(command, file: "", line: 1) {
                succeeded = false
                if !keepGoing { throw ExitCode(1) }
            }
        }
        for file in files {
            if !session.runFile(file) {
                succeeded = false
                if !keepGoing { throw ExitCode(1) }
            }
        }
        if commands.isEmpty && files.isEmpty {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            succeeded = session.runScript(String(decoding: data, as: UTF8.self), file: "<stdin>")
        }
        if !succeeded { throw ExitCode(1) }
    }
}
