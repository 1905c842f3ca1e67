/// What may be written in an IRI (RFC 3987), for the schema's xref templates and for exports.
public enum IRISyntax {
    /// Whether `scalar` may appear as it is in an IRI: printable ASCII but for space and `<>"{}|^`\`
    /// (which RDF's IRIREF excludes), or a character RFC 3987 calls `ucschar` other than the
    /// bidirectional formatting characters it forbids, the line and paragraph separators and U+FEFF.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value > 0x20 && value != 0x7F && !"<>\"{}|^`\\".unicodeScalars.contains(scalar) }
        switch value {
        case 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return false
        case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF: return true
        case 0x10000...0xDFFFD, 0xE1000...0xEFFFD: return value & 0xFFFF <= 0xFFFD
        default: return false
        }
    }

    /// The first character of `text` that may not appear in an IRI, if any.
    public static func firstDisallowed(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { !isAllowed($0) }
    }

    /// Whether `text` begins with a scheme and `:` (`https:`, `urn:`), as an absolute IRI does.
    public static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), let first = text.unicodeScalars.first, first.isASCIILetter else { return false }
        return text[..<colon].unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) }
            && text.index(after: colon) < text.endIndex
    }

    /// An absolute IRI: a scheme, something after it, and only characters an IRI may hold.
    public static func isAbsolute(_ text: String) -> Bool {
        hasScheme(text) && firstDisallowed(in: text) == nil
    }

    /// `text` as one segment of an IRI path: what an IRI may not hold, and `%`, `/`, `?`, `#`, `[`, `]`,
    /// are written `%XX` (UTF-8 bytes), so the segment names exactly `text` and nothing else.
    public static func segment(_ text: String) -> String {
        encoded(text, keeping: "-._~!$&'()*+,;=:@")
    }

    /// `text` put into an IRI path as it is where it can be: as `segment`, but `/` is kept, since an
    /// identifier such as a DOI (`10.1080/07357900500524629`) is a path.
    public static func path(_ text: String) -> String {
        encoded(text, keeping: "-._~!$&'()*+,;=:@/")
    }

    private static func encoded(_ text: String, keeping kept: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let plain = scalar.isASCIILetter || ("0"..."9").contains(scalar) || kept.unicodeScalars.contains(scalar)
            if plain || (scalar.value > 0x7F && isAllowed(scalar)) {
                result.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { result += "%" + hex(byte) }
            }
        }
        return result
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    /// A document id in an IRI: entity ids are slugs, but a document id may hold anything, so what is not
    /// a slug's is percent-encoded, `.` too, and `kxd:ID.s1` names one segment of one document.
    public static func documentSegment(_ id: String) -> String {
        IRISyntax.segment(id).replacingOccurrences(of: ".", with: "%2E")
    }
}

extension Unicode.Scalar {
    /// `A`–`Z` or `a`–`z`.
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
