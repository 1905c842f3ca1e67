import Foundation
import KnowledgeGraph

/// Sends SPARQL 1.1 queries to one endpoint over the SPARQL protocol and reads JSON results. The
/// query goes as a URL-encoded form (`query=…`), the one POST form every engine takes (Virtuoso 7
/// does not read a direct `application/sparql-query` body).
struct SPARQLClient: Sendable {
    let url: String
    let http: any SPARQLTransport

    /// The solutions of a SELECT query.
    /// - Throws: `EndpointError` for an HTTP error (with the server's message) or an answer that is
    ///   not SPARQL results; what `HTTPClient.post` throws.
    func select(_ query: String, cancellation: Cancellation?) throws -> SolutionTable {
        let response = try http.post(url, body: "query=" + Self.formEncoded(query),
                                     headers: ["Content-Type: application/x-www-form-urlencoded", "Accept: application/sparql-results+json"],
                                     cancellation: cancellation)
        guard (200..<300).contains(response.status) else {
            let text = String(decoding: response.body.prefix(600), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw EndpointError("\(url) answered HTTP \(response.status)\(text.isEmpty ? "" : ": \(text)")",
                                notes: response.status == 404 ? ["is this the query endpoint? For Oxigraph it is http://HOST:PORT/query"] : [])
        }
        return try SolutionTable(json: response.body)
    }

    /// `text` as a value of an `application/x-www-form-urlencoded` body: unreserved bytes kept, the rest `%XX`.
    static func formEncoded(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count * 3 / 2)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(UnicodeScalar(byte))
            default:
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }
}
