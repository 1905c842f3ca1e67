import KnowledgeGraph

extension CompiledKnowledge {
    /// Opens the image, checking its table, strings and schema (each other section is checked when first read).
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
