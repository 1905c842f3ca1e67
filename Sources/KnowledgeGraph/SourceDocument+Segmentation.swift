extension SourceDocument {
    /// Words ending in a full stop that do not end a sentence.
    private static let abbreviations: Set<String> = ["al.", "e.g.", "i.e.", "vs.", "etc.", "dr.", "fig.", "no.", "approx.", "ca."]

    /// Splits text into header fields (a block of `Key: value` lines), headings (a short line
    /// without final punctuation) and sentences (ending in `.`, `?` or `!` before white space and
    /// a capital letter, a digit or the end of the block). Sentences are numbered from 1.
    /// Offsets are UTF-8 byte offsets; one pass finds blocks and their lines, a second reads sentences.
    static func segment(_ text: String) -> [Segment] {
        CharacterScanner.scan(text) { scanner in
            var segments: [Segment] = []
            var sentenceNumber = 0
            for (block, lines) in blocks(scanner) {
                if let keys = fieldKeys(lines, scanner) {
                    for (line, key) in zip(lines, keys) {
                        segments.append(Segment(role: .field, label: key, start: line.lowerBound, end: line.upperBound))
                    }
                } else if lines.count == 1, let heading = heading(block, scanner) {
                    segments.append(Segment(role: .heading, label: heading, start: block.lowerBound, end: block.upperBound))
                } else {
                    for range in sentences(in: block, scanner) {
                        sentenceNumber += 1
                        segments.append(Segment(role: .sentence, label: String(sentenceNumber), start: range.lowerBound, end: range.upperBound))
                    }
                }
            }
            return segments
        }
    }

    /// Runs of non-blank lines, trimmed of surrounding white space, each with its non-empty lines, trimmed.
    private static func blocks(_ scanner: CharacterScanner) -> [(block: Range<Int>, lines: [Range<Int>])] {
        var blocks: [(Range<Int>, [Range<Int>])] = []
        var lines: [Range<Int>] = []
        var blockStart: Int?, lineStart: Int?
        var lastEnd = 0
        var newlines = 0
        var offset = 0
        while offset < scanner.bytes.count {
            let step = scanner.step(at: offset)
            if step.isNewline {
                if let start = lineStart { lines.append(start..<lastEnd) }
                lineStart = nil
                newlines += 1
                if newlines >= 2, let start = blockStart {
                    blocks.append((start..<lastEnd, lines))
                    blockStart = nil
                    lines = []
                }
            } else if !step.isWhitespace {
                if blockStart == nil { blockStart = offset }
                if lineStart == nil { lineStart = offset }
                lastEnd = step.end
                newlines = 0
            }
            offset = step.end
        }
        if let start = lineStart { lines.append(start..<lastEnd) }
        if let start = blockStart { blocks.append((start..<lastEnd, lines)) }
        return blocks
    }

    /// The key of every line, or nil when one of them is not a field.
    private static func fieldKeys(_ lines: [Range<Int>], _ scanner: CharacterScanner) -> [String]? {
        var keys: [String] = []
        for line in lines {
            guard let key = fieldKey(line, scanner) else { return nil }
            keys.append(key)
        }
        return keys
    }

    /// `Title` for a line `Title: …`: a key of letters and spaces, at most four words.
    private static func fieldKey(_ line: Range<Int>, _ scanner: CharacterScanner) -> String? {
        var colon: Int?
        var offset = line.lowerBound
        while offset < line.upperBound {
            let step = scanner.step(at: offset)
            if step.ascii == UInt8(ascii: ":") { colon = offset; break }
            offset = step.end
        }
        guard let colon, colon > line.lowerBound, colon + 1 < line.upperBound,
              scanner.step(at: colon + 1).ascii == UInt8(ascii: " ") else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: scanner.bytes[line.lowerBound..<colon]), as: UTF8.self)
        guard key.first?.isUppercase == true,
              key.allSatisfy({ $0.isLetter || $0 == " " }),
              key.split(separator: " ").count <= 4 else { return nil }
        return key
    }

    /// The text of a one-line block when it is a heading: no final punctuation, at most six words.
    private static func heading(_ line: Range<Int>, _ scanner: CharacterScanner) -> String? {
        let text = String(decoding: UnsafeBufferPointer(rebasing: scanner.bytes[line]), as: UTF8.self)
        guard let last = text.last, !".?!:;,".contains(last), text.split(separator: " ").count <= 6 else { return nil }
        return text
    }

    private static func sentences(in block: Range<Int>, _ scanner: CharacterScanner) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = block.lowerBound
        var offset = block.lowerBound
        while offset < block.upperBound {
            let step = scanner.step(at: offset)
            if step.isOne(of: ".?!") {
                var end = step.end
                while end < block.upperBound, case let closer = scanner.step(at: end), closer.isOne(of: "\")]'”’") { end = closer.end }
                var next = end
                while next < block.upperBound, case let space = scanner.step(at: next), space.isWhitespace { next = space.end }
                let atEnd = next >= block.upperBound
                let followedByStart = next > end && next < block.upperBound && {
                    let following = scanner.step(at: next)
                    return following.isUppercase || following.isNumber || following.isOne(of: "\"“(")
                }()
                if (atEnd || followedByStart) && !endsWithAbbreviation(start..<end, scanner) {
                    sentences.append(start..<end)
                    start = next
                    offset = next
                    continue
                }
            }
            offset = step.end
        }
        // A block ends on a character that is not white space, and `start` is never on white space.
        if start < block.upperBound { sentences.append(start..<block.upperBound) }
        return sentences
    }

    /// Whether the last word of `range` is an abbreviation or an initial. Only the text from the last
    /// ASCII white space on is decoded, so a long sentence costs nothing here.
    private static func endsWithAbbreviation(_ range: Range<Int>, _ scanner: CharacterScanner) -> Bool {
        var from = range.upperBound
        while from > range.lowerBound, !CharacterScanner.isASCIIWhitespace(scanner.bytes[from - 1]) { from -= 1 }
        if from > range.lowerBound { from -= 1 }
        let tail = String(decoding: UnsafeBufferPointer(rebasing: scanner.bytes[from..<range.upperBound]), as: UTF8.self)
        // Opening brackets and quotes are not part of the word: "(e.g." is the abbreviation "e.g.".
        let lastWord = String((tail.split(whereSeparator: { $0.isWhitespace }).last ?? "").drop { "([\"“‘'".contains($0) })
        if abbreviations.contains(lastWord.lowercased()) { return true }
        return lastWord.count == 2 && lastWord.first?.isUppercase == true && lastWord.last == "."
    }
}
