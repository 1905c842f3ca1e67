extension QuoteIndex {
    /// The starts of all suffixes of `text` in byte order of their first `depth` bytes (a shorter
    /// suffix before its extensions; suffixes that agree on `depth` bytes in any order).
    ///
    /// Prefix doubling: suffixes sorted by their first k bytes are sorted by their first 2k with one
    /// stable counting sort on the rank of the half that follows. O(n log depth) time, about 24 bytes
    /// of working memory per text byte.
    static func suffixArray(_ text: [UInt8], depth: Int = .max) -> [Int32] {
        let count = text.count
        guard count > 1 else { return count == 1 ? [0] : [] }
        // Unsafe buffers: this runs over every byte of every source at start-up, a few times.
        let order = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count)
        let rank = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count)
        let bySecond = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count)
        let nextRank = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count)
        let buckets = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(256, count) + 1)
        defer { [order, rank, bySecond, nextRank].forEach { $0.deallocate() }; buckets.deallocate() }

        buckets.initialize(repeating: 0)
        for byte in text { buckets[Int(byte) + 1] += 1 }
        for value in 0..<256 { buckets[value + 1] += buckets[value] }
        for (position, byte) in text.enumerated() {
            order[buckets[Int(byte)]] = Int32(truncatingIfNeeded: position)
            buckets[Int(byte)] += 1
        }
        var classes = 1
        rank[Int(order[0])] = 0
        for index in 1..<count {
            if text[Int(order[index])] != text[Int(order[index - 1])] { classes += 1 }
            rank[Int(order[index])] = Int32(truncatingIfNeeded: classes - 1)
        }
        var half = 1
        var (current, next) = (rank, nextRank)
        while classes < count, half < depth {
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
            for position in current { buckets[Int(position) + 1] += 1 }
            for value in 0..<classes { buckets[value + 1] += buckets[value] }
            for start in bySecond {
                let first = Int(current[Int(start)])
                order[buckets[first]] = start
                buckets[first] += 1
            }
            classes = 1
            next[Int(order[0])] = 0
            for index in 1..<count {
                let this = Int(order[index]), previous = Int(order[index - 1])
                let thisSecond = this + half < count ? current[this + half] : -1
                let previousSecond = previous + half < count ? current[previous + half] : -1
                if current[this] != current[previous] || thisSecond != previousSecond { classes += 1 }
                next[this] = Int32(truncatingIfNeeded: classes - 1)
            }
            swap(&current, &next)
            half *= 2
        }
        return Array(order)
    }
}
