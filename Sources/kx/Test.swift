import ArgumentParser
import Explorer
import Foundation
import Rendering

/// `kx test FILE…`: runs scripts that hold their expected output in `#> ` lines and reports differences.
struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kx test",
        abstract: "Check scripts against the expected output written under each statement.",
        discussion: """
            Under a statement, lines starting with '#> ' hold the output it should print (results and errors, without colour). kx test prints a unified diff for each statement whose output differs and exits with status 1 if any did. --update rewrites the expectations in place.
            """
    )

    @Argument(help: ArgumentHelp("Script files to check.", valueName: "FILE"))
    var files: [String]

    @Flag(help: "Rewrite each file's expectations with the actual output (atomically).")
    var update = false

    @OptionGroup var knowledge: KnowledgeOptions

    @Option(help: ArgumentHelp("Run the scripts on the SPARQL endpoint at URL instead of the loaded knowledge.", valueName: "URL"))
    var endpoint: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one script file to test") }
    }

    func run() throws {
        let folders = try knowledge.selection.load()
        let sink = StandardSink()
        var failed = false
        for file in files {
            let outcome: ScriptTester.Outcome
            do {
                outcome = try ScriptTester(knowledge: folders, endpoint: endpoint.map { ($0, Endpoint.connect) }).check(file: file, update: update)
            } catch {
                sink.writeError("kx test: \(file): \(error)\n")
                failed = true
                continue
            }
            // Expected lines come from the script, actual ones from the knowledge: shown with control characters visible.
            for mismatch in outcome.mismatches { sink.write(TerminalText.escapeControlCharacters(mismatch, keepNewlines: true)) }
            let summary = update && outcome.updated ? "updated" : outcome.mismatches.isEmpty ? "ok" : "FAILED"
            sink.write("\(file): \(outcome.statements) statements, \(outcome.mismatches.count) differ — \(summary)\n")
            if !outcome.mismatches.isEmpty && !update { failed = true }
        }
        if failed { throw ExitCode(1) }
    }
}
