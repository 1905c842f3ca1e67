/// A source document held verbatim, split into citable segments, and searchable for quotes.
public struct SourceDocument: Sendable {
    /// The document's id, such as `pusztai-2006`.
    public let id: String
    /// How to cite it, as the pack states.
    public let citation: String
    /// The full text, verbatim.
    public let text: String
    /// Segments in document order.
    public let segments: [Segment]

    private let characters: [Character]
    /// The text with every run of white space folded to one space, and where each folded character came from.
    private let folded: [Character]
    private let foldedOrigin: [Int]

    public init(id: String, citation: String, text: String) {
        self.id = id
        self.citation = citation
        self.text = text
        let characters = Array(text)
        self.characters = characters
        (folded, foldedOrigin) = SourceDocument.fold(characters)
        segments = SourceDocument.segment(characters)
    }

    /// Finds `quote` in the text with white space folded and case kept.
    /// Returns character offsets into `text` (end exclusive). Cost: O(n·m) for n text, m quote characters.
    /// With `ignoringCase`, letters match regardless of case (used to explain a failed match).
    public func locate(_ quote: String, ignoringCase: Bool = false) -> Range<Int>? {
        let needle = SourceDocument.fold(Array(quote)).characters
        var trimmed = Array(needle.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        guard !trimmed.isEmpty, trimmed.count <= folded.count else { return nil }
        let haystack = ignoringCase ? folded.map(SourceDocument.lowercased) : folded
        if ignoringCase { trimmed = trimmed.map(SourceDocument.lowercased) }
        var start = 0
        while start + trimmed.count <= haystack.count {
            if haystack[start] == trimmed[0], haystack[start..<(start + trimmed.count)].elementsEqual(trimmed) {
                let end = foldedOrigin[start + trimmed.count - 1] + 1
                return foldedOrigin[start]..<end
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

    /// A character in lower case when that is still one character, else as it is, so offsets stay aligned.
    private static func lowercased(_ character: Character) -> Character {
        let lower = character.lowercased()
        return lower.count == 1 ? Character(lower) : character
    }

    private static func fold(_ characters: [Character]) -> (characters: [Character], origin: [Int]) {
        var folded: [Character] = []
        var origin: [Int] = []
        var inSpace = false
        for (offset, character) in characters.enumerated() {
            if character.isWhitespace {
                if !inSpace {
                    folded.append(" ")
                    origin.append(offset)
                }
                inSpace = true
            } else {
                folded.append(character)
                origin.append(offset)
                inSpace = false
            }
        }
        return (folded, origin)
    }
}
