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

    /// The folders to load: those given, or the built-in one. Packs given without a
    /// `schema.yaml` of their own are checked against the built-in schema.
    func load() throws -> [KnowledgeFiles] {
        guard !folders.isEmpty else { return [Self.builtIn] }
        let given = try folders.map { try KnowledgeFiles(directory: $0) }
        guard !given.contains(where: { $0.files["schema.yaml"] != nil }), let schema = Self.builtIn.files["schema.yaml"] else { return given }
        return [KnowledgeFiles(root: "Knowledge", files: ["schema.yaml": schema])] + given
    }
}
