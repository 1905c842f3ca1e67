import Foundation

/// Small helpers the readers share.
extension String {
    var trimmingSuffixSpaces: String { String(reversed().drop { $0 == " " }.reversed()) }
    var nonEmpty: String? { isEmpty ? nil : self }
    /// Whether the text names something: it holds a letter or a digit (a keyword `; ;` does not).
    var namesSomething: Bool { contains { $0.isLetter || $0.isNumber } }
}

extension String {
    /// A lower-case ASCII slug: letters folded to ASCII (`Ødegaard` is `odegaard`), other runs become one `-`.
    var slug: String {
        let special: [Character: String] = ["ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss", "ł": "l", "Ł": "l",
                                            "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i"]
        let ascii = map { special[$0] ?? String($0) }.joined().folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        for scalar in ascii.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        return slug.hasSuffix("-") ? String(slug.dropLast()) : slug
    }

    /// The text as a double-quoted YAML scalar.
    var yamlQuoted: String {
        "\"" + replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
