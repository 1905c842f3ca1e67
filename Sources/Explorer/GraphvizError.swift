import KnowledgeQuery

/// Why Graphviz could not draw a picture (`--format svg`), with what to do about it.
public struct GraphvizError: ExplainedError, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var notes: [String]

    public init(_ message: String, notes: [String] = []) {
        self.message = message
        self.notes = notes
    }

    public var description: String { message }

    /// `dot` is not installed (or not on `PATH`).
    static let missing = GraphvizError("svg needs Graphviz's dot program, which is not on PATH",
                                       notes: ["install Graphviz (Debian, Ubuntu: apt-get install graphviz; macOS: brew install graphviz)",
                                               "or write the picture as DOT with --format dot and draw it elsewhere"])
}
