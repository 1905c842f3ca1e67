import ArgumentParser
import EmbeddedKnowledge
import Explorer
import Foundation
import KnowledgeGraph

/// `--knowledge DIR` (repeatable): which knowledge to load instead of the built-in default.
struct KnowledgeOptions: ParsableArguments {
    @Option(name: .customLong("knowledge"),
            help: ArgumentHelp("Load the knowledge packs in DIR, or a file made by kx compile, instead of the built-in knowledge (repeatable).", valueName: "DIR|FILE"))
    var folders: [String] = []

    /// The built-in knowledge, embedded in the binary at build time, packs and compiled image.
    static var builtIn: KnowledgeFiles { EmbeddedKnowledge.folder() }

    /// The folders to load: those given, or the built-in one. Packs given without a
    /// `schema.yaml` of their own are checked against the built-in schema.
    func load() throws -> [KnowledgeFiles] {
        guard !folders.isEmpty else { return [Self.builtIn] }
        let given = try folders.map(Self.folder)
        guard !given.contains(where: { $0.files["schema.yaml"] != nil }), let schema = Self.builtIn.files["schema.yaml"] else { return given }
        return [KnowledgeFiles(root: "Knowledge", files: ["schema.yaml": schema])] + given
    }

    /// A pack folder or knowledge root read from disk, or a compiled knowledge file, opened later.
    static func folder(_ path: String) throws -> KnowledgeFiles {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
            return KnowledgeFiles(compiledFile: path)
        }
        return try KnowledgeFiles(directory: path)
    }
}
