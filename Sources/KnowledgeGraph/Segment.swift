/// A citable piece of a source document: a header field, a heading, or a sentence.
public struct Segment: Hashable, Sendable {
    public enum Role: String, Hashable, Sendable {
        /// A `Key: value` line of the document's header, such as `Title: …`.
        case field
        /// A short line introducing a section, such as `Abstract`.
        case heading
        /// A sentence of running text.
        case sentence
    }

    public var role: Role
    /// For fields, the key (`Title`); for sentences, their 1-based number in the document; for headings, the text.
    public var label: String
    /// UTF-8 byte offsets of the segment in the source text, end exclusive.
    public var start: Int
    public var end: Int

    public init(role: Role, label: String, start: Int, end: Int) {
        self.role = role
        self.label = label
        self.start = start
        self.end = end
    }

    /// How the segment is cited to users: `sentence 3`, `Title`.
    public var citation: String {
        role == .sentence ? "sentence \(label)" : label
    }

    /// Whether a fact must cite this segment for the document to count as fully modeled.
    public var needsCitation: Bool { role != .heading }
}
