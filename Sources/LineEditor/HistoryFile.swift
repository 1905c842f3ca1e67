import FileSafety
import Foundation

/// Reads and writes the persistent history file.
///
/// Format: UTF-8 text, one entry per line, each line ending in `\n`. Inside an
/// entry a backslash is written `\\`, a newline `\n` and a carriage return `\r`,
/// so multi-line statements stay one entry. Unknown escapes are kept verbatim
/// when reading. The file is replaced atomically by `AtomicFile` with mode 0600
/// (a symbolic link is followed to the file it names, which is replaced); a
/// missing parent directory is created with mode 0700. `/dev/null` keeps nothing.
public struct HistoryFile {
    /// The largest history file read, checked before reading; a larger one is refused, not cut.
    public static let sizeLimit = FileReader.scriptLimit

    /// Location of the history file.
    public let path: String

    /// Creates a handle for the history file at `path`; nothing is touched on disk yet.
    public init(path: String) {
        self.path = path
    }

    /// The entries in the file, oldest first; an empty list when the file does not exist.
    /// - Throws: `HistoryFileError` when it cannot be read, is too large, or is not a history file
    ///   (not UTF-8 text, or holding a NUL byte), so that it is never overwritten.
    public func load() throws -> [String] {
        var status = stat()
        guard lstat(path, &status) == 0 || (errno != ENOENT && errno != ENOTDIR) else {
            return []
        }
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path, limit: Self.sizeLimit)
        } catch let error as FileError {
            throw HistoryFileError(operation: "read", path: path, reason: error.reason)
        }
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
            throw HistoryFileError(operation: "read", path: path, reason: "it is not a kx history file (expected UTF-8 text, one statement a line)")
        }
        return Self.decode(text)
    }

    /// Atomically replaces the file with `entries`.
    public func save(_ entries: [String]) throws {
        let target = resolvedPath()
        let directory = (target as NSString).deletingLastPathComponent
        try Self.createDirectory(directory.isEmpty ? "." : directory)
        do {
            try AtomicFile.write(Self.encode(entries), to: target, mode: 0o600, keepingMode: false)
        } catch let error as FileError {
            throw HistoryFileError(operation: "write", path: target, reason: error.reason)
        }
    }

    /// Encodes entries in the file format described on the type.
    public static func encode(_ entries: [String]) -> String {
        entries.map { entry in
            var line = ""
            for character in entry.unicodeScalars {
                switch character {
                case "\\": line += "\\\\"
                case "\n": line += "\\n"
                case "\r": line += "\\r"
                default: line.unicodeScalars.append(character)
                }
            }
            return line + "\n"
        }.joined()
    }

    /// Decodes the file format described on the type; empty lines are skipped.
    public static func decode(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            var entry = ""
            var escaping = false
            for scalar in line.unicodeScalars {
                if escaping {
                    switch scalar {
                    case "\\": entry += "\\"
                    case "n": entry += "\n"
                    case "r": entry += "\r"
                    default: entry += "\\" + String(scalar)
                    }
                    escaping = false
                } else if scalar == "\\" {
                    escaping = true
                } else {
                    entry.unicodeScalars.append(scalar)
                }
            }
            if escaping {
                entry += "\\"
            }
            return entry
        }
    }

    /// Follows a symbolic link at `path` so saving replaces the link's target, not the link.
    private func resolvedPath() -> String {
        guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else {
            return path
        }
        if destination.hasPrefix("/") {
            return destination
        }
        return ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
    }

    /// Creates `directory` and any missing parents with mode 0700.
    private static func createDirectory(_ directory: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue {
            return
        }
        let parent = (directory as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != directory {
            try createDirectory(parent)
        }
        guard mkdir(directory, 0o700) == 0 || errno == EEXIST else {
            throw HistoryFileError(operation: "create directory", path: directory, errno: errno)
        }
    }
}
