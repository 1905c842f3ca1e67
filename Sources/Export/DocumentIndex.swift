import KnowledgeGraph
import KnowledgeStore

/// One source document as quotes are exported from it: its text read in place, its segments, and a
/// table to turn UTF-8 byte offsets into code-point offsets without counting from the start each time.
struct DocumentIndex {
    /// Bytes between two entries of `codePoints`.
    static let stride = 64
    /// How many code points of text a quote's prefix and suffix hold at most.
    static let context = 32

    let text: UnsafeBufferPointer<UInt8>
    let segments: [Segment]
    /// The code points before byte `stride * i`, for every `i`.
    private let codePoints: [Int]

    init(text: UnsafeBufferPointer<UInt8>, segments: [Segment]) {
        self.text = text
        self.segments = segments
        var codePoints: [Int] = []
        codePoints.reserveCapacity(text.count / Self.stride + 1)
        var count = 0
        for (offset, byte) in text.enumerated() {
            if offset % Self.stride == 0 { codePoints.append(count) }
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        if text.count % Self.stride == 0 { codePoints.append(count) }
        self.codePoints = codePoints
    }

    /// The code points before byte `offset` (clamped to the text).
    func codePoint(at offset: Int) -> Int {
        let offset = min(max(0, offset), text.count)
        let block = offset / Self.stride
        var count = codePoints[min(block, codePoints.count - 1)]
        for index in (block * Self.stride)..<offset where text[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The verbatim text of bytes `range`, clamped to the text.
    func excerpt(_ range: Range<Int>) -> String {
        let lower = min(max(0, range.lowerBound), text.count), upper = min(max(lower, range.upperBound), text.count)
        return String(decoding: UnsafeBufferPointer(rebasing: text[lower..<upper]), as: UTF8.self)
    }

    /// Up to `context` code points of text before byte `offset`.
    func prefix(before offset: Int) -> String {
        var start = min(max(0, offset), text.count), seen = 0
        while start > 0, seen < Self.context {
            start -= 1
            if text[start] & 0xC0 != 0x80 { seen += 1 }
        }
        return excerpt(start..<offset)
    }

    /// Up to `context` code points of text from byte `offset` on.
    func suffix(after offset: Int) -> String {
        var end = min(max(0, offset), text.count), seen = 0
        while end < text.count {
            if text[end] & 0xC0 != 0x80 {
                if seen == Self.context { break }
                seen += 1
            }
            end += 1
        }
        return excerpt(offset..<end)
    }

    /// The numbers (from 1) of the segments bytes `range` overlaps, found by binary search.
    func segmentNumbers(overlapping range: Range<Int>) -> [Int] {
        var low = 0, high = segments.count
        while low < high {
            let middle = (low + high) / 2
            if segments[middle].end <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var numbers: [Int] = []
        while low < segments.count, segments[low].start < range.upperBound {
            numbers.append(low + 1)
            low += 1
        }
        return numbers
    }
}

/// The documents' indexes, each made the first time a quote of it is exported.
final class DocumentIndexes {
    private let graph: Graph
    private var indexes: [String: DocumentIndex] = [:]

    init(_ graph: Graph) {
        self.graph = graph
    }

    subscript(id: String) -> DocumentIndex? {
        if let index = indexes[id] { return index }
        guard let text = graph.text(ofDocument: id) else { return nil }
        let index = DocumentIndex(text: text, segments: graph.segments(ofDocument: id))
        indexes[id] = index
        return index
    }
}
