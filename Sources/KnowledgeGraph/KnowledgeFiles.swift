import FileSafety
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
    /// The folder on disk the files were read from, so they can be read again; nil when embedded.
    public var directory: String?
    /// Files of the packs inside a knowledge root, listed but not read yet (paths relative to `root`):
    /// the loader reads each pack's files in the worker that checks it and lets them go after, so a
    /// large folder is never held in memory at once. Empty unless the folder was read deferring packs.
    public private(set) var deferred: Set<String> = []

    public init(root: String, files: [String: [UInt8]], compiled: CompiledKnowledge? = nil) {
        self.root = root
        self.files = files
        self.compiled = compiled
    }

    /// A compiled knowledge file given where a folder could be (`--knowledge FILE.kxg`).
    public init(compiledFile path: String) {
        self.init(root: path, files: [:], compiled: .file(path))
    }

    /// Sub-folders of a knowledge root that are not packs: its lessons and its reporting checklists.
    public static let reservedFolders: Set<String> = ["lessons", "checklists"]

    /// The largest file read: far above any real source document or facts file, and well below what
    /// would exhaust memory. A folder may hold any number of files.
    public static let maximumFileSize = 64 << 20

    /// Reads every file under `directory`, each at most `fileLimit` bytes (checked before it is read);
    /// with `deferringPacks`, the files of sub-folders that are packs are only listed (see `deferred`).
    /// - Throws: `KnowledgeError` when the folder is missing, a file cannot be read or is too large.
    public init(directory: String, fileLimit: Int = maximumFileSize, deferringPacks: Bool = false) throws {
        try Self.requireFolder(directory)
        var files: [String: [UInt8]] = [:]
        for (relative, size) in try Self.listFiles(under: directory) {
            let path = (directory.hasSuffix("/") ? directory : directory + "/") + relative
            guard size <= fileLimit else { throw Self.tooLarge(path, fileLimit) }
            // Schema extensions are read at once: the schema is built before any pack is checked.
            if deferringPacks, let slash = relative.firstIndex(of: "/"), !Self.reservedFolders.contains(String(relative[..<slash])),
               !relative.hasSuffix("/" + Schema.extensionFile) {
                deferred.insert(relative)
            } else {
                files[relative] = try Self.contents(path, fileLimit)
            }
        }
        self.root = directory
        self.files = files
        self.directory = directory
        // A pack folder given on its own is read whole: only a knowledge root's packs wait.
        if files["facts.yaml"] != nil, !deferred.isEmpty {
            try read(Array(deferred), fileLimit: fileLimit)
            deferred = []
        }
    }

    /// Whether the folder holds a schema and nothing else, read or deferred.
    public var holdsOnlySchema: Bool { Array(files.keys) == ["schema.yaml"] && deferred.isEmpty }

    /// Reads the deferred files, so the folder holds all of them.
    public mutating func readDeferred() throws(KnowledgeError) {
        try read(deferred.sorted())
        deferred = []
    }

    /// Reads only the named files of `directory` (paths relative to it), each at most `fileLimit` bytes
    /// (checked before it is read); a named file that is not there is left out.
    /// - Throws: `KnowledgeError` when the folder is missing, a file cannot be read or is too large.
    public init(directory: String, only names: [String], fileLimit: Int = maximumFileSize) throws {
        try Self.requireFolder(directory)
        self.init(root: directory, files: [:])
        self.directory = directory
        try read(names, fileLimit: fileLimit)
    }

    /// Adds the named files of the folder on disk that are not held yet, as `init(directory:only:)` reads them.
    /// A name that leaves the folder (`..`, an absolute path) or a file that is not there is left out.
    /// - Throws: `KnowledgeError` when a file cannot be read, is too large, or is not a regular file.
    public mutating func read(_ names: [String], fileLimit: Int = maximumFileSize) throws(KnowledgeError) {
        guard let directory else { return }
        for name in names where files[name] == nil && !name.hasPrefix("/") && !name.split(separator: "/").contains("..") {
            let path = (directory.hasSuffix("/") ? directory : directory + "/") + name
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            // Named, so not a file to skip: a folder, a device or a link to nothing is an error.
            guard case .file(let size) = try Self.regularFile(path) else {
                throw KnowledgeError(Diagnostic(location: nil, message: "cannot read '\(path)': it is a folder, not a file"))
            }
            guard size <= fileLimit else { throw Self.tooLarge(path, fileLimit) }
            files[name] = try Self.contents(path, fileLimit)
        }
    }

    private static func requireFolder(_ directory: String) throws(KnowledgeError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw KnowledgeError(Diagnostic(location: nil, message: "knowledge folder '\(directory)' does not exist or is not a folder"))
        }
    }

    /// Every file under `directory` but hidden ones, as paths relative to it with their sizes, read
    /// with the system's directory calls (Foundation's enumerator took seconds for a root of ten
    /// thousand packs). Like the enumerator it replaces, it does not descend into a linked folder
    /// and reads a linked file through its link; the walk keeps its own stack, so no depth recurses.
    /// - Throws: `KnowledgeError` for what would otherwise leave something out without a word (see `regularFile`).
    private static func listFiles(under directory: String) throws(KnowledgeError) -> [(relative: String, size: Int)] {
        var found: [(relative: String, size: Int)] = []
        var folders = [""]
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        while let folder = folders.popLast() {
            guard let stream = opendir(base + folder) else {
                throw KnowledgeError(Diagnostic(location: nil, message: "cannot read '\(base + folder)': \(String(cString: strerror(errno)))"))
            }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard !name.hasPrefix(".") else { continue }
                let relative = folder + name
                switch try regularFile(base + relative) {
                case .file(let size): found.append((relative, size))
                case .folder: folders.append(relative + "/")
                case .linkedFolder: continue
                }
            }
        }
        return found
    }

    /// What a name in a knowledge folder is, for the walk.
    private enum Entry {
        case file(size: Int), folder, linkedFolder
    }

    /// The names a folder of knowledge reads as files: one of them that is a folder is a mistake.
    private static let knowledgeFileNames: Set<String> = ["facts.yaml", "schema.yaml"]

    /// What is at `path`: a file (through a link) and its size, a folder, or a link to a folder,
    /// which is not read on.
    /// - Throws: `KnowledgeError` for anything else, which would otherwise leave out a pack without a word:
    ///   a link to nothing, a device or pipe, or a folder named as a knowledge file.
    private static func regularFile(_ path: String) throws(KnowledgeError) -> Entry {
        var link = stat(), target = stat()
        guard lstat(path, &link) == 0 else { throw KnowledgeError(Diagnostic(location: nil, message: "cannot read '\(path)'")) }
        guard stat(path, &target) == 0 else {
            let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            throw KnowledgeError(Diagnostic(location: nil, message: "cannot read '\(path)': it links to '\(destination)', which does not exist",
                                            notes: ["remove the link or restore its target: nothing in a knowledge folder is left out silently"]))
        }
        switch target.st_mode & S_IFMT {
        case S_IFREG:
            return .file(size: Int(target.st_size))
        case S_IFDIR:
            guard !knowledgeFileNames.contains(String(path.split(separator: "/").last ?? "")) else {
                throw KnowledgeError(Diagnostic(location: nil, message: "cannot read '\(path)': it is a folder, not a file"))
            }
            return link.st_mode & S_IFMT == S_IFLNK ? .linkedFolder : .folder
        default:
            throw KnowledgeError(Diagnostic(location: nil, message: "cannot read '\(path)': it is not a regular file (a device, pipe or socket)"))
        }
    }

    private static func tooLarge(_ path: String, _ limit: Int) -> KnowledgeError {
        KnowledgeError(Diagnostic(location: nil, message: "knowledge file '\(path)' is larger than \(FileReader.size(limit)), the most one file may hold"))
    }

    /// The file's bytes, its size checked again on the open file (it may have grown since it was listed).
    private static func contents(_ path: String, _ limit: Int) throws(KnowledgeError) -> [UInt8] {
        do {
            return try FileReader.read(path, limit: limit)
        } catch let error as FileError where error == FileReader.tooLarge("'\(path)'", limit) {
            throw tooLarge(path, limit)
        } catch {
            throw KnowledgeError(Diagnostic(location: nil, message: "\(error)"))
        }
    }

    /// Whether the knowledge was read from disk (a folder or a compiled file), so `reread` can read it again.
    public var isOnDisk: Bool {
        if directory != nil { return true }
        if files.isEmpty, case .file = compiled { return true }
        return false
    }

    /// The same knowledge read again from disk; embedded files, which have no folder on disk, as they are.
    public func reread() throws -> KnowledgeFiles {
        if let directory { return try KnowledgeFiles(directory: directory, deferringPacks: !deferred.isEmpty) }
        if files.isEmpty, case .file(let path) = compiled { return KnowledgeFiles(compiledFile: path) }
        return self
    }

    /// Whether both were read from the same folder on disk, however its path was written.
    public func isSameFolder(as other: KnowledgeFiles) -> Bool {
        guard let directory, let otherDirectory = other.directory else { return false }
        return Self.canonical(directory) == Self.canonical(otherDirectory)
    }

    /// Whether this was read from a folder on disk inside the folder at `path` (a pack of that knowledge root).
    public func isInside(_ path: String) -> Bool {
        guard let directory else { return false }
        return Self.path(directory, isInside: path)
    }

    /// Whether the folder at `path` is inside the folder on disk this was read from (one of its packs).
    public func holds(_ path: String) -> Bool {
        guard let directory else { return false }
        return Self.path(path, isInside: directory)
    }

    /// Whether `inner` names a file or folder below `outer`, however either path was written.
    private static func path(_ inner: String, isInside outer: String) -> Bool {
        let outer = canonical(outer)
        return canonical(inner).hasPrefix(outer.hasSuffix("/") ? outer : outer + "/")
    }

    /// An absolute path with links resolved, `.` and `..` removed.
    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    }

    /// The display path of a file in this folder.
    public func path(_ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    /// The names of the immediate sub-folders, sorted.
    public var folders: [String] {
        Set(files.keys.compactMap { key in key.firstIndex(of: "/").map { String(key[..<$0]) } }).sorted()
    }

    /// Every immediate sub-folder with its files, read and deferred, sorted by name, found in one pass over the files.
    public var subfolders: [(name: String, files: KnowledgeFiles)] {
        var inner: [String: KnowledgeFiles] = [:]
        func folder(_ key: String) -> (name: String, file: String)? {
            key.firstIndex(of: "/").map { (String(key[..<$0]), String(key[key.index(after: $0)...])) }
        }
        func add(_ name: String) {
            guard inner[name] == nil else { return }
            var files = KnowledgeFiles(root: path(name), files: [:])
            files.directory = directory.map { $0.hasSuffix("/") ? $0 + name : $0 + "/" + name }
            inner[name] = files
        }
        for (key, value) in files {
            guard let (name, file) = folder(key) else { continue }
            add(name)
            inner[name]?.files[file] = value
        }
        for key in deferred {
            guard let (name, file) = folder(key) else { continue }
            add(name)
            inner[name]?.deferred.insert(file)
        }
        return inner.keys.sorted().compactMap { name in inner[name].map { (name, $0) } }
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
