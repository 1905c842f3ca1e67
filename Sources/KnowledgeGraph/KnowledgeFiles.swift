import Foundation

/// A folder of knowledge files held in memory: read from disk or embedded in the binary.
///
/// Loading works on this value rather than on the file system, so the embedded default
/// and a folder given with `--knowledge` go through exactly the same checks.
public struct KnowledgeFiles: Sendable {
    /// How the folder is named in messages, such as `Knowledge` or `/tmp/packs`.
    public var root: String
    /// File contents by path relative to `root`, with `/` separators.
    public var files: [String: [UInt8]]
    /// The same packs compiled (`kx compile`, or the build for the built-in knowledge): opened
    /// instead of checking the packs when this folder is loaded on its own.
    public var compiled: CompiledKnowledge?

    public init(root: String, files: [String: [UInt8]], compiled: CompiledKnowledge? = nil) {
        self.root = root
        self.files = files
        self.compiled = compiled
    }

    /// A compiled knowledge file given where a folder could be (`--knowledge FILE.kxg`).
    public init(compiledFile path: String) {
        self.init(root: path, files: [:], compiled: .file(path))
    }

    /// Reads every file under `directory` (at most `limit` bytes in all).
    /// - Throws: `KnowledgeError` when the folder is missing or cannot be read.
    public init(directory: String, limit: Int = 256 << 20) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw KnowledgeError(Diagnostic(location: nil, message: "knowledge folder '\(directory)' does not exist or is not a folder"))
        }
        var files: [String: [UInt8]] = [:]
        var total = 0
        // The enumerator does not descend into a symbolic link, so a linked folder is resolved first;
        // linked files inside it are read through their link.
        let base = URL(fileURLWithPath: directory).resolvingSymlinksInPath()
        let enumerator = manager.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resolvingSymlinksInPath().resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count).drop { $0 == "/" }
            guard let data = manager.contents(atPath: url.path) else {
                throw KnowledgeError(Diagnostic(location: nil, message: "cannot read '\(url.path)'"))
            }
            total += data.count
            guard total <= limit else {
                throw KnowledgeError(Diagnostic(location: nil, message: "knowledge folder '\(directory)' holds more than \(limit >> 20) MiB"))
            }
            files[String(relative)] = [UInt8](data)
        }
        self.root = directory
        self.files = files
    }

    /// The display path of a file in this folder.
    public func path(_ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    /// The names of the immediate sub-folders, sorted.
    public var folders: [String] {
        Set(files.keys.compactMap { key in key.firstIndex(of: "/").map { String(key[..<$0]) } }).sorted()
    }

    /// The files inside sub-folder `folder`, keyed by their path within it.
    public func folder(_ folder: String) -> KnowledgeFiles {
        let prefix = folder + "/"
        var inner: [String: [UInt8]] = [:]
        for (key, value) in files where key.hasPrefix(prefix) {
            inner[String(key.dropFirst(prefix.count))] = value
        }
        return KnowledgeFiles(root: path(folder), files: inner)
    }
}
