extension Session {
    /// Why `command` with `arguments` may not run under `--safe`, or nil when it may.
    ///
    /// `--safe` is for shared machines (as sqlite3's `-safe`): only the files named on the command
    /// line are read or written, so every dot-command that names a file, loads knowledge from disk
    /// or would run a program is refused. Queries, lessons and settings still work.
    static func safeRefusal(_ command: String, _ arguments: [String]) -> String? {
        switch command {
        case ".read", ".step", ".import": return "it reads a file"
        case ".load", ".reload": return "it loads knowledge from disk"
        case ".output": return arguments.isEmpty ? nil : "it writes a file"
        case ".once", ".export": return "it writes a file"
        case ".report": return arguments.isEmpty ? nil : "it writes a file"
        case ".record": return arguments.isEmpty || arguments.map { $0.lowercased() } == ["off"] ? nil : "it writes a file"
        case ".shell", ".system": return "it runs a program"
        case ".connect": return arguments.isEmpty ? nil : "it connects to a server (name it on the command line with --endpoint)"
        default: return nil
        }
    }
}
