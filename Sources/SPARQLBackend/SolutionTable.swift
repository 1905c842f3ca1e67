import Foundation

/// The solutions of a SPARQL SELECT, read from the SPARQL 1.1 Query Results JSON format.
struct SolutionTable: Sendable {
    var variables: [String]
    /// One binding of variable names to terms per solution; an unbound variable is absent.
    var rows: [[String: RDFTerm]]

    /// Reads a results document.
    /// - Throws: `EndpointError` when `bytes` are not SPARQL JSON results.
    init(json bytes: [UInt8]) throws {
        let document: Any
        do {
            document = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw EndpointError("the endpoint's answer is not JSON", notes: ["the answer starts: \(Self.excerpt(bytes))"])
        }
        guard let object = document as? [String: Any], let head = object["head"] as? [String: Any],
              let results = object["results"] as? [String: Any], let bindings = results["bindings"] as? [Any] else {
            throw EndpointError("the endpoint's answer is not SPARQL JSON results (no head and results.bindings)")
        }
        variables = (head["vars"] as? [Any])?.compactMap { $0 as? String } ?? []
        rows = try bindings.map { binding in
            guard let binding = binding as? [String: Any] else { throw EndpointError("a solution in the endpoint's answer is not an object") }
            var row: [String: RDFTerm] = [:]
            for (name, value) in binding {
                guard let value = value as? [String: Any], let term = Self.term(value) else {
                    throw EndpointError("the value of '\(name)' in the endpoint's answer is not an RDF term")
                }
                row[name] = term
            }
            return row
        }
    }

    init(variables: [String], rows: [[String: RDFTerm]]) {
        self.variables = variables
        self.rows = rows
    }

    private static func term(_ object: [String: Any]) -> RDFTerm? {
        guard let type = object["type"] as? String else { return nil }
        let value = object["value"] as? String ?? ""
        switch type {
        case "uri": return .iri(value)
        case "bnode": return .blank(value)
        case "literal", "typed-literal":
            return .literal(value, datatype: object["datatype"] as? String, language: object["xml:lang"] as? String)
        default: return nil
        }
    }

    /// The first 80 bytes of an answer, as text with control characters left to the caller's escaping.
    static func excerpt(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.prefix(80), as: UTF8.self)
    }
}
