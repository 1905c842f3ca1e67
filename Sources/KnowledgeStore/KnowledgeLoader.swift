import FileSafety
import Foundation
import KnowledgeGraph

/// Finds the schema and the packs in knowledge folders and builds one graph from them, all or nothing.
///
/// A folder is either one pack (it holds `facts.yaml`) or a knowledge root whose sub-folders are
/// packs, with an optional `schema.yaml`; a root's `lessons/` folder is not a pack. A root or a pack
/// may carry a `schema-extension.yaml`, merged into the schema (see `Schema.load(text:file:extensions:)`).
public enum KnowledgeLoader {
    /// Loads every pack in `folders` against the first `schema.yaml` found in them, or `defaultSchema`,
    /// extended by the folders' `schema-extension.yaml` files.
    /// - Throws: `KnowledgeError` with every problem found; nothing is loaded then.
    /// A folder that carries its packs compiled, loaded on its own, is opened without reading YAML;
    /// a compiled file cannot be combined with other knowledge (compile them together instead).
    /// `cancellation` stops the work between entities, relations and packs with `Interrupted` (Ctrl-C at `.load`);
    /// `progress` hears of each pack checked (from the worker that checked it) and of each later stage.
    public static func load(_ folders: [KnowledgeFiles], defaultSchema: (text: String, path: String)? = nil,
                            cancellation: Cancellation? = nil, progress: (@Sendable (LoadProgress) -> Void)? = nil) throws -> Graph {
        switch try check(folders, defaultSchema: defaultSchema, cancellation: cancellation, progress: progress) {
        case .opened(let graph):
            return graph
        case .checked(let schema, let packs, let diagnostics):
            return try GraphBuilder.build(schema: schema, packs: packs, diagnostics: diagnostics, cancellation: cancellation, progress: progress)
        }
    }

    /// As `load`, but writes the compiled image into `file` as it is laid out (`kx compile`), so the
    /// image is never held in memory beside the statements it is made from. Commit the file after.
    public static func compile(_ folders: [KnowledgeFiles], to file: AtomicFile, defaultSchema: (text: String, path: String)? = nil,
                               cancellation: Cancellation? = nil, progress: (@Sendable (LoadProgress) -> Void)? = nil) throws -> CompiledSummary {
        switch try check(folders, defaultSchema: defaultSchema, cancellation: cancellation, progress: progress) {
        case .opened(let graph):
            try file.write(graph.compiled)
            return CompiledSummary(entities: graph.entityCount, relations: graph.relationCount, documents: graph.documentIDs.count, bytes: graph.compiled.count)
        case .checked(let schema, let packs, let diagnostics):
            return try GraphBuilder.write(schema: schema, packs: packs, diagnostics: diagnostics, to: file, cancellation: cancellation, progress: progress)
        }
    }

    /// What checking the folders gives: a compiled file opened, or every pack checked and reduced.
    private enum Checked {
        case opened(Graph)
        case checked(Schema, [PackDigest], [Diagnostic])
    }

