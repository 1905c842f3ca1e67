import Glibc

/// What is at a path about to be written, so writers refuse a trap before touching anything: a
/// symbolic link, a device, a FIFO, a socket or a folder is never written through or replaced.
/// `/dev/null` is the one exception: writing there means "discard", as the user intends.
public enum FileTarget: Equatable, Sendable {
    /// Nothing is there yet.
    case missing
    /// A regular file, with its permission bits (kept when it is replaced).
    case regular(mode: mode_t)
    /// The null device: whatever is written is discarded, and nothing is renamed over it.
    case null

    /// Classifies `path` without following a symbolic link.
    /// - Throws: `FileError` naming what is there when it may not be written.
    public static func check(_ path: String) throws -> FileTarget {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT { return .missing }
            throw FileError.system("write", "'\(path)'")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regular(mode: status.st_mode & 0o7777)
        case S_IFCHR where isNullDevice(status): return .null
        default: throw FileError("write", "'\(path)'", "it is \(kind(of: status.st_mode)), not a regular file; nothing was written")
        }
    }

    /// Opens `path` for writing in place, emptied, for a file that grows as it is written (a transcript).
    /// The same things are refused as by `check`, and a link planted between the check and the
    /// open is not followed.
    /// - Returns: the open descriptor; the caller closes it.
    public static func openEmptied(_ path: String, mode: mode_t = 0o644) throws -> Int32 {
        _ = try check(path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            let code = errno
            let folder = AtomicFile.folder(of: path)
            throw AtomicFile.isFolder(folder) ? FileError.system("write", "'\(path)'", code) : FileError("write", "'\(path)'", "there is no folder '\(folder)'")
        }
        var status = stat()
        let fileType = fstat(descriptor, &status) == 0 ? status.st_mode & S_IFMT : 0
        guard fileType == S_IFREG || (fileType == S_IFCHR && isNullDevice(status)) else {
            close(descriptor)
            throw FileError("write", "'\(path)'", "it is \(kind(of: status.st_mode)), not a regular file; nothing was written")
        }
        if fileType == S_IFREG, ftruncate(descriptor, 0) != 0 {
            let code = errno
            close(descriptor)
            throw FileError.system("write", "'\(path)'", code)
        }
        return descriptor
    }

    /// Whether `first` and `second` name the same file (through links, `..` or another spelling);
    /// false when either does not exist.
    public static func isSameFile(_ first: String, _ second: String) -> Bool {
        var a = stat(), b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }

    private static func isNullDevice(_ status: stat) -> Bool {
        var null = stat()
        return stat("/dev/null", &null) == 0 && null.st_mode & S_IFMT == S_IFCHR && null.st_rdev == status.st_rdev
    }

    static func kind(of mode: mode_t) -> String {
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
