import KnowledgeGraph

/// An error in a statement, located by character offsets; `StatementText` turns it into a `Diagnostic`.
public struct QueryError: Error, Hashable, Sendable {
    public var span: Range<Int>
    public var message: String
    public var notes: [String]
    /// The `(` left open, when that is what went wrong: a note says where it is, which may be lines
    /// before the error (a script joins lines while a parenthesis is open).
    public var unclosed: Range<Int>?

    public init(span: Range<Int>, message: String, notes: [String] = [], unclosed: Range<Int>? = nil) {
        self.span = span
        self.message = message
        self.notes = notes
        self.unclosed = unclosed
    }

    /// A "did you mean" note for `word` among `candidates`, if one is close.
    public static func suggestion<S: Sequence>(_ word: String, _ candidates: S) -> [String] where S.Element == String {
        Suggestion.closest(to: word, in: candidates).map { ["did you mean '\($0)'?"] } ?? []
    }
}
