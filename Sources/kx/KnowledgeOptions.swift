import ArgumentParser

/// `--knowledge DIR|FILE` (repeatable) and `--no-builtin`, for the commands that load knowledge:
/// see `KnowledgeSelection`.
struct KnowledgeOptions: ParsableArguments {
    @Option(name: .customLong("knowledge"),
            help: ArgumentHelp("Add the knowledge packs in DIR to the built-in knowledge, or load a file made by kx compile, or a DIR with its own schema.yaml, on its own (repeatable).", valueName: "DIR|FILE"))
    var folders: [String] = []

    @Flag(name: .customLong("no-builtin"), help: "Load only the knowledge given with --knowledge, without the built-in knowledge.")
    var noBuiltin = false

    var selection: KnowledgeSelection { KnowledgeSelection(folders: folders, noBuiltin: noBuiltin) }

    func validate() throws {
        if let problem = selection.problem { throw ValidationError(problem) }
    }
}
