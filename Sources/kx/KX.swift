import ArgumentParser
import Explorer
import FileSafety
import Foundation
import KnowledgeGraph
import Rendering

/// The `kx` command: the REPL, `-c`, script files and standard input, plus `kx test`.
struct KX: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "kx",
        abstract: "Ask a knowledge graph of medical literature precise, sourced questions.",
        discussion: """
            With no FILE and no -c, kx starts an interactive prompt on a terminal, or runs the statements piped into it.

            Examples:
              kx                                   the prompt, on the built-in knowledge
              kx -c 'trials where control=no-trastuzumab'
              kx -c 'show registher' --format json
              kx -c 'neighbors registher' --format svg > registher.svg
              kx notes.kx --keep-going             run a script, going on after errors
              kx --lesson beyond-progression       take the built-in lesson
              kx --safe                            the prompt; no statement opens a file
              kx --step demo.kx --record class.md  play a script step by step, recorded
              kx test Tests/Scripts/*.kx           check scripts against their #> lines
              kx compile packs/ -o lit.kxg         compile packs for --knowledge lit.kxg
              kx export --format turtle -o lit.ttl write the knowledge as RDF or KGX
              kx check packs/                      report every problem of packs
              kx quote packs/heron 'grey fever'    find a text in a pack's source
              kx lesson render beyond-progression  a lesson as a handout, in Markdown
            """,
        version: version,
        subcommands: [Test.self, Compile.self, Import.self, Check.self, Quote.self, Export.self, LessonCommand.self]
    )

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

    @Option(help: ArgumentHelp("Start the lesson NAME (see .lessons at the prompt).", valueName: "NAME"))
    var lesson: String?

    @Option(help: ArgumentHelp("Play the script FILE one statement at a time: Enter runs, s skips, b goes back, q quits.", valueName: "FILE"))
    var step: String?

    @Option(help: ArgumentHelp("Write the session to FILE as Markdown, as it happens.", valueName: "FILE"))
    var record: String?

    @Option(help: ArgumentHelp("With --lesson, write a Markdown report of the lessons taken to FILE when the lesson ends (and when kx does).", valueName: "FILE"))
    var report: String?

    @Option(help: ArgumentHelp("Run statements on the SPARQL endpoint at URL, a store loaded with a kx export (kx export --format ntriples); user and password from KX_ENDPOINT_USER and KX_ENDPOINT_PASSWORD or a netrc file.", valueName: "URL"))
    var endpoint: String?

    @Flag(help: "Refuse every statement that reads or writes a file or loads knowledge (.read, .load, .reload, .output FILE, .once, .export, .record FILE, .report FILE, .step), for shared machines; queries and lessons work.")
    var safe = false

    /// The options as plain values, for `RunOptions.run`.
    var options: RunOptions {
        RunOptions(commands: commands, files: files, knowledge: knowledge.selection, format: output.format, links: output.links,
                   noColor: output.noColor, csvRaw: output.csvRaw, keepGoing: keepGoing, history: history, noHistory: noHistory,
                   lesson: lesson, step: step, record: record, report: report, endpoint: endpoint, safe: safe)
    }

    func validate() throws {
        if let problem = options.problem { throw ValidationError(problem) }
    }

    func run() throws {
        try options.run()
    }

    /// A path named on the command line with `~` meaning `$HOME`, as in dot-commands: the shell
    /// leaves `~` alone after `=` (`--history=~/h`) and in quotes.
    static func expanded(_ path: String) -> String {
        Session.expandingHome(path)
    }
}

/// How results are shown (checked with the other options, in `RunOptions.problem`).
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Output format: table, plain, json, csv, markdown, dot or svg (dot and svg draw graphs: neighbors, path, show, entity lists; svg runs Graphviz's dot).", valueName: "FORMAT"))
    var format: String?

    @Flag(help: "In json, give each entity of a list its relations (as show lists them).")
    var links = false

    @Flag(help: "Never colour the output (also when NO_COLOR is set, or output is not a terminal).")
    var noColor = false

    @Flag(help: "Write csv cells exactly: no ' before a cell that starts with =, +, - or @.")
    var csvRaw = false
}
