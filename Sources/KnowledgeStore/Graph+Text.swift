import KnowledgeGraph

extension Graph {
    /// The UTF-8 bytes of the text of document `id`, read in place from the image without a copy;
    /// they stay valid as long as the graph does. Nil when no document has the id.
    public func text(ofDocument id: String) -> UnsafeBufferPointer<UInt8>? {
        documentNumber(id).map(documentText)
    }

    /// The segments of document `id`, in text order, without reading its text; empty when no document has the id.
    public func segments(ofDocument id: String) -> [Segment] {
        documentNumber(id).map(segments(of:)) ?? []
    }
}
