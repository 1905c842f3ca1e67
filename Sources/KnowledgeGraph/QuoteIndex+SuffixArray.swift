extension QuoteIndex {
    /// The starts of all suffixes of `text` in byte order (a shorter suffix before its extensions).
    ///
    /// Prefix doubling: suffixes sorted by their first k bytes are sorted by their first 2k with one
    /// stable counting sort on the rank of the half that follows. O(n log n) time, about 16 bytes of
    /// working memory per text byte; natural text needs few rounds, as long repeats are rare.
    static func suffixArray(_ text: [UInt8]) -> [Int32] {
        let count = text.count
        guard count > 1 else { return count == 1 ? [0] : [] }
        var order = [Int32](repeating: 0, count: count)
        var rank = [Int32](repeating: 0, count: count)
        var buckets = [Int](repeating: 0, count: max(256, count) + 1)
        for byte in text { buckets[Int(byte) + 1] += 1 }
        for value in 0..<256 { buckets[value + 1] += buckets[value] }
        for (position, byte) in text.enumerated() {
            order[buckets[Int(byte)]] = Int32(truncatingIfNeeded: position)
            buckets[Int(byte)] += 1
        }
        var classes = 1
        for index in 1..<count {
            if text[Int(order[index])] != text[Int(order[index - 1])] { classes += 1 }
            rank[Int(order[index])] = Int32(truncatingIfNeeded: classes - 1)
        }
        var bySecond = [Int32](repeating: 0, count: count)
        var nextRank = [Int32](repeating: 0, count: count)
        var half = 1
        while classes < count {
            // Sorted by the rank `half` bytes on: suffixes with nothing there first, then the others in `order`.
            var filled = 0
            for position in max(0, count - half)..<count {
                bySecond[filled] = Int32(truncatingIfNeeded: position)
                filled += 1
            }
            for start in order where Int(start) >= half {
                bySecond[filled] = start - Int32(truncatingIfNeeded: half)
                filled += 1
            }
            // Stable counting sort by the rank of the first half.
            for value in 0...classes { buckets[value] = 0 }
            for position in rank { buckets[Int(position) + 1] += 1 }
            for value in 0..<classes { buckets[value + 1] += buckets[value] }
            for start in bySecond {
                let first = Int(rank[Int(start)])
                order[buckets[first]] = start
                buckets[first] += 1
            }
            func second(_ start: Int) -> Int32 { start + half < count ? rank[start + half] : -1 }
            classes = 1
            nextRank[Int(order[0])] = 0
            for index in 1..<count {
                let current = Int(order[index]), previous = Int(order[index - 1])
                if rank[current] != rank[previous] || second(current) != second(previous) { classes += 1 }
                nextRank[current] = Int32(truncatingIfNeeded: classes - 1)
            }
            swap(&rank, &nextRank)
            half *= 2
        }
        return order
    }
}
