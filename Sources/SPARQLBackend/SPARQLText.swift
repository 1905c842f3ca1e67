import Foundation

/// Writing values into SPARQL text safely: string literals with every special character escaped,
/// IRIs with anything outside the IRI grammar percent-encoded, names as prefixed names when they can be.
enum SPARQLText {
    /// `"text"` as a SPARQL string literal.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += String(format: "\\u%04X", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// A number as a SPARQL numeric literal (`2`, `2.5`, `1.0E-5`).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.17g", value).contains("e") ? String(format: "%.17E", value) : String(value)
    }

    /// The text between `<` and `>` of an IRI, with characters the IRI grammar forbids percent-encoded.
    static func iriContent(_ iri: String) -> String {
        var out = ""
        for scalar in iri.unicodeScalars {
            if scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) {
                for byte in String(scalar).utf8 { out += String(format: "%%%02X", byte) }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func iri(_ iri: String) -> String { "<\(iriContent(iri))>" }

    /// `kxe:registher` when `local` (already encoded for an IRI) is a plain slug, else the full IRI.
    static func name(_ prefix: String, _ base: String, _ local: String) -> String {
        let plain = !local.isEmpty && local.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
        return plain ? "\(prefix):\(local)" : iri(base + local)
    }
}
