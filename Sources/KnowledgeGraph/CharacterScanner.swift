/// Steps through a string's UTF-8 bytes one `Character` (grapheme cluster) at a time.
///
/// An ASCII byte followed by another ASCII byte is a character on its own and is read directly;
/// anything else (a non-ASCII scalar, or an ASCII byte a combining mark may join) goes through the
/// string's own grapheme breaking, so characters are exactly those of `String`, at byte offsets.
struct CharacterScanner {
    /// One character: where it ends, and what it is.
    struct Step {
        /// The byte offset just after the character.
        let end: Int
        /// The byte when the character is one ASCII byte (CR LF counts as `\n`), else nil.
        let ascii: UInt8?
        /// The character when it is not one ASCII byte.
        let character: Character?

        var isWhitespace: Bool {
            guard let ascii else { return character?.isWhitespace ?? false }
            return CharacterScanner.isASCIIWhitespace(ascii)
        }

        var isNewline: Bool {
            guard let ascii else { return character?.isNewline ?? false }
            return (0x0A...0x0D).contains(ascii)
        }

        var isUppercase: Bool {
            guard let ascii else { return character?.isUppercase ?? false }
            return (0x41...0x5A).contains(ascii)
        }

        var isNumber: Bool {
            guard let ascii else { return character?.isNumber ?? false }
            return (0x30...0x39).contains(ascii)
        }

        /// Whether the character is one of `set`'s characters.
        func isOne(of set: String) -> Bool {
            guard let ascii else { return character.map(set.contains) ?? false }
            return set.utf8.contains(ascii)
        }
    }

    /// Space, tab, line feed, vertical tab, form feed or carriage return: the ASCII white space.
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    let text: String
    let bytes: UnsafeBufferPointer<UInt8>

    /// The character starting at byte `offset`, which must be a character boundary before the end.
    func step(at offset: Int) -> Step {
        let byte = bytes[offset]
        let next = offset + 1 < bytes.count ? bytes[offset + 1] : 0
        if byte < 0x80, next < 0x80 {
            if byte == 0x0D, next == 0x0A { return Step(end: offset + 2, ascii: 0x0A, character: nil) }
            return Step(end: offset + 1, ascii: byte, character: nil)
        }
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        let character = text[index]
        let end = offset + character.utf8.count
        if character.utf8.count == 1, byte < 0x80 { return Step(end: end, ascii: byte, character: nil) }
        return Step(end: end, ascii: nil, character: character)
    }

    /// Calls `body` with a scanner over `text`'s contiguous UTF-8.
    static func scan<Result>(_ text: String, _ body: (CharacterScanner) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable({ body(CharacterScanner(text: text, bytes: $0)) }) { return result }
        return Array(text.utf8).withUnsafeBufferPointer { body(CharacterScanner(text: text, bytes: $0)) }
    }
}
