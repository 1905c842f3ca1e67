import Foundation

/// Why the history file could not be read or written.
public struct HistoryFileError: Error, Equatable, CustomStringConvertible {
    /// What was being attempted, e.g. "rename".
    public var operation: String
    /// The file or directory involved.
    public var path: String
    /// The system's explanation.
    public var reason: String

    /// Creates an error with a free-form reason.
    public init(operation: String, path: String, reason: String) {
        self.operation = operation
        self.path = path
        self.reason = reason
    }

    /// Creates an error from a C `errno` value.
    public init(operation: String, path: String, errno code: Int32) {
        self.init(operation: operation, path: path, reason: String(cString: strerror(code)))
    }

    public var description: String {
        "cannot \(operation) history file \(path): \(reason)"
    }
}
