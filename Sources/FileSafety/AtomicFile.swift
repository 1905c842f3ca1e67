import Glibc

/// Writes a whole file so that readers see the old contents or the new, never half of either:
/// a temporary file created exclusively, with an unpredictable name, in the target's folder;
/// written, flushed to disk, renamed over the target, and the folder flushed too. The target's
/// permissions are kept. A symbolic link, a device, a FIFO or a folder at the target is refused
/// and nothing is written; `/dev/null` discards what is written. Every writer of kx (history,
/// `.output`, `kx test --update`, `kx compile`, `kx import`) goes through it.
///
/// Write in pieces with `write`, then `commit`; a file not committed leaves no temporary file and
/// the target as it was.
public final class AtomicFile {
    /// The file being replaced.
    public let path: String
    /// The temporary file's descriptor, or -1 when writing to `/dev/null` or once finished.
    private var descriptor: Int32 = -1
    private var temporary: String?
    private let mode: mode_t

    /// Checks the target and creates the temporary file beside it.
    /// - Parameters:
    ///   - newFileMode: the permissions of a file that does not exist yet.
    ///   - keepingMode: whether an existing file keeps its permissions; false gives it `newFileMode`
    ///     (a history file is always private).
    /// - Throws: `FileError` when the target may not be replaced or the folder cannot be written.
    public init(path: String, newFileMode: mode_t = 0o644, keepingMode: Bool = true) throws {
        self.path = path
        switch try FileTarget.check(path) {
        case .null:
            mode = 0
            return
        case .missing: mode = newFileMode
        case .regular(let existing): mode = keepingMode ? existing : newFileMode
        }
        let folder = Self.folder(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var template = Array("\(folder)/.\(name).XXXXXX".utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else {
            let code = errno
            throw Self.isFolder(folder) ? FileError.system("write", "'\(path)'", code) : FileError("write", "'\(path)'", "there is no folder '\(folder)'")
        }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit {
        discard()
    }

    /// Appends `bytes` to the new contents.
    /// - Throws: `FileError` when the disk is full or the file cannot be written; the target is untouched.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard descriptor >= 0 else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress?.advanced(by: offset), bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw FileError.system("write", "'\(path)'") }
            offset += written
        }
    }

    /// Overwrites new contents already written, from `offset` on (a header filled in last).
    /// - Throws: `FileError` when the file cannot be written; the target is untouched.
    public func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws {
        guard descriptor >= 0 else { return }
        var done = 0
        while done < bytes.count {
            let written = pwrite(descriptor, bytes.baseAddress?.advanced(by: done), bytes.count - done, off_t(offset + done))
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw FileError.system("write", "'\(path)'") }
            done += written
        }
    }

    /// Appends `text` as UTF-8 to the new contents.
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Puts the new contents in place of the target, with its permissions, flushed to disk.
    /// - Throws: `FileError`; the target is then as it was and no temporary file is left.
    public func commit() throws {
        guard let temporary else { return }
        guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else {
            let code = errno
            discard()
            throw FileError.system("write", "'\(path)'", code)
        }
        close(descriptor)
        descriptor = -1
        // The target may have become a link or a folder since it was checked: check once more.
        do {
            _ = try FileTarget.check(path)
        } catch {
            discard()
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            discard()
            throw FileError.system("write", "'\(path)'", code)
        }
        self.temporary = nil
        let folderDescriptor = open(Self.folder(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Abandons the new contents: the temporary file is removed and the target left as it was.
    public func discard() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        if let temporary { unlink(temporary) }
        temporary = nil
    }

    /// Replaces (or creates) the file at `path` with `bytes`.
    public static func write(_ bytes: UnsafeRawBufferPointer, to path: String, mode newFileMode: mode_t = 0o644, keepingMode: Bool = true) throws {
        let file = try AtomicFile(path: path, newFileMode: newFileMode, keepingMode: keepingMode)
        try file.write(bytes)
        try file.commit()
    }

    /// Replaces (or creates) the file at `path` with `text`.
    public static func write(_ text: String, to path: String, mode newFileMode: mode_t = 0o644, keepingMode: Bool = true) throws {
        let file = try AtomicFile(path: path, newFileMode: newFileMode, keepingMode: keepingMode)
        try file.write(text)
        try file.commit()
    }

    static func folder(of path: String) -> String {
        path.lastIndex(of: "/").map { path[..<$0].isEmpty ? "/" : String(path[..<$0]) } ?? "."
    }

    static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }
}
