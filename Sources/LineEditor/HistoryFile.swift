import Foundation

/// Reads and writes the persistent history file.
///
/// Format: UTF-8 text, one entry per line, each line ending in `\n`. Inside an
/// entry a backslash is written `\\`, a newline `\n` and a carriage return `\r`,
/// so multi-line statements stay one entry. Unknown escapes are kept verbatim
/// when reading. The file is replaced atomically (temporary file in the same
/// directory, then `rename`) with mode 0600; a missing parent directory is
/// created with mode 0700.
public struct HistoryFile {
    /// Location of the history file.
    public let path: String

    /// Creates a handle for the history file at `path`; nothing is touched on disk yet.
    public init(path: String) {
        self.path = path
    }

    /// The entries in the file, oldest first; an empty list when the file does not exist.
    public func load() throws -> [String] {
        guard FileManager.default.fileExists(atPath: path) else {
            return []
        }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return Self.decode(String(decoding: data, as: UTF8.self))
        } catch {
            throw HistoryFileError(operation: "read", path: path, reason: "\(error)")
        }
    }

    /// Atomically replaces the file with `entries`.
    public func save(_ entries: [String]) throws {
        let target = resolvedPath()
        let directory = (target as NSString).deletingLastPathComponent
        try Self.createDirectory(directory.isEmpty ? "." : directory)
        let name = (target as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "." : directory)
            + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw HistoryFileError(operation: "create", path: temporary, errno: errno)
        }
        do {
            try Self.writeAll(fd: fd, bytes: Array(Self.encode(entries).utf8), path: temporary)
            guard fchmod(fd, 0o600) == 0, fsync(fd) == 0 else {
                throw HistoryFileError(operation: "write", path: temporary, errno: errno)
            }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw HistoryFileError(operation: "rename", path: target, errno: code)
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

    private static func writeAll(fd: Int32, bytes: [UInt8], path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR {
                    continue
                }
                throw HistoryFileError(operation: "write", path: path, errno: errno)
            }
            offset += written
        }
    }
}
