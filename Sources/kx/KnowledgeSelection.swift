import EmbeddedKnowledge
import Explorer
import Foundation
import KnowledgeGraph
import KnowledgeStore

/// Which knowledge to load, as `--knowledge DIR|FILE` (repeatable) and `--no-builtin` give it.
///
/// Pack folders are added to the built-in knowledge, so they can refer to its entities. A compiled
/// file, or a folder with a `schema.yaml` of its own, stands alone (the built-in packs are not
/// checked against a foreign schema), as does everything given with `--no-builtin`.
struct KnowledgeSelection: Equatable {
    var folders: [String] = []
    var noBuiltin = false

    /// Why the selection cannot be loaded as given, or nil.
    var problem: String? {
        noBuiltin && folders.isEmpty ? "--no-builtin needs --knowledge DIR|FILE" : nil
    }

    /// The built-in knowledge, embedded in the binary at build time, packs and compiled image:
    /// decoded once, however many times a start asks for it (its folder, its schema).
    static let builtIn = EmbeddedKnowledge.folder()

    /// The folders to load: what is lent to the folders given (the built-in knowledge, or only its
    /// schema for packs given alone without a `schema.yaml` of their own), then the folders given;
    /// the built-in knowledge alone when none is given.
    func knowledge() throws -> (lent: [KnowledgeFiles], given: [KnowledgeFiles]) {
        guard !folders.isEmpty else { return ([], [Self.builtIn]) }
        let given = try folders.map(Self.folder)
        let standsAlone = noBuiltin || given.contains { $0.compiled != nil || $0.files["schema.yaml"] != nil }
        guard standsAlone else { return ([Self.builtIn], given) }
        guard !given.contains(where: { $0.files["schema.yaml"] != nil }), let schema = Self.builtIn.files["schema.yaml"] else { return ([], given) }
        return ([KnowledgeFiles(root: "Knowledge", files: ["schema.yaml": schema])], given)
    }

    /// Every folder to load, in order: see `knowledge()`.
    func load() throws -> [KnowledgeFiles] {
        let knowledge = try knowledge()
        return knowledge.lent + knowledge.given
    }

    /// A pack folder or knowledge root read from disk, or a compiled knowledge file, opened later.
    static func folder(_ given: String) throws -> KnowledgeFiles {
        let path = Session.expandingHome(given)
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
            return KnowledgeFiles(compiledFile: path)
        }
        return try KnowledgeFiles(directory: path, deferringPacks: true)
    }
}