    private static func check(_ folders: [KnowledgeFiles], defaultSchema: (text: String, path: String)?,
                              cancellation: Cancellation?, progress: (@Sendable (LoadProgress) -> Void)?) throws -> Checked {
        // A compiled file carries its own schema, so the default schema given beside it changes nothing.
        let compiled = folders.filter { $0.compiled != nil }
        let schemaOnly = folders.filter { $0.compiled == nil && $0.holdsOnlySchema }
        if compiled.count == 1, let image = compiled[0].compiled,
           folders.count == 1 || compiled[0].files.isEmpty && compiled.count + schemaOnly.count == folders.count {
            return .opened(try image.open())
        }
        if let compiledFile = folders.first(where: { $0.compiled != nil && $0.files.isEmpty }) {
            throw KnowledgeError(Diagnostic(location: nil, message: "'\(compiledFile.root)' is a compiled knowledge file, which cannot be combined with other knowledge",
                                            notes: ["compile all the packs together: kx compile DIR… -o FILE"]))
        }
        var schemaSource = defaultSchema
        if let folder = folders.first(where: { $0.files["schema.yaml"] != nil }), let bytes = folder.files["schema.yaml"] {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw KnowledgeError(PackLoader.invalidUTF8(bytes, path: folder.path("schema.yaml")))
            }
            schemaSource = (text, folder.path("schema.yaml"))
        }
        guard let schemaSource else {
            throw KnowledgeError(Diagnostic(location: nil, message: "no schema.yaml in \(folders.map { "'\($0.root)'" }.joined(separator: ", "))"))
        }
        let contents = try folders.map { try (folder: $0, packs: packFolders(in: $0)) }
        let schema = try Schema.load(text: schemaSource.text, file: schemaSource.path, extensions: try extensions(in: contents))
        let loader = PackLoader(schema: schema, cancellation: cancellation, describesQuotes: false)
        var packs: [PackDigest] = []
        var diagnostics: [Diagnostic] = []
        for result in checkAll(contents.flatMap(\.packs), with: loader, progress: progress) {
            switch result {
            case .success(let checked):
                packs.append(checked.digest)
                diagnostics += checked.diagnostics
            case .failure(let error as Interrupted):
                throw error
            case .failure(let error as KnowledgeError):
                diagnostics += error.diagnostics
            case .failure(let error):
                throw error
            }
        }
        // References and merging are checked even when packs have problems of their own, so one run reports everything.
        try cancellation?.check()
        return .checked(schema, packs, diagnostics)
    }

    /// The schema extensions of the folders, in folder order: a knowledge root's, then its packs'.
    static func extensions(in folders: [(folder: KnowledgeFiles, packs: [KnowledgeFiles])]) throws -> [(text: String, file: String)] {
        try folders.flatMap { folder, packs in
            try ([folder] + packs.filter { $0.root != folder.root }).compactMap { files in
                try files.files[Schema.extensionFile].map { bytes in
                    guard let text = String(validating: bytes, as: UTF8.self) else {
                        throw KnowledgeError(PackLoader.invalidUTF8(bytes, path: files.path(Schema.extensionFile)))
                    }
                    return (text, files.path(Schema.extensionFile))
                }
            }
        }
    }

    /// The pack folders of a knowledge folder: itself when it holds `facts.yaml`, else its sub-folders.
    /// A folder with only `schema.yaml` has none; a folder with neither is an error.
    static func packFolders(in folder: KnowledgeFiles) throws -> [KnowledgeFiles] {
        if folder.files["facts.yaml"] != nil { return [folder] }
        let packs = folder.subfolders.filter { !KnowledgeFiles.reservedFolders.contains($0.name) }.map(\.files)
        guard !packs.isEmpty || folder.files["schema.yaml"] != nil else {
            throw KnowledgeError(Diagnostic(location: nil, message: "no knowledge packs in '\(folder.root)': expected facts.yaml, or sub-folders that hold one"))
        }
        return packs
    }

    /// Checks the packs on all cores, each reduced to numbers by the worker that checked it; the results
    /// come back in the order of `packs`, so diagnostics and the graph are the same however the work was shared out.
    private static func checkAll(_ packs: [KnowledgeFiles], with loader: PackLoader,
                                 progress: (@Sendable (LoadProgress) -> Void)?) -> [Result<(digest: PackDigest, diagnostics: [Diagnostic]), Error>] {
        let results = Slots<Result<(digest: PackDigest, diagnostics: [Diagnostic]), Error>>(count: packs.count)
        DispatchQueue.concurrentPerform(iterations: packs.count) { index in
            let done = results.set(index, Result { try check(packs[index], with: loader) })
            progress?(.checked(done: done, total: packs.count))
        }
        return results.values.compactMap { $0 }
    }

    /// One result per pack, each written by the one worker that checks it.
    private final class Slots<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Value?]
        private var filled = 0

        init(count: Int) {
            values = Array(repeating: nil, count: count)
        }

        /// Keeps the result of pack `index`; how many are kept now.
        func set(_ index: Int, _ value: Value) -> Int {
            lock.lock()
            defer { lock.unlock() }
            values[index] = value
            filled += 1
            return filled
        }
    }

    private static func check(_ given: KnowledgeFiles, with loader: PackLoader) throws -> (digest: PackDigest, diagnostics: [Diagnostic]) {
        var pack = given
        try pack.readDeferred()
        guard let facts = pack.files["facts.yaml"] else {
            throw KnowledgeError(Diagnostic(location: nil, message: "pack folder '\(pack.root)' has no facts.yaml"))
        }
        let factsPath = pack.path("facts.yaml")
        guard let text = String(validating: facts, as: UTF8.self) else {
            throw KnowledgeError(PackLoader.invalidUTF8(facts, path: factsPath))
        }
        let (checked, diagnostics) = try loader.check(facts: text, factsBytes: facts, factsPath: factsPath) { name in
            pack.files[name].map { (pack.path(name), $0) }
        }
        // A pack read from disk lets its bytes go: a problem found when packs are merged reads its line again.
        let lines = pack.directory.map { _ in SourceLines(rereading: factsPath) }
        return (try PackDigest(checked, file: factsPath, lines: lines, schema: loader.schema), diagnostics)
    }
}
