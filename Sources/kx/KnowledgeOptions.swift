import ArgumentParser
import EmbeddedKnowledge
import Explorer
import KnowledgeGraph

/// `--knowledge DIR` (repeatable): which knowledge to load instead of the built-in default.
struct KnowledgeOptions: ParsableArguments {
    @Option(name: .customLong("knowledge"), help: ArgumentHelp("Load the knowledge packs in DIR instead of the built-in ones (repeatable).", valueName: "DIR"))
    var folders: [String] = []

    /// The built-in knowledge, embedded in the binary at build time.
    static var builtIn: KnowledgeFiles {
        KnowledgeFiles(root: "Knowledge", files: EmbeddedKnowledge.files())
    }

    /// The folders to load: those given, or the built-in one.
    func load() throws -> [KnowledgeFiles] {
        guard !folders.isEmpty else { return [Self.builtIn] }
        return try folders.map { try KnowledgeFiles(directory: $0) }
    }
}
