/// Reading the common command lines without ArgumentParser, whose reflection over the options
/// takes most of a one-shot query's start (about 14 of 38 million instructions).
extension RunOptions {
    /// The options `arguments` give when they are only the common ones (`-c`, `--format`,
    /// `--knowledge`, script files, `--lesson`, the prompt's flags, `--opt=value` forms), spelled
    /// as `kx --help` lists them and all valid together; nil for anything else (help, version,
    /// an unknown or repeated option, a value that starts with `-`, a script named like a
    /// subcommand), which ArgumentParser then reads, and reports on, as before.
    init?(commonArguments arguments: [String], subcommands: [String]) {
        self.init()
        var single: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                files += arguments[index...]
                break
            }
            // "-" is a file name, to ArgumentParser too.
            guard argument.hasPrefix("-"), argument != "-" else {
                files.append(argument)
                continue
            }
            var name = argument
            var value: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            }
            if setFlag(name) {
                guard value == nil else { return nil }
                continue
            }
            guard Self.takesValue(name) else { return nil }
            if value == nil, index < arguments.endIndex, !arguments[index].hasPrefix("-") {
                value = arguments[index]
                index += 1
            }
            guard let value else { return nil }
            if !["-c", "--command", "--knowledge"].contains(name) {
                guard !single.contains(name) else { return nil }
                single.append(name)
            }
            set(name, value)
        }
        if files.contains(where: { subcommands.contains($0) || $0 == "help" }) || problem != nil { return nil }
    }

    // Switches, not tables of key paths: building those took a third of a million instructions at every start.

    /// Sets the flag `name` and says whether it is one.
    private mutating func setFlag(_ name: String) -> Bool {
        switch name {
        case "--links": links = true
        case "--no-color": noColor = true
        case "--csv-raw": csvRaw = true
        case "--keep-going": keepGoing = true
        case "--no-history": noHistory = true
        case "--safe": safe = true
        case "--no-builtin": knowledge.noBuiltin = true
        default: return false
        }
        return true
    }

    /// Whether `name` is one of the common options that take a value.
    private static func takesValue(_ name: String) -> Bool {
        ["-c", "--command", "--knowledge", "--format", "--history", "--lesson", "--step", "--record", "--report", "--endpoint"].contains(name)
    }

    /// Gives the option `name` (one that `takesValue`) its `value`, or adds it for the repeatable ones.
    private mutating func set(_ name: String, _ value: String) {
        switch name {
        case "-c", "--command": commands.append(value)
        case "--knowledge": knowledge.folders.append(value)
        case "--format": format = value
        case "--history": history = value
        case "--lesson": lesson = value
        case "--step": step = value
        case "--record": record = value
        case "--report": report = value
        default: endpoint = value
        }
    }
}
