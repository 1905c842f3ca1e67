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
        let quoteBytes = Array(quote.utf8)
        let quoteWords = Self.wordRanges(quoteBytes).map { Self.wordKey(quoteBytes[$0]) }
        guard !wanted.isEmpty, !quoteWords.isEmpty else { return [] }
        let utf8 = Array(text.utf8)
        let words = Self.wordRanges(utf8)
        guard !words.isEmpty else { return [] }
        // Each text word equal to quote word j votes for the window that starts j words earlier.
        var places: [[UInt8]: [Int]] = [:]
        for (index, word) in quoteWords.enumerated() where places[word, default: []].count < 8 { places[word, default: []].append(index) }
        var votes = [Int](repeating: 0, count: words.count)
        for (index, range) in words.enumerated() {
            guard let offsets = places[Self.wordKey(utf8[range])] else { continue }
            for offset in offsets where index >= offset { votes[index - offset] += 1 }
        }
        // The starts with most votes first (in text order among equals), as many as the budget allows.
        let keepsEndMark = wanted.last.map { $0.isPunctuation } ?? false
        let capacity = max(1, budget / max(1, wanted.count * wanted.count))
        var byVotes = [[Int]](repeating: [], count: quoteWords.count + 1)
        for (start, count) in votes.enumerated() where count > 0 && byVotes[min(count, quoteWords.count)].count < capacity {
            byVotes[min(count, quoteWords.count)].append(start)
        }
        let starts = byVotes.reversed().joined().prefix(capacity)
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

    /// The byte ranges of the white-space separated words of a text's UTF-8.
    private static func wordRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int?
        for (offset, byte) in bytes.enumerated() {
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if space, let begin = start { ranges.append(begin..<offset); start = nil } else if !space, start == nil { start = offset }
        }
        if let begin = start { ranges.append(begin..<bytes.count) }
        return ranges
    }

    /// A word as compared for votes: ASCII letters in lower case, without ASCII punctuation around it.
    private static func wordKey(_ word: ArraySlice<UInt8>) -> [UInt8] {
        var lower = word.startIndex, upper = word.endIndex
        while lower < upper, isPunctuation(word[lower]) { lower += 1 }
        while upper > lower, isPunctuation(word[upper - 1]) { upper -= 1 }
        return word[lower..<upper].map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    }

    /// Whether an ASCII byte is neither a letter, a digit, nor part of a multi-byte character.
    private static func isPunctuation(_ byte: UInt8) -> Bool {
        byte < 0x80 && !(0x30...0x39).contains(byte) && !(0x41...0x5A).contains(byte) && !(0x61...0x7A).contains(byte)
    }
}
