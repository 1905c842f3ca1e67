/// A source document held verbatim and split into citable segments.
///
/// Offsets into the document (segments, provenance, excerpts) are UTF-8 byte offsets into `text`.
/// Quotes are found with a `QuoteIndex`, built while the document's pack loads.
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

    /// A document whose text is cut into segments here.
    public init(id: String, citation: String, date: PartialDate? = nil, text: String) {
        self.init(id: id, citation: citation, date: date, text: text, segments: SourceDocument.segment(text))
    }

    /// A document whose segments were found before (read from a compiled file, for example).
    public init(id: String, citation: String, date: PartialDate? = nil, text: String, segments: [Segment]) {
        self.id = id
        self.citation = citation
        self.date = date
        self.text = text
        self.segments = segments
    }

    /// The segments a byte range overlaps, in order, found by binary search.
    public func segments(overlapping range: Range<Int>) -> [Segment] {
        // Segments are in order and do not overlap, so their ends increase too.
        var low = 0, high = segments.count
        while low < high {
            let middle = (low + high) / 2
            if segments[middle].end <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var overlapping: [Segment] = []
        while low < segments.count, segments[low].start < range.upperBound {
            overlapping.append(segments[low])
            low += 1
        }
        return overlapping
    }

    /// The verbatim text of a range of UTF-8 bytes, clamped to the text.
    public func excerpt(_ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let lower = min(max(0, range.lowerBound), utf8.count), upper = min(max(lower, range.upperBound), utf8.count)
        return String(decoding: utf8[utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: upper)], as: UTF8.self)
    }
}
