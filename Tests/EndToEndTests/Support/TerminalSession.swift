import Foundation

/// kx started by a command line at a pseudo-terminal, typed at statement by statement, and the
/// screen it leaves, as a documentation page shows a session.
enum TerminalSession {
    /// The screen's lines: the banner, each prompt with the statement typed at it and what followed,
    /// and the last prompt; without carriage returns, escape sequences and `folder`'s path.
    static func screen(of command: String, typing statements: [String], columns: UInt16, in folder: URL,
                       environment: [String: String]) throws -> [String] {
        let quoted = "'" + folder.path.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
        let terminal = try PseudoTerminal(executable: "/bin/sh", arguments: ["-c", "cd \(quoted) && exec \(command)"],
                                          environment: environment, columns: columns, rows: 50)
        defer { terminal.terminate() }
        var screen = try terminal.expect("kx> ")
        for statement in statements {
            try terminal.send(statement + "\r")
            screen += try terminal.expect("kx> ")
        }
        try terminal.send("\u{04}")
        _ = try? terminal.waitForExit(timeout: 5)
        return clean(screen, folder: folder).components(separatedBy: "\n")
    }

    private static func clean(_ screen: String, folder: URL) -> String {
        screen.replacingOccurrences(of: "\r", with: "")
            .replacingOccurrences(of: "\u{1B}(\\[[0-9;?]*[ -/]*[@-~]|[=>])", with: "", options: .regularExpression)
            .replacingOccurrences(of: folder.path + "/", with: "")
    }
}
