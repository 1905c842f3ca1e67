import Glibc

/// Writes a whole file so that readers see the old contents or the new, never half of either:
/// a temporary file created exclusively, with an unpredictable name, in the target's folder;
/// written, flushed to disk, renamed over the target, and the folder flushed too. The target's
/// permissions are kept. A symbolic link, a device, a FIFO or a folder at the target is refused
/// and nothing is written.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Replaces (or creates) the file at `path` with `bytes`.
    public static func write(_ bytes: UnsafeRawBufferPointer, to path: String, mode newFileMode: mode_t = 0o644) throws {
        var status = stat()
        var mode = newFileMode
        if lstat(path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFREG else {
                throw WriteError(description: "cannot write '\(path)': it is \(kind(of: status.st_mode)), not a regular file; nothing was written")
            }
            mode = status.st_mode & 0o7777
        }
        let folder = path.lastIndex(of: "/").map { path[..<$0].isEmpty ? "/" : String(path[..<$0]) } ?? "."
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var template = Array("\(folder)/.\(name).XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw failure("cannot write '\(path)'") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var done = false
        defer {
            close(descriptor)
            if !done { unlink(temporary) }
        }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress?.advanced(by: offset), bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw failure("cannot write '\(path)'") }
            offset += written
        }
        guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else { throw failure("cannot write '\(path)'") }
        guard rename(temporary, path) == 0 else { throw failure("cannot write '\(path)'") }
        done = true
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Replaces (or creates) the file at `path` with `text`.
    public static func write(_ text: String, to path: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0), to: path) }
    }

    private static func failure(_ what: String) -> WriteError {
        WriteError(description: "\(what): \(String(cString: strerror(errno)))")
    }

    private static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFLNK: return "a symbolic link"
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }
}
