import Glibc

extension FileReader {
    /// The bytes of the regular file at `path`, at most `limit` of them, or nil when nothing is
    /// there: for files kx keeps for itself (lesson progress), where anything else at the path is a
    /// trap. A symbolic link is not followed, and a FIFO, device, socket or folder is refused
    /// without being opened for long (a FIFO never blocks the read).
    /// - Throws: `FileError` naming what is there, or when the file cannot be read or is too large.
    public static func readRegularFile(_ path: String, limit: Int = scriptLimit) throws -> [UInt8]? {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw FileError.system("read", "'\(path)'")
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw FileError("read", "'\(path)'", "it is \(FileTarget.kind(of: status.st_mode)), not a regular file")
        }
        // O_NOFOLLOW and O_NONBLOCK: a link or FIFO put in its place since the check is not followed, nor waited on.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw FileError.system("read", "'\(path)'")
        }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { throw FileError.system("read", "'\(path)'") }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw FileError("read", "'\(path)'", "it is \(FileTarget.kind(of: status.st_mode)), not a regular file")
        }
        return try read(descriptor: descriptor, name: "'\(path)'", limit: limit)
    }
}
