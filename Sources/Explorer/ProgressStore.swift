import FileSafety
import Foundation
import Glibc
import KnowledgeGraph

/// Where lesson progress is kept between sessions: one file a lesson, under
/// `$XDG_STATE_HOME/kx/progress/` (or `~/.local/state/kx/progress/`), in a folder for each
/// knowledge root so that lessons of the same name from different roots stay apart:
///
///     progress/built-in/registry-minute.json              the built-in knowledge
///     progress/my-knowledge-3f9a0c12d4e5b6a7/intro.json   --knowledge ~/my-knowledge
///     progress/my-knowledge-3f9a0c12d4e5b6a7/course/one.json   its course 'course'
///
/// A root on disk is named by its folder's name and a digest of its absolute path. Files are
/// written atomically with mode 0600, never through a link; one that cannot be read (a link, a
/// FIFO, a huge or corrupt file, another version) is reported and left as it is.
///
/// A store may keep nothing on disk (`--no-history`): progress then lasts the session.
public final class ProgressStore: Sendable {
    /// The folder the files are kept under; nil when progress is kept in memory only.
    public let folder: String?
    /// Why progress is kept in memory only, as said once when a lesson starts; nil when it is saved.
    public let memoryOnlyReason: String?

    /// A store keeping progress files under `folder`, created (mode 0700) when first written.
    public init(folder: String) {
        self.folder = folder
        memoryOnlyReason = nil
    }

    /// A store that keeps nothing on disk, for `reason` (such as "--no-history keeps no history").
    public init(memoryOnly reason: String) {
        folder = nil
        memoryOnlyReason = reason
    }

    /// `$XDG_STATE_HOME/kx/progress` when XDG_STATE_HOME is set, else `~/.local/state/kx/progress`.
    public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
            return (state as NSString).appendingPathComponent("kx/progress")
        }
        return ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".local/state/kx/progress")
    }

    /// The file of `lesson`'s progress, or nil when nothing is kept on disk.
    public func path(of lesson: Lesson) -> String? {
        guard let folder else { return nil }
        let parts = lesson.name.split(separator: "/", omittingEmptySubsequences: false).map { Self.fileName(String($0)) }
        return ([folder, Self.rootName(lesson.knowledgeFolder)] + parts.dropLast() + [(parts.last ?? "lesson") + ".json"]).joined(separator: "/")
    }

    /// The progress saved for `lesson`, or nil when there is none (or nothing is kept on disk).
    /// - Throws: `KnowledgeError` naming the file and what is wrong with it, at its line and column when it has one.
    public func load(_ lesson: Lesson) throws -> ProgressFile? {
        guard let path = path(of: lesson) else { return nil }
        let bytes: [UInt8]
        do {
            guard let read = try FileReader.readRegularFile(path, limit: ProgressFile.maximumSize) else { return nil }
            bytes = read
        } catch {
            throw KnowledgeError(Diagnostic(location: nil, message: "\(error)"))
        }
        let file = try ProgressFile.read(bytes, file: path)
        guard file.lesson == lesson.name else {
            throw KnowledgeError(Diagnostic(location: SourceLocation(file: path, line: 1, column: 1),
                                            message: "the progress file is of the lesson '\(file.lesson)', not '\(lesson.name)'"))
        }
        return file
    }

    /// Replaces the saved progress of `lesson` with `file`, atomically; nothing happens when nothing is kept on disk.
    /// - Throws: `FileError` when a folder cannot be made or the file cannot be written (a link or a FIFO is there).
    public func save(_ file: ProgressFile, of lesson: Lesson) throws {
        guard let path = path(of: lesson) else { return }
        try Self.makeFolders((path as NSString).deletingLastPathComponent)
        try AtomicFile.write(file.text, to: path, mode: 0o600, keepingMode: false)
    }

    /// `built-in` for the embedded knowledge, else `NAME-DIGEST`: the folder's name and a digest of its absolute path.
    static func rootName(_ directory: String?) -> String {
        guard let directory else { return "built-in" }
        let absolute = realpath(directory, nil).map { pointer -> String in
            defer { free(pointer) }
            return String(cString: pointer)
        } ?? directory
        let name = absolute.split(separator: "/").last.map(String.init) ?? "root"
        return fileName(name) + "-" + String(digest(absolute), radix: 16).leftPadded(to: 16)
    }

    /// FNV-1a, 64 bits: the same on every run and machine, unlike `Hasher`.
    static func digest(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    /// A name safe as one file name: letters, digits, `-`, `_` and `.` kept (but a leading `.`), everything else `%XX`.
    static func fileName(_ name: String) -> String {
        var result = ""
        for (index, byte) in name.utf8.enumerated() {
            let character = Character(UnicodeScalar(byte))
            let kept = byte < 0x80 && (character.isLetter || character.isNumber || "-_".contains(character) || (character == "." && index > 0))
            result += kept ? String(character) : "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
        }
        return result.isEmpty ? "%" : result
    }

    /// Makes `folder` and its missing parents with mode 0700.
    private static func makeFolders(_ folder: String) throws {
        var status = stat()
        if stat(folder, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else { throw FileError("write", "'\(folder)'", "it is not a folder") }
            return
        }
        let parent = (folder as NSString).deletingLastPathComponent
        if parent != folder, !parent.isEmpty { try makeFolders(parent) }
        guard mkdir(folder, 0o700) == 0 || errno == EEXIST else {
            throw FileError("create", "the folder '\(folder)'", String(cString: strerror(errno)))
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
