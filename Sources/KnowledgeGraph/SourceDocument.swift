import Foundation

/// A source document held verbatim, split into citable segments, and searchable for quotes.
public struct SourceDocument: Sendable {
    /// The document's id, such as `pusztai-2006`.
    public let id: String
    /// How to cite it, as the pack states.
    public let citation: String
    /// The date the document speaks for (its publication date), the default "as of" of its statements.
    public let date: PartialDate?
    /// The full text, verbatim.
    public let text: String
    /// Segments in document order.
    public let segments: [Segment]

    private let characters: [Character]
    /// The text's Unicode scalars with every run of white space folded to one space, for quote search.
    private let folded: [Unicode.Scalar]
    /// For each folded scalar: the offset of the character it belongs to, and whether it starts that character.
    private let foldedOrigin: [Int]
    private let foldedStartsCharacter: [Bool]

    public init(id: String, citation: String, date: PartialDate? = nil, text: String) {
        self.id = id
        self.citation = citation
        self.date = date
        self.text = text
        let characters = Array(text)
        self.characters = characters
        (folded, foldedOrigin, foldedStartsCharacter) = SourceDocument.fold(characters)
        segments = SourceDocument.segment(characters)
    }

    /// Finds `quote` in the text with white space folded and case kept.
    /// Returns character offsets into `text` (end exclusive). The search compares Unicode scalars, which is
    /// much cheaper than comparing `Character`s and runs for every quote at start-up; a match must begin
    /// and end on character boundaries. Cost: O(n·m) for n text, m quote scalars.
    /// With `ignoringCase`, letters match regardless of case (used to explain a failed match).
    public func locate(_ quote: String, ignoringCase: Bool = false) -> Range<Int>? {
        var needle = SourceDocument.fold(Array(quote)).scalars
        while needle.first == " " { needle.removeFirst() }
        while needle.last == " " { needle.removeLast() }
        guard let first = needle.first, needle.count <= folded.count else { return nil }
        let haystack = ignoringCase ? folded.map(SourceDocument.lowercased) : folded
        if ignoringCase { needle = needle.map(SourceDocument.lowercased) }
        let head = ignoringCase ? SourceDocument.lowercased(first) : first
        var start = 0
        while start + needle.count <= haystack.count {
            let end = start + needle.count
            if haystack[start] == head, foldedStartsCharacter[start], end == haystack.count || foldedStartsCharacter[end],
               haystack[start..<end].elementsEqual(needle) {
                return foldedOrigin[start]..<(foldedOrigin[end - 1] + 1)
            }
            start += 1
        }
        return nil
    }

    /// The segments a character range overlaps, in order.
    public func segments(overlapping range: Range<Int>) -> [Segment] {
        segments.filter { $0.start < range.upperBound && range.lowerBound < $0.end }
    }

    /// The verbatim text of a range of characters.
    public func excerpt(_ range: Range<Int>) -> String {
        String(characters[max(0, range.lowerBound)..<min(characters.count, range.upperBound)])
    }

    /// A scalar in lower case when that is still one scalar, else as it is, so offsets stay aligned.
    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first ?? scalar : scalar
    }

    private static func fold(_ characters: [Character]) -> (scalars: [Unicode.Scalar], origin: [Int], startsCharacter: [Bool]) {
        var folded: [Unicode.Scalar] = []
        var origin: [Int] = []
        var starts: [Bool] = []
        folded.reserveCapacity(characters.count)
        var inSpace = false
        for (offset, character) in characters.enumerated() {
            if character.isWhitespace {
                if !inSpace {
                    folded.append(" ")
                    origin.append(offset)
                    starts.append(true)
                }
                inSpace = true
            } else {
                // Non-ASCII characters are compared in canonical composed form (NFC), so "é" written as
                // one scalar or as "e" plus an accent matches either way, as `Character` equality would.
                let scalars = character.isASCII ? character.unicodeScalars : String(character).precomposedStringWithCanonicalMapping.unicodeScalars
                for (index, scalar) in scalars.enumerated() {
                    folded.append(scalar)
                    origin.append(offset)
                    starts.append(index == 0)
                }
                inSpace = false
            }
        }
        return (folded, origin, starts)
    }
}
