import KnowledgeQuery

/// Why a request to a SPARQL endpoint gave no usable answer: what went wrong, and what to do.
public struct EndpointError: ExplainedError, CustomStringConvertible, Sendable {
    public var message: String
    public var notes: [String]

    public init(_ message: String, notes: [String] = []) {
        self.message = message
        self.notes = notes
    }

    public var description: String { message }
}
