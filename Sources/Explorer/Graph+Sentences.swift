import KnowledgeGraph
import KnowledgeStore

extension Graph {
    /// The text of the segment of document `id` cited as `citation` (`sentence 7`, `Title`), or nil.
    func text(of citation: String, in id: String) -> String? {
        sentences(in: id).first { $0.citation == citation }?.text
    }

    /// Every cited segment of document `id` with its text, in text order: what an evidence answer
    /// that quotes the source is looked up in.
    func sentences(in id: String) -> [(citation: String, text: String)] {
        guard let bytes = text(ofDocument: id) else { return [] }
        return segments(ofDocument: id).compactMap { segment in
            guard segment.needsCitation, segment.start >= 0, segment.start <= segment.end, segment.end <= bytes.count else { return nil }
            return (segment.citation, String(decoding: bytes[segment.start..<segment.end], as: UTF8.self))
        }
    }
}
