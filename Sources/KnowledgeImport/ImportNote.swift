import KnowledgeGraph

/// Something a reader saw in a record that the import summary tells, at the place it saw it:
/// a value given twice that disagrees (and so is left out), or an author line that names only the
/// first author. The pack is still written.
public struct ImportNote: Equatable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    /// `page.txt:12:1: warning: message`.
    public var description: String { "\(location): warning: \(message)" }
}
