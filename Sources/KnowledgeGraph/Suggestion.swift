/// "Did you mean …?" — finds the known name closest to a misspelt one.
public enum Suggestion {
    /// The candidate nearest to `word` by case-insensitive edit distance, when it is near enough
    /// to be a plausible typo (at most a third of the word's length, and at least 1 edit allowed),
    /// or when one starts with the other. Ties go to the first candidate in sorted order.
    public static func closest<S: Sequence>(to word: String, in candidates: S) -> String? where S.Element == String {
        let target = word.lowercased()
        guard !target.isEmpty else { return nil }
        let limit = max(1, (target.count + 1) / 3)
        var best: (name: String, distance: Int)?
        for candidate in Set(candidates).sorted() {
            let lowered = candidate.lowercased()
            if lowered == target { return candidate }
            var distance = editDistance(target, lowered, limit: limit)
            if distance > limit, target.count >= 3, lowered.hasPrefix(target) || target.hasPrefix(lowered) {
                distance = limit
            }
            guard distance <= limit else { continue }
            if let current = best, current.distance <= distance { continue }
            best = (candidate, distance)
        }
        return best?.name
    }

    /// Damerau–Levenshtein (optimal string alignment) distance; stops early past `limit`.
    /// Cost: O(n·m) time, O(m) memory.
    public static func editDistance(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        if abs(x.count - y.count) > limit { return limit + 1 }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[y.count]
    }
}
