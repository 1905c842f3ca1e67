/// Reading the common command lines without ArgumentParser, whose reflection over the options
/// takes most of a one-shot query's start (about 14 of 38 million instructions).
extension RunOptions {
    /// The options `arguments` give when they are only the common ones (`-c`, `--format`,
    /// `--knowledge`, script files, `--lesson`, the prompt's flags, `--opt=value` forms), spelled
    /// as `kx --help` lists them and all valid together; nil for anything else (help, version,
    /// an unknown or repeated option, a value that starts with `-`, a script named like a
    /// subcommand), which ArgumentParser then reads, and reports on, as before.
    init?(commonArguments arguments: [String], subcommands: Set<String>) {
        self.init()
        var single: Set<String> = []
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
            if let flag = Self.flags[name] {
                guard value == nil else { return nil }
                self[keyPath: flag] = true
                continue
            }
            guard let option = Self.options[name] else { return nil }
            if value == nil, index < arguments.endIndex, !arguments[index].hasPrefix("-") {
                value = arguments[index]
                index += 1
            }
            guard let value else { return nil }
            switch option {
            case .repeated(let path): self[keyPath: path].append(value)
            case .single(let path):
                guard single.insert(name).inserted else { return nil }
                self[keyPath: path] = value
            }
        }
        if files.contains(where: { subcommands.contains($0) || $0 == "help" }) || problem != nil { return nil }
    }

    private enum Option {
        case repeated(WritableKeyPath<RunOptions, [String]>)
        case single(WritableKeyPath<RunOptions, String?>)
    }

    private static let flags: [String: WritableKeyPath<RunOptions, Bool>] = [
        "--links": \.links, "--no-color": \.noColor, "--csv-raw": \.csvRaw, "--keep-going": \.keepGoing,
        "--no-history": \.noHistory, "--safe": \.safe, "--no-builtin": \.knowledge.noBuiltin,
    ]

    private static let options: [String: Option] = [
        "-c": .repeated(\.commands), "--command": .repeated(\.commands), "--knowledge": .repeated(\.knowledge.folders),
        "--format": .single(\.format), "--history": .single(\.history), "--lesson": .single(\.lesson), "--step": .single(\.step),
        "--record": .single(\.record), "--endpoint": .single(\.endpoint),
    ]
}
