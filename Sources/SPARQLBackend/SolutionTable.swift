import Foundation

/// The solutions of a SPARQL SELECT, read from the SPARQL 1.1 Query Results JSON format.
struct SolutionTable: Sendable {
    var variables: [String]
    /// One binding of variable names to terms per solution; an unbound variable is absent.
    var rows: [[String: RDFTerm]]

    /// The JSON document, as the format lays it out.
    private struct Document: Decodable {
        struct Head: Decodable {
            var vars: [String]?
        }

        struct Results: Decodable {
            var bindings: [[String: Term]]
        }

        struct Term: Decodable {
            var type: String
            var value: String?
            var datatype: String?
            var language: String?

            enum CodingKeys: String, CodingKey {
                case type, value, datatype
                case language = "xml:lang"
            }
        }

        var head: Head
        var results: Results
    }

    /// Reads a results document.
    /// - Throws: `EndpointError` when `bytes` are not SPARQL JSON results.
    init(json bytes: [UInt8]) throws {
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: Data(bytes))
        } catch DecodingError.dataCorrupted {
            throw EndpointError("the endpoint's answer is not JSON", notes: ["the answer starts: \(Self.excerpt(bytes))"])
        } catch {
            throw EndpointError("the endpoint's answer is not SPARQL JSON results (no head and results.bindings of RDF terms)")
        }
        variables = document.head.vars ?? []
        rows = try document.results.bindings.map { binding in
            try binding.mapValues { term in
                guard let term = Self.term(term) else { throw EndpointError("a value in the endpoint's answer is not an RDF term (type '\(term.type)')") }
                return term
            }
        }
    }

    init(variables: [String], rows: [[String: RDFTerm]]) {
        self.variables = variables
        self.rows = rows
    }

    private static func term(_ term: Document.Term) -> RDFTerm? {
        let value = term.value ?? ""
        switch term.type {
        case "uri": return .iri(value)
        case "bnode": return .blank(value)
        case "literal", "typed-literal": return .literal(value, datatype: term.datatype, language: term.language)
        default: return nil
        }
    }

    /// The first 80 bytes of an answer, as text with control characters left to the caller's escaping.
    static func excerpt(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.prefix(80), as: UTF8.self)
    }
}
