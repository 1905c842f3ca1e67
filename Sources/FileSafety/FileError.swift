import Glibc

/// Why a file could not be read or written, in words that name the file: "cannot write 'out.csv': it
/// is a FIFO, not a regular file; nothing was written".
public struct FileError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What was attempted: `read` or `write`.
    public var operation: String
    /// The file as messages name it: a quoted path, or `standard input`.
    public var name: String
    /// Why it failed, such as the system's explanation.
    public var reason: String

    public init(_ operation: String, _ name: String, _ reason: String) {
        self.operation = operation
        self.name = name
        self.reason = reason
    }

    public var description: String {
        "cannot \(operation) \(name): \(reason)"
    }

    /// A failure explained by the system's `errno` (by default the current one).
    static func system(_ operation: String, _ name: String, _ code: Int32 = errno) -> FileError {
        FileError(operation, name, code == ENOENT ? "no such file" : String(cString: strerror(code)))
    }
}
