/// Where a compiled knowledge image is: bytes in memory (the built-in knowledge) or a file, which is
/// mapped into memory and read in place.
public enum CompiledKnowledge: Sendable {
    case bytes([UInt8])
    case file(String)

    /// Opens the image, checking it fully first.
    public func open() throws -> Graph {
        do {
            switch self {
            case .bytes(let bytes): return try Graph(compiled: bytes)
            case .file(let path): return try Graph(contentsOf: path)
            }
        } catch let error as ImageError {
            throw KnowledgeError(Diagnostic(location: nil, message: error.message))
        }
    }
}
