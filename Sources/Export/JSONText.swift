/// JSON text (RFC 8259) for the KGX files: strings with `"`, `\` and control characters escaped
/// (and, as in kx's other JSON, DEL, C1 controls and bidirectional formatting characters as `\uXXXX`).
enum JSONText {
    static func string(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 >= 0x7F }) else { return "\"" + text + "\"" }
        var result = "\""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            default:
                if RDFText.needsEscape(scalar) { result += "\\u" + RDFText.hex4(scalar.value) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }

    /// `["a","b"]`.
    static func array(_ texts: [String]) -> String {
        "[" + texts.map(string).joined(separator: ",") + "]"
    }
}
