/// A stretch of a source document near a searched text: where it is and how many edits apart.
public struct Passage: Hashable, Sendable {
    /// UTF-8 byte offsets into the document's text, end exclusive.
    public var range: Range<Int>
    /// The edit distance between the searched text and the passage, white space folded.
    public var distance: Int

    public init(range: Range<Int>, distance: Int) {
        self.range = range
        self.distance = distance
    }
}
