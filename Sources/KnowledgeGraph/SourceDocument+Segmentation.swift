extension SourceDocument {
    /// Words ending in a full stop that do not end a sentence.
    private static let abbreviations: Set<String> = ["al.", "e.g.", "i.e.", "vs.", "etc.", "dr.", "fig.", "no.", "approx.", "ca."]

    /// Splits text into header fields (a block of `Key: value` lines), headings (a short line
    /// without final punctuation) and sentences (ending in `.`, `?` or `!` before white space and
    /// a capital letter, a digit or the end of the block). Sentences are numbered from 1.
    static func segment(_ characters: [Character]) -> [Segment] {
        var segments: [Segment] = []
        var sentenceNumber = 0
        for block in blocks(characters) {
            let lines = lines(in: block, of: characters)
            if lines.allSatisfy({ fieldKey(characters[$0]) != nil }) {
                for line in lines {
                    segments.append(Segment(role: .field, label: fieldKey(characters[line]) ?? "", start: line.lowerBound, end: line.upperBound))
                }
            } else if lines.count == 1, isHeading(characters[block]) {
                segments.append(Segment(role: .heading, label: String(characters[block]), start: block.lowerBound, end: block.upperBound))
            } else {
                for range in sentences(in: block, of: characters) {
                    sentenceNumber += 1
                    segments.append(Segment(role: .sentence, label: String(sentenceNumber), start: range.lowerBound, end: range.upperBound))
                }
            }
        }
        return segments
    }

    /// Runs of non-blank lines, trimmed of surrounding white space.
    private static func blocks(_ characters: [Character]) -> [Range<Int>] {
        var blocks: [Range<Int>] = []
        var start: Int?
        var lastNonSpace = 0
        var newlines = 0
        for (offset, character) in characters.enumerated() {
            if character.isNewline {
                newlines += 1
                if newlines >= 2, let begin = start {
                    blocks.append(begin..<(lastNonSpace + 1))
                    start = nil
                }
            } else if !character.isWhitespace {
                if start == nil { start = offset }
                lastNonSpace = offset
                newlines = 0
            }
        }
        if let begin = start { blocks.append(begin..<(lastNonSpace + 1)) }
        return blocks
    }

    private static func lines(in block: Range<Int>, of characters: [Character]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = block.lowerBound
        for offset in block where characters[offset].isNewline {
            lines.append(trim(start..<offset, characters))
            start = offset + 1
        }
        lines.append(trim(start..<block.upperBound, characters))
        return lines.filter { !$0.isEmpty }
    }

    private static func trim(_ range: Range<Int>, _ characters: [Character]) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, characters[lower].isWhitespace { lower += 1 }
        while upper > lower, characters[upper - 1].isWhitespace { upper -= 1 }
        return lower..<upper
    }

    /// `Title` for a line `Title: …`: a key of letters and spaces, at most four words.
    private static func fieldKey(_ line: ArraySlice<Character>) -> String? {
        guard let colon = line.firstIndex(of: ":"), colon > line.startIndex,
              colon + 1 < line.endIndex, line[colon + 1] == " " else { return nil }
        let key = String(line[line.startIndex..<colon])
        guard key.first?.isUppercase == true,
              key.allSatisfy({ $0.isLetter || $0 == " " }),
              key.split(separator: " ").count <= 4 else { return nil }
        return key
    }

    private static func isHeading(_ line: ArraySlice<Character>) -> Bool {
        guard let last = line.last, !".?!:;,".contains(last) else { return false }
        return line.split(separator: " ").count <= 6
    }

    private static func sentences(in block: Range<Int>, of characters: [Character]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = block.lowerBound
        var offset = block.lowerBound
        while offset < block.upperBound {
            let character = characters[offset]
            if ".?!".contains(character) {
                var end = offset + 1
                while end < block.upperBound, "\")]'”’".contains(characters[end]) { end += 1 }
                var next = end
                while next < block.upperBound, characters[next].isWhitespace { next += 1 }
                let atEnd = next >= block.upperBound
                let followedByStart = next > end && next < block.upperBound
                    && (characters[next].isUppercase || characters[next].isNumber || "\"“(".contains(characters[next]))
                if (atEnd || followedByStart) && !endsWithAbbreviation(characters[start..<end]) {
                    sentences.append(start..<end)
                    start = next
                    offset = next
                    continue
                }
            }
            offset += 1
        }
        let rest = trim(start..<block.upperBound, characters)
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    private static func endsWithAbbreviation(_ text: ArraySlice<Character>) -> Bool {
        // Opening brackets and quotes are not part of the word: "(e.g." is the abbreviation "e.g.".
        let lastWord = String((text.split(whereSeparator: { $0.isWhitespace }).last ?? []).drop { "([\"“‘'".contains($0) })
        if abbreviations.contains(lastWord.lowercased()) { return true }
        return lastWord.count == 2 && lastWord.first?.isUppercase == true && lastWord.last == "."
    }
}
