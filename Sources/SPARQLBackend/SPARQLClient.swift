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
                                     headers: ["Content-Type: application/x-www-form-urlencoded", "Accept: application/sparql-results+json",
                                               // libcurl would wait for a 100 Continue before a body over 1 KiB: a round trip each.
                                               "Expect:"],
                                     cancellation: cancellation)
        guard (200..<300).contains(response.status) else {
            let text = String(decoding: response.body.prefix(600), as: UTF8.self).trimmed()
            throw EndpointError("\(url) answered HTTP \(response.status)\(text.isEmpty ? "" : ": \(text)")",
                                notes: response.status == 404 ? ["is this the query endpoint? For Oxigraph it is http://HOST:PORT/query"] : [])
        }
        return try SolutionTable(json: response.body)
    }

    /// `text` as a value of an `application/x-www-form-urlencoded` body: unreserved bytes kept, the rest `%XX`.
    static func formEncoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 2)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(byte)
            default:
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
