/// Why an export cannot be made as asked: what is wrong, and notes that say what to do instead.
public struct ExportError: Error, CustomStringConvertible, Equatable, Sendable {
    public var message: String
    public var notes: [String]

    public init(_ message: String, notes: [String] = []) {
        self.message = message
        self.notes = notes
    }

    public var description: String {
        ([message] + notes).joined(separator: "; ")
    }
}
