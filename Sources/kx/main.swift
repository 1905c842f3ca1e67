import ArgumentParser
import Foundation

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
        fputs(command.fullMessage(for: error) + "\n", stderr)
        fputs("Run 'kx --help' for usage.\n", stderr)
        exit(2)
    }
}

// `kx` takes script files as arguments, so `test`, `compile`, `import`, `check` and `quote` are dispatched
// by hand before parsing: otherwise ArgumentParser would read them as the names of scripts.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "test": run(Test.self, Array(arguments.dropFirst()))
case "compile": run(Compile.self, Array(arguments.dropFirst()))
case "import": run(Import.self, Array(arguments.dropFirst()))
case "check": run(Check.self, Array(arguments.dropFirst()))
case "quote": run(Quote.self, Array(arguments.dropFirst()))
default: break
}
run(KX.self, arguments)
