import ArgumentParser
import Foundation

// Parses the command line and runs kx. Usage errors exit with status 2, failed statements with 1.
do {
    var command = try KX.parseAsRoot()
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch {
    let code = KX.exitCode(for: error)
    if code == .success {
        print(KX.fullMessage(for: error))
        exit(0)
    }
    fputs(KX.fullMessage(for: error) + "\n", stderr)
    fputs("Run 'kx --help' for usage.\n", stderr)
    exit(2)
}
