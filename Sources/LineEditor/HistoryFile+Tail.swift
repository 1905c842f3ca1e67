import Foundation

extension HistoryFile {
    /// The most bytes read from the end of a history file, so a huge file (hundreds of megabytes)
    /// costs no more to start with than a full one: 1,000 entries of a few kilobytes fit.
    public static let maximumTailBytes = 4 << 20

    /// The last `limit` entries of the file, oldest first, as libedit's `history size` keeps them;
    /// an empty list when the file does not exist. The size is checked first and only the file's
    /// last `maximumTailBytes` are read; a line cut by that start is left out.
    public func loadTail(keeping limit: Int) throws -> [String] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return [] }
            throw HistoryFileError(operation: "read", path: path, errno: errno)
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw HistoryFileError(operation: "read", path: path, errno: errno) }
        let start = max(0, Int(status.st_size) - Self.maximumTailBytes)
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size) - start)
        var count = 0
        while count < bytes.count {
            let read = bytes[count...].withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(start + count)) }
            if read < 0, errno == EINTR { continue }
            guard read >= 0 else { throw HistoryFileError(operation: "read", path: path, errno: errno) }
            if read == 0 { break }
            count += read
        }
        var tail = bytes[..<count]
        if start > 0 { tail = tail.drop { $0 != UInt8(ascii: "\n") } }
        return Array(Self.decode(String(decoding: tail, as: UTF8.self)).suffix(max(0, limit)))
    }
}
