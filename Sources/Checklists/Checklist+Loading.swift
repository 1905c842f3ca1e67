import KnowledgeGraph

extension Checklist {
    /// The folder of a knowledge root that holds checklists (not a pack).
    public static let folder = "checklists"

    /// A checklist file found in a knowledge folder.
    public struct Source: Sendable {
        /// The file name without its extension.
        public var name: String
        /// The path shown in messages.
        public var path: String
        /// The file's contents.
        public var bytes: [UInt8]

        /// A checklist file read from `path`, reported as `name`.
        public init(name: String, path: String, bytes: [UInt8]) {
            self.name = name
            self.path = path
            self.bytes = bytes
        }
    }

    /// The `checklists/*.yaml` (or `.yml`) files of `folders`, in folder order, then by name.
    public static func sources(in folders: [KnowledgeFiles]) -> [Source] {
        folders.flatMap { folder in
            folder.files.keys.sorted().compactMap { key -> Source? in
                let parts = key.split(separator: "/", omittingEmptySubsequences: false)
                guard parts.count == 2, parts[0] == Self.folder else { return nil }
                let file = String(parts[1])
                guard let dot = file.lastIndex(of: "."), [".yaml", ".yml"].contains(file[dot...]), dot > file.startIndex,
                      let bytes = folder.files[key] else { return nil }
                return Source(name: String(file[..<dot]), path: folder.path(key), bytes: bytes)
            }
        }
    }

    /// Reads one checklist file and checks its fields against `schema`.
    /// - Throws: `KnowledgeError` with every problem of the file, in file order.
    public static func load(_ source: Source, schema: Schema) throws(KnowledgeError) -> Checklist {
        guard let text = String(validating: source.bytes, as: UTF8.self) else {
            throw KnowledgeError(Diagnostic(location: SourceLocation(file: source.path, line: 1, column: 1), message: "the checklist file is not valid UTF-8 text"))
        }
        return try load(text: text, file: source.path, name: source.name, schema: schema)
    }

    /// Reads a checklist from its text; `file` names it in messages, `name` is how reports name it.
    /// - Throws: `KnowledgeError` with every problem of the file, in file order.
    public static func load(text: String, file: String, name: String, schema: Schema) throws(KnowledgeError) -> Checklist {
        var reader = ChecklistReader(reader: YAMLReader(file: file, text: text), schema: schema)
        do {
            guard let root = try reader.reader.parse(text) else {
                throw KnowledgeError(reader.reader.diagnostic(nil, "the checklist file is empty", notes: ["a checklist has a title, applies-to and items"]))
            }
            return try reader.checklist(root, name: name)
        } catch let error as KnowledgeError {
            throw error
        } catch {
            throw KnowledgeError(reader.reader.diagnostic(nil, "\(error)"))
        }
    }

    /// Every checklist of `folders` that loads, and the problems of those that do not; a name
    /// already taken by an earlier file is a problem too.
    public static func loadAll(in folders: [KnowledgeFiles], schema: Schema) -> (checklists: [Checklist], diagnostics: [Diagnostic]) {
        var checklists: [Checklist] = [], diagnostics: [Diagnostic] = []
        for source in sources(in: folders) {
            if let first = checklists.first(where: { $0.name == source.name }) {
                diagnostics.append(Diagnostic(location: SourceLocation(file: source.path, line: 1, column: 1),
                                              message: "a checklist named '\(source.name)' is already loaded from \(first.file); this one is ignored"))
                continue
            }
            do {
                checklists.append(try load(source, schema: schema))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        return (checklists, diagnostics)
    }
}
