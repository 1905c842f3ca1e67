import CEditLine
import ArgumentParser
import Foundation
import Rendering

/// Parses the arguments as `command` and runs it. Usage errors exit with status 2, failed
/// statements with 1, help and version with 0.
func run<Command: ParsableCommand>(_ command: Command.Type, _ arguments: [String]) -> Never {
    do {
        var parsed = try command.parseAsRoot(arguments)
        try parsed.run()
        exit(StandardSink.finish(status: 0))
    } catch let code as ExitCode {
        exit(StandardSink.finish(status: code.rawValue))
    } catch {
        if command.exitCode(for: error) == .success {
            print(command.fullMessage(for: error))
            exit(0)
        }
        if let format = formatShortcut(in: arguments) {
            fputs("Error: kx has no option '\(format.option)'; use --format \(format.name)\n", kx_standard_error())
        } else {
            fputs(command.fullMessage(for: error) + "\n", kx_standard_error())
        }
        exit(2)
    }
}

/// The first sqlite3- or DuckDB-style format option in `arguments` (`-json`, `--csv`, `-box`…),
/// with the format kx offers for it, so a usage error can say what to type instead.
func formatShortcut(in arguments: [String]) -> (option: String, name: String)? {
    let modes = ["box": "table", "column": "table", "list": "plain", "tabs": "plain", "line": "plain"]
    for argument in arguments where argument.hasPrefix("-") {
        let word = String(argument.drop { $0 == "-" })
        if let format = OutputFormat(rawValue: word) { return (argument, format.rawValue) }
        if let name = modes[word] { return (argument, name) }
    }
    return nil
}

/// The subcommands, by name: `kx` takes script files as arguments, so they are dispatched by hand
/// before parsing (otherwise ArgumentParser would read them as the names of scripts).
/// (A list, not a dictionary: the first use of a dictionary type costs a scan of the binary's
/// conformance records, which the common command lines do not need to pay.)
let subcommands: [(name: String, command: ParsableCommand.Type)] = [
    ("test", Test.self), ("compile", Compile.self), ("import", Import.self), ("check", Check.self), ("quote", Quote.self), ("export", Export.self),
    ("lesson", LessonCommand.self),
]
func subcommand(named name: String) -> ParsableCommand.Type? { subcommands.first { $0.name == name }?.command }
let arguments = Array(CommandLine.arguments.dropFirst())
if let name = arguments.first, let subcommand = subcommand(named: name) {
    run(subcommand, Array(arguments.dropFirst()))
}
// `kx help [SUBCOMMAND]`, as `kx --help` advertises it (unless a script is named `help`).
if arguments.first == "help", arguments.count <= 2, !FileManager.default.fileExists(atPath: "help") {
    guard let name = arguments.dropFirst().first else { run(KX.self, ["--help"]) }
    guard let subcommand = subcommand(named: name) else {
        fputs("Error: no subcommand '\(name)'; the subcommands are \(subcommands.map(\.name).sorted().joined(separator: ", "))\n", kx_standard_error())
        exit(2)
    }
    run(subcommand, ["--help"])
}
if let options = RunOptions(commonArguments: arguments, subcommands: subcommands.map(\.name)) {
    do {
        try options.run()
        exit(StandardSink.finish(status: 0))
    } catch let code as ExitCode {
        exit(StandardSink.finish(status: code.rawValue))
    } catch {
        fputs(KX.fullMessage(for: error) + "\n", kx_standard_error())
        exit(StandardSink.finish(status: KX.exitCode(for: error).rawValue))
    }
}
run(KX.self, arguments)
