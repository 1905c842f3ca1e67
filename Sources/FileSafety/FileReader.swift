import Glibc

/// Reads a whole file, or standard input, with its size checked before anything is read: a file
/// larger than the limit (even a sparse one that takes no room on disk) is refused at once, and a
/// pipe is read only up to the limit. A folder is a clear error, never a crash.
public enum FileReader {
    /// The largest script, playback file, history file or standard input kx reads: far more than any
    /// hand-written script, and small enough to hold in memory.
    public static let scriptLimit = 16 << 20

    /// The bytes of the file at `path`, at most `limit` of them.
    /// - Throws: `FileError` when it does not exist, is a folder, cannot be read or is too large.
    public static func read(_ path: String, limit: Int = scriptLimit) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError.system("read", "'\(path)'") }
        defer { close(descriptor) }
        return try read(descriptor: descriptor, name: "'\(path)'", limit: limit)
    }

    /// The bytes of an open descriptor (such as standard input), named `name` in messages, read to
    /// its end; at most `limit` of them.
    public static func read(descriptor: Int32, name: String, limit: Int = scriptLimit) throws -> [UInt8] {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileError.system("read", name) }
        if status.st_mode & S_IFMT == S_IFDIR { throw FileError("read", name, "it is a folder") }
        if status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) > limit { throw tooLarge(name, limit) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw FileError.system("read", name) }
            if count == 0 { return bytes }
            guard bytes.count + count <= limit else { throw tooLarge(name, limit) }
            bytes += chunk[..<count]
        }
    }

    /// The file at `path` as UTF-8 text, at most `limit` bytes.
    /// - Throws: `FileError` as `read`, or when the file is not UTF-8 text.
    public static func text(_ path: String, limit: Int = scriptLimit) throws -> String {
        guard let text = String(validating: try read(path, limit: limit), as: UTF8.self) else {
            throw FileError("read", "'\(path)'", "it is not UTF-8 text")
        }
        return text
    }

    /// `16 MiB`, or bytes below a mebibyte: how messages state a size limit.
    public static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }

    /// The error for a file `name` (as messages name it) larger than `limit`, so a caller can tell it apart.
    public static func tooLarge(_ name: String, _ limit: Int) -> FileError {
        FileError("read", name, "it is larger than \(size(limit)), the most kx reads from one file")
    }
}
