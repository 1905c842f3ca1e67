extension QuoteIndex {
    /// The starts of all suffixes of `text` in byte order (a suffix before its extensions).
    ///
    /// SA-IS (Nong, Zhang and Chan, 2009): the suffixes starting at left-most S-type positions are
    /// sorted by induction, named, and sorted exactly by recursing on their names; the rest is induced
    /// from them. O(n) time however repetitive the text, about 9 bytes of working memory per text byte.
    static func suffixArray(_ text: [UInt8]) -> [Int32] {
        var result = [Int32](repeating: -1, count: text.count)
        text.withUnsafeBufferPointer { symbols in
            result.withUnsafeMutableBufferPointer { order in
                SuffixSorter.sort(symbols, alphabet: 256, into: order)
            }
        }
        return result
    }
}

/// The steps of SA-IS over a text of symbols below `alphabet`, with a virtual sentinel after the
/// text that is smaller than every symbol. Unsafe buffers: this runs over every byte of every source.
private enum SuffixSorter {
    /// Writes the suffix array of `text` into `order` (of the same count).
    ///
    /// Recurses on a string at most half as long, so the depth is below log2 of the text's length.
    static func sort<Symbol: FixedWidthInteger>(_ text: UnsafeBufferPointer<Symbol>, alphabet: Int, into order: UnsafeMutableBufferPointer<Int32>) {
        let count = text.count
        guard count > 1 else {
            if count == 1 { order[0] = 0 }
            return
        }
        let isS = UnsafeMutableBufferPointer<Bool>.allocate(capacity: count)
        let sizes = UnsafeMutableBufferPointer<Int>.allocate(capacity: alphabet)
        let heads = UnsafeMutableBufferPointer<Int>.allocate(capacity: alphabet)
        defer { isS.deallocate(); sizes.deallocate(); heads.deallocate() }

        // S-type: smaller than the suffix after it; the last suffix is larger than the sentinel.
        isS[count - 1] = false
        for position in stride(from: count - 2, through: 0, by: -1) {
            isS[position] = text[position] < text[position + 1] || (text[position] == text[position + 1] && isS[position + 1])
        }
        func isLMS(_ position: Int) -> Bool { position > 0 && isS[position] && !isS[position - 1] }
        sizes.initialize(repeating: 0)
        for symbol in text { sizes[Int(symbol)] += 1 }
        func bucketEnds() {
            var sum = 0
            for symbol in 0..<alphabet { sum += sizes[symbol]; heads[symbol] = sum }
        }
        func bucketStarts() {
            var sum = 0
            for symbol in 0..<alphabet { heads[symbol] = sum; sum += sizes[symbol] }
        }
        func induce() {
            bucketStarts()
            // The last suffix is L-type and preceded only by the sentinel, which sorts first.
            order[heads[Int(text[count - 1])]] = Int32(truncatingIfNeeded: count - 1)
            heads[Int(text[count - 1])] += 1
            for index in 0..<count where order[index] > 0 {
                let previous = Int(order[index]) - 1
                if !isS[previous] {
                    order[heads[Int(text[previous])]] = Int32(truncatingIfNeeded: previous)
                    heads[Int(text[previous])] += 1
                }
            }
            bucketEnds()
            for index in stride(from: count - 1, through: 0, by: -1) where order[index] > 0 {
                let previous = Int(order[index]) - 1
                if isS[previous] {
                    heads[Int(text[previous])] -= 1
                    order[heads[Int(text[previous])]] = Int32(truncatingIfNeeded: previous)
                }
            }
        }

        // 1. Sort the LMS substrings by induction from the LMS positions at their buckets' ends.
        order.initialize(repeating: -1)
        bucketEnds()
        for position in 1..<count where isLMS(position) {
            heads[Int(text[position])] -= 1
            order[heads[Int(text[position])]] = Int32(truncatingIfNeeded: position)
        }
        induce()

        // 2. Name them in that order (equal substrings, equal names), keeping the names in text order.
        var lmsCount = 0
        for index in 0..<count where isLMS(Int(order[index])) {
            order[lmsCount] = order[index]
            lmsCount += 1
        }
        for index in lmsCount..<count { order[index] = -1 }
        var names = 0
        var previous = -1
        for index in 0..<lmsCount {
            let position = Int(order[index])
            if previous < 0 || !sameLMSSubstring(text, isS, previous, position) { names += 1 }
            previous = position
            order[lmsCount + position / 2] = Int32(truncatingIfNeeded: names - 1)
        }
        var filled = count - 1
        for index in stride(from: count - 1, through: lmsCount, by: -1) where order[index] >= 0 {
            order[filled] = order[index]
            filled -= 1
        }

        // 3. Sort the LMS suffixes: by their names' suffix array, or directly when every name is distinct.
        let reduced = UnsafeMutableBufferPointer(rebasing: order[(count - lmsCount)...])
        let sortedLMS = UnsafeMutableBufferPointer(rebasing: order[..<lmsCount])
        if names < lmsCount {
            sort(UnsafeBufferPointer(reduced), alphabet: names, into: sortedLMS)
        } else {
            for index in 0..<lmsCount { sortedLMS[Int(reduced[index])] = Int32(truncatingIfNeeded: index) }
        }
        var next = 0
        for position in 1..<count where isLMS(position) {
            reduced[next] = Int32(truncatingIfNeeded: position)
            next += 1
        }
        for index in 0..<lmsCount { sortedLMS[index] = reduced[Int(sortedLMS[index])] }
        for index in lmsCount..<count { order[index] = -1 }

        // 4. Induce every suffix from the sorted LMS suffixes, placed at their buckets' ends in order.
        bucketEnds()
        for index in stride(from: lmsCount - 1, through: 0, by: -1) {
            let position = Int(order[index])
            order[index] = -1
            heads[Int(text[position])] -= 1
            order[heads[Int(text[position])]] = Int32(truncatingIfNeeded: position)
        }
        induce()
    }

    /// Whether the LMS substrings at `first` and `second` (each up to and including the next LMS
    /// position) are equal in symbols and types; one that reaches the sentinel equals no other.
    private static func sameLMSSubstring<Symbol: FixedWidthInteger>(_ text: UnsafeBufferPointer<Symbol>, _ isS: UnsafeMutableBufferPointer<Bool>, _ first: Int, _ second: Int) -> Bool {
        let count = text.count
        var offset = 0
        while true {
            let left = first + offset, right = second + offset
            guard left < count, right < count, text[left] == text[right], isS[left] == isS[right] else { return false }
            if offset > 0, left > 0, isS[left], !isS[left - 1] { return true }
            offset += 1
        }
    }
}
