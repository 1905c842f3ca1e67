/// How text is written inside an RDF string literal (N-Triples, Turtle, TriG): quotes, backslashes and
/// line breaks by their ECHAR escapes, and every other control character, the line and paragraph
/// separators, U+FEFF and the bidirectional formatting characters as `\uXXXX` (UCHAR), so an export
/// holds no raw control character and parses back to the exact text.
enum RDFText {
    /// `text` between double quotes; with `long`, between triple quotes, keeping line feeds and the
    /// quotes that cannot end the string (Turtle only).
    static func quoted(_ text: String, long: Bool = false) -> String {
        let delimiter = long ? "\"\"\"" : "\""
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 >= 0x7F }) else { return delimiter + text + delimiter }
        var result = delimiter
        result.reserveCapacity(text.utf8.count + 8)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\"" where long && index + 1 < scalars.count && scalars[index + 1] != "\"": result += "\""
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += long ? "\n" : "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            default:
                if needsEscape(scalar) { result += "\\u" + hex4(scalar.value) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + delimiter
    }

    /// Characters written as `\uXXXX` in every format kx exports (JSON too).
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }

    /// Four upper-case hexadecimal digits.
    static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
