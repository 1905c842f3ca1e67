/// A value in a SPARQL result: an IRI, a literal with its datatype or language, or a blank node.
enum RDFTerm: Hashable, Sendable {
    case iri(String)
    case literal(String, datatype: String?, language: String?)
    case blank(String)

    /// The IRI, the literal's lexical form, or the blank node's label.
    var text: String {
        switch self {
        case .iri(let text), .literal(let text, _, _), .blank(let text): return text
        }
    }
}
