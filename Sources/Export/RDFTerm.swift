/// A namespace of IRIs and the prefix Turtle and TriG write it with.
struct Namespace: Hashable, Sendable {
    let prefix: String
    let iri: String
}

/// An RDF term as an export writes it.
enum RDFTerm: Hashable {
    /// An IRI in a namespace: the namespace's IRI followed by `local` (already an IRI's characters).
    case name(Namespace, String)
    /// An IRI outside every namespace, such as an xref's.
    case iri(String)
    /// A blank node, by its label (unique in the export).
    case blank(String)
    /// A literal: its lexical form and, unless it is a plain string, its XML Schema datatype (`integer`, `date`).
    case literal(String, xsd: String?)

    static func string(_ text: String) -> RDFTerm { .literal(text, xsd: nil) }
    static func integer(_ number: Int) -> RDFTerm { .literal(String(number), xsd: "integer") }
    static func boolean(_ value: Bool) -> RDFTerm { .literal(value ? "true" : "false", xsd: "boolean") }

    /// The full IRI of a name or IRI.
    var iriText: String? {
        switch self {
        case .name(let namespace, let local): return namespace.iri + local
        case .iri(let iri): return iri
        case .blank, .literal: return nil
        }
    }

    /// The term in N-Triples syntax: `<…>`, `_:label` or a quoted literal with its datatype IRI.
    var nTriples: String {
        switch self {
        case .name(let namespace, let local): return "<" + namespace.iri + local + ">"
        case .iri(let iri): return "<" + iri + ">"
        case .blank(let label): return "_:" + label
        case .literal(let text, let xsd):
            return RDFText.quoted(text) + (xsd.map { "^^<" + Vocabulary.xsd.iri + $0 + ">" } ?? "")
        }
    }

    /// The term in Turtle syntax: a prefixed name where the local part allows one, numbers and
    /// booleans bare, text with line breaks in a long string.
    var turtle: String {
        switch self {
        case .name(let namespace, let local): return Self.isPrefixable(local) ? namespace.prefix + ":" + local : "<" + namespace.iri + local + ">"
        case .iri(let iri): return "<" + iri + ">"
        case .blank(let label): return "_:" + label
        case .literal(let text, let xsd):
            switch xsd {
            case nil: return RDFText.quoted(text, long: text.contains("\n"))
            case "integer", "boolean": return text
            case let xsd?: return RDFText.quoted(text) + "^^xsd:" + xsd
            }
        }
    }

    /// Whether `local` is a Turtle local name as kx writes them: ASCII letters, digits, `_`, `-`, `%XX`
    /// and `.` inside, not starting with `-` or `.` (others are written as full IRIs).
    static func isPrefixable(_ local: String) -> Bool {
        let bytes = Array(local.utf8)
        guard let first = bytes.first, first != UInt8(ascii: "-"), first != UInt8(ascii: "."), bytes.last != UInt8(ascii: ".") else { return local.isEmpty }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."):
                index += 1
            case UInt8(ascii: "%"):
                guard index + 2 < bytes.count, isHex(bytes[index + 1]), isHex(bytes[index + 2]) else { return false }
                index += 3
            default:
                return false
            }
        }
        return true
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }
}

/// The object of a pair: a term, or an OWL class or datatype made of several (`owl:unionOf` a list), a
/// blank node of its own that N-Triples spells out and Turtle writes as `[ … ( … ) ]`.
enum RDFObject: Hashable {
    case term(RDFTerm)
    case union(label: String, type: RDFTerm, members: [RDFTerm])

    /// The triples it adds beyond the pair itself: its type, `owl:unionOf`, and two a list member.
    var extraTriples: Int {
        if case .union(_, _, let members) = self { return 2 + 2 * members.count }
        return 0
    }
}
