import Foundation

/// Finding a text in a document, and the passages nearest to a text that is not there.
extension SourceDocument {
    /// Where `quote` first occurs, with the folding rules of quotes (white space folded, case kept,
    /// word boundaries), as byte offsets; nil when it does not.
    public func locate(_ quote: String) -> Range<Int>? {
        QuoteIndex(text).locate(quote)
    }

    /// At most `limit` passages most like `quote`, closest first, none overlapping another.
    ///
    /// Windows of as many words as the quote are compared with it by edit distance. A window starts
    /// at a word boundary and is tried only when some of its words are words of the quote at the
    /// same place (the windows with most such votes first), and at most `budget` character
    /// comparisons are made, so a large document costs O(n) plus a bounded amount. Passages more
    /// than half the quote's length apart are not given.
    public func closestPassages(to quote: String, limit: Int = 3, budget: Int = 2_000_000) -> [Passage] {
        let wanted = Array(quote.split(whereSeparator: \.isWhitespace).joined(separator: " ").prefix(400))
        let quoteWords = quote.split(whereSeparator: \.isWhitespace).map { Self.wordKey($0) }
        guard !wanted.isEmpty, !quoteWords.isEmpty else { return [] }
        let words = Self.wordRanges(text)
        guard !words.isEmpty else { return [] }
        // Each text word equal to quote word j votes for the window that starts j words earlier.
        var places: [Substring: [Int]] = [:]
        for (index, word) in quoteWords.enumerated() where places[word, default: []].count < 8 { places[word, default: []].append(index) }
        var votes: [Int: Int] = [:]
        let utf8 = Array(text.utf8)
        for (index, range) in words.enumerated() {
            let key = Self.wordKey(Substring(decoding: utf8[range], as: UTF8.self))
            for offset in places[key] ?? [] where index >= offset { votes[index - offset, default: 0] += 1 }
        }
        let keepsEndMark = wanted.last.map { $0.isPunctuation } ?? false
        let cost = max(1, wanted.count * wanted.count)
        let starts = votes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(max(1, budget / cost)).map(\.key)
        var scored: [Passage] = []
        for start in starts {
            let end = min(words.count, start + quoteWords.count) - 1
            guard end >= start else { continue }
            var upper = words[end].upperBound
            // A sentence's closing mark is left out unless the quote ends with one too.
            while !keepsEndMark, upper > words[end].lowerBound + 1, Self.endMarks.contains(utf8[upper - 1]) { upper -= 1 }
            let range = words[start].lowerBound..<upper
            let window = String(decoding: utf8[range], as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let limitDistance = wanted.count / 2
            let distance = Suggestion.editDistance(String(wanted), window, limit: limitDistance)
            if distance <= limitDistance { scored.append(Passage(range: range, distance: distance)) }
        }
        var chosen: [Passage] = []
        for passage in scored.sorted(by: { ($0.distance, $0.range.lowerBound) < ($1.distance, $1.range.lowerBound) }) where chosen.count < limit {
            if !chosen.contains(where: { $0.range.overlaps(passage.range) }) { chosen.append(passage) }
        }
        return chosen
    }

    /// How passages are cited: the segments they overlap, such as `sentence 3` or `Title`.
    public func citation(of range: Range<Int>) -> String {
        let cited = segments(overlapping: range).map(\.citation)
        return cited.isEmpty ? "bytes \(range.lowerBound)–\(range.upperBound)" : cited.joined(separator: ", ")
    }

    /// Punctuation that ends a sentence or clause: `.`, `,`, `;`, `:`, `!`, `?`.
    private static let endMarks: Set<UInt8> = [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F]

    /// The byte ranges of the white-space separated words of `text`.
    private static func wordRanges(_ text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int?
        for (offset, byte) in text.utf8.enumerated() {
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if space, let begin = start { ranges.append(begin..<offset); start = nil } else if !space, start == nil { start = offset }
        }
        if let begin = start { ranges.append(begin..<text.utf8.count) }
        return ranges
    }

    /// A word as compared for votes: lower case, without punctuation around it.
    private static func wordKey(_ word: Substring) -> Substring {
        Substring(word.lowercased().trimmingCharacters(in: .punctuationCharacters))
    }
}
