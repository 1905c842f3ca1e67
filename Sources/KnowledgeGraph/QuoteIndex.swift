import Foundation

/// Finds quotes in a source text with white space folded and case kept, in O(m log n) per quote of
/// m bytes in a text of n bytes, however many quotes are looked up.
///
/// Built once per document while its pack loads, and dropped afterwards. It holds the text's UTF-8
/// with every run of white space folded to one space and non-ASCII characters in canonical composed
/// form (NFC), where each of those bytes comes from in the text, and a suffix array of it.
/// Offsets are UTF-8 byte offsets into the text; texts must be under 2 GiB (files are capped far below).
struct QuoteIndex {
    /// The folded text.
    private let folded: [UInt8]
    /// For each folded byte, the byte offset in the text of the character it comes from.
    private let origin: [Int32]
    /// The text's length in bytes.
    private let length: Int
    /// Whether letters were folded to lower case (used to explain a failed match).
    private let ignoringCase: Bool
    /// The start of every suffix of `folded`, in byte order.
    private let suffixes: [Int32]

    init(_ text: String, ignoringCase: Bool = false) {
        (folded, origin) = Self.fold(text, ignoringCase: ignoringCase)
        length = text.utf8.count
        self.ignoringCase = ignoringCase
        suffixes = Self.suffixArray(folded)
    }

    /// The first place `quote` occurs, as byte offsets into the text (end exclusive).
    ///
    /// White space around and inside the quote is folded as in the text. A match begins and ends on
    /// character boundaries, and on word boundaries: when the quote starts (ends) with a letter or
    /// digit, the character before (after) the match is not one.
    func locate(_ quote: String) -> Range<Int>? {
        let (bytes, quoteOrigin) = Self.fold(quote, ignoringCase: ignoringCase)
        var lower = 0, upper = bytes.count
        while lower < upper, bytes[lower] == 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
        guard lower < upper, upper - lower <= folded.count else { return nil }
        let needle = Array(bytes[lower..<upper])
        let wordStart = Self.isWordCharacter(Self.character(in: bytes, quoteOrigin, startingAt: lower))
        let wordEnd = Self.isWordCharacter(Self.character(in: bytes, quoteOrigin, endingAt: upper))
        var best: Int?
        for index in occurrences(of: needle) {
            let start = Int(suffixes[index])
            if let current = best, current <= start { continue }
            if accepts(start, start + needle.count, wordStart: wordStart, wordEnd: wordEnd) { best = start }
        }
        guard let start = best else { return nil }
        let end = start + needle.count
        return Int(origin[start])..<(end == folded.count ? length : Int(origin[end]))
    }

    /// The positions in `suffixes` of the suffixes that start with `needle`: two binary searches,
    /// the second only over what the first left, comparing with `memcmp`.
    private func occurrences(of needle: [UInt8]) -> Range<Int> {
        folded.withUnsafeBytes { text in
            needle.withUnsafeBytes { key in
                suffixes.withUnsafeBufferPointer { order in
                    guard let textBase = text.baseAddress, let keyBase = key.baseAddress else { return 0..<0 }
                    /// The order of the suffix at `index`, cut to the needle's length, relative to the needle.
                    func compare(_ index: Int) -> Int32 {
                        let start = Int(order[index]), count = min(key.count, text.count - start)
                        let result = memcmp(textBase + start, keyBase, count)
                        return result != 0 || count == key.count ? result : -1
                    }
                    var first = 0, high = order.count
                    while first < high {
                        let middle = (first + high) / 2
                        if compare(middle) < 0 { first = middle + 1 } else { high = middle }
                    }
                    var end = first
                    high = order.count
                    while end < high {
                        let middle = (end + high) / 2
                        if compare(middle) <= 0 { end = middle + 1 } else { high = middle }
                    }
                    return first..<end
                }
            }
        }
    }

    /// Whether a match of `start..<end` begins and ends on character and word boundaries.
    private func accepts(_ start: Int, _ end: Int, wordStart: Bool, wordEnd: Bool) -> Bool {
        guard start == 0 || origin[start] != origin[start - 1], end == folded.count || origin[end] != origin[end - 1] else { return false }
        if wordStart, start > 0, Self.isWordCharacter(Self.character(in: folded, origin, endingAt: start)) { return false }
        if wordEnd, end < folded.count, Self.isWordCharacter(Self.character(in: folded, origin, startingAt: end)) { return false }
        return true
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        character.map { $0.isLetter || $0.isNumber } ?? false
    }

    /// The folded character whose bytes start at `start`.
    private static func character(in bytes: [UInt8], _ origin: [Int32], startingAt start: Int) -> Character? {
        var end = start + 1
        while end < bytes.count, origin[end] == origin[start] { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self).first
    }

    /// The folded character whose bytes end at `end`.
    private static func character(in bytes: [UInt8], _ origin: [Int32], endingAt end: Int) -> Character? {
        var start = end - 1
        while start > 0, origin[start - 1] == origin[end - 1] { start -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self).first
    }

    /// The UTF-8 of `text` with white space folded (and letters lowered when `ignoringCase`), and
    /// for each byte the offset of the character it comes from.
    private static func fold(_ text: String, ignoringCase: Bool) -> (bytes: [UInt8], origin: [Int32]) {
        CharacterScanner.scan(text) { scanner in
            var bytes: [UInt8] = [], origin: [Int32] = []
            bytes.reserveCapacity(scanner.bytes.count)
            origin.reserveCapacity(scanner.bytes.count)
            var inSpace = false
            var offset = 0
            while offset < scanner.bytes.count {
                let step = scanner.step(at: offset)
                let from = Int32(truncatingIfNeeded: offset)
                if step.isWhitespace {
                    if !inSpace { bytes.append(0x20); origin.append(from) }
                    inSpace = true
                } else if let ascii = step.ascii {
                    bytes.append(ignoringCase && (0x41...0x5A).contains(ascii) ? ascii | 0x20 : ascii)
                    origin.append(from)
                    inSpace = false
                } else if let character = step.character {
                    // Compared in canonical composed form, so "é" written as one scalar or as "e" plus an
                    // accent matches either way, as `Character` equality would.
                    for scalar in String(character).precomposedStringWithCanonicalMapping.unicodeScalars {
                        UTF8.encode(ignoringCase ? lowercased(scalar) : scalar) { bytes.append($0); origin.append(from) }
                    }
                    inSpace = false
                }
                offset = step.end
            }
            return (bytes, origin)
        }
    }

    /// A scalar in lower case when that is still one scalar, else as it is.
    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first ?? scalar : scalar
    }
}
