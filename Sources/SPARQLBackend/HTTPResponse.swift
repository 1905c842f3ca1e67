import KnowledgeGraph

/// What an HTTP server answered: its status, the declared type and the body's bytes.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var contentType: String
    public var body: [UInt8]

    public init(status: Int, contentType: String, body: [UInt8]) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }
}

/// How requests reach an endpoint: HTTP over libcurl, or, for the fuzz target, answers it makes up.
public protocol SPARQLTransport: Sendable {
    /// Sends `body` to `url` with the given header lines.
    func post(_ url: String, body: String, headers: [String], cancellation: Cancellation?) throws -> HTTPResponse
}
