import KnowledgeGraph

/// Why a compiled knowledge file cannot be used. The message names the file and what to do.
public struct ImageError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String

    init(_ message: String) {
        self.message = message
    }

    public var description: String { message }

    static let tooLarge = ImageError("the knowledge is too large for one compiled file (over 4 GiB of text or 4 billion items)")

    /// The same problem, said of a file.
    func at(_ path: String) -> ImageError {
        ImageError("\(path): \(message)")
    }
}
