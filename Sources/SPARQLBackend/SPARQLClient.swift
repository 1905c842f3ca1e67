import Foundation
import KnowledgeGraph

/// Sends SPARQL 1.1 queries to one endpoint over the SPARQL protocol (POST, `application/sparql-query`)
/// and reads JSON results.
struct SPARQLClient: Sendable {
    let url: String
    let http: HTTPClient

    /// The solutions of a SELECT query.
    /// - Throws: `EndpointError` for an HTTP error (with the server's message) or an answer that is
    ///   not SPARQL results; what `HTTPClient.post` throws.
    func select(_ query: String, cancellation: Cancellation?) throws -> SolutionTable {
        let response = try http.post(url, body: query, headers: ["Content-Type: application/sparql-query; charset=utf-8",
                                                                  "Accept: application/sparql-results+json"], cancellation: cancellation)
        guard (200..<300).contains(response.status) else {
            let text = String(decoding: response.body.prefix(600), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw EndpointError("\(url) answered HTTP \(response.status)\(text.isEmpty ? "" : ": \(text)")",
                                notes: response.status == 404 ? ["is this the query endpoint? For Oxigraph it is http://HOST:PORT/query"] : [])
        }
        return try SolutionTable(json: response.body)
    }
}
