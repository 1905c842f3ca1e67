/// Where a fact comes from: a verbatim quote of a document, located in it.
public struct Provenance: Hashable, Sendable {
    /// The id of the source document.
    public var document: String
    /// The quote exactly as the pack gives it.
    public var quote: String
    /// UTF-8 byte offsets of the quote in the document text (end exclusive).
    public var start: Int
    public var end: Int
    /// How the segments the quote falls in are cited: `sentence 6`, `Title`.
    public var segments: [String]
    /// Where the pack writes the quote, while the pack is checked; nil in a graph, which keeps a
    /// quote by its place in the document (a compiled file has no packs to point into).
    public var location: SourceLocation?

    public init(document: String, quote: String, start: Int, end: Int, segments: [String], location: SourceLocation? = nil) {
        self.document = document
        self.quote = quote
        self.start = start
        self.end = end
        self.segments = segments
        self.location = location
    }

    /// `sentence 6` or `sentences 6–7`.
    public var citation: String {
        let sentences = segments.compactMap { $0.hasPrefix("sentence ") ? String($0.dropFirst(9)) : nil }
        let others = segments.filter { !$0.hasPrefix("sentence ") }
        var parts = others
        if sentences.count == 1 { parts.append("sentence \(sentences[0])") }
        if sentences.count > 1, let first = sentences.first, let last = sentences.last { parts.append("sentences \(first)–\(last)") }
        return parts.joined(separator: ", ")
    }
}
