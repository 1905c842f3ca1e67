import ArgumentParser
import Explorer
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
            With no FILE and no -c, kx starts an interactive prompt on a terminal, or runs the
            statements piped into it.

            Examples:
              kx                                          start the prompt on the built-in knowledge
              kx -c 'trials where control=no-trastuzumab'
              kx -c 'show registher' --format json
              kx lesson-notes.kx --keep-going
              kx test Tests/Scripts/*.kx                  check scripts against their #> lines
            """,
        version: version,
        subcommands: [Run.self, Test.self],
        defaultSubcommand: Run.self
    )
}

/// Output options shared by running and testing.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Output format: table, plain, json, csv or markdown.", valueName: "FORMAT"))
    var format: String?

    @Flag(help: "Never colour the output (also when NO_COLOR is set, or output is not a terminal).")
    var noColor = false

    func validate() throws {
        if let format, OutputFormat(rawValue: format) == nil {
            let suggestion = Suggestion.closest(to: format, in: OutputFormat.allCases.map(\.rawValue)).map { " (did you mean '\($0)'?)" } ?? ""
            throw ValidationError("unknown format '\(format)'\(suggestion); use table, plain, json, csv or markdown")
        }
    }
}
