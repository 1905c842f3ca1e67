/// The edit script between two lists of lines, in linear space: Myers' O(ND) difference
/// algorithm with the middle-snake split (as in diff-match-patch), worked through an explicit
/// stack instead of recursion. A part whose differences exceed `maximumDistance` is written as
/// removed then added whole, so the cost stays bounded on texts that differ everywhere.
struct LineDiff {
    /// One step of the edit script.
    enum Edit: Equatable {
        /// Line `expected` equals line `actual`.
        case keep(expected: Int, actual: Int)
        /// Line `expected` is missing from the actual lines.
        case remove(expected: Int)
        /// Line `actual` is new in the actual lines.
        case add(actual: Int)
    }

    /// The edit distance one middle-snake search explores before giving up on a part.
    static let maximumDistance = 1_000

    private let a: [Int]
    private let b: [Int]

    /// Prepares a diff; lines are numbered so comparisons cost one integer compare.
    init(expected: [String], actual: [String]) {
        var numbers: [String: Int] = [:]
        func number(_ line: String) -> Int {
            if let known = numbers[line] { return known }
            numbers[line] = numbers.count
            return numbers.count - 1
        }
        a = expected.map(number)
        b = actual.map(number)
    }

    private enum Work {
        case parts(Range<Int>, Range<Int>)
        case kept(Int, Int, count: Int)
    }

    /// The edit script, in order; removals are not yet grouped before additions.
    func edits() -> [Edit] {
        var edits: [Edit] = []
        edits.reserveCapacity(a.count + b.count)
        var work: [Work] = [.parts(0..<a.count, 0..<b.count)]
        while let next = work.popLast() {
            switch next {
            case .kept(let x, let y, let count):
                for offset in 0..<count { edits.append(.keep(expected: x + offset, actual: y + offset)) }
            case .parts(var x, var y):
                var prefix = 0
                while prefix < x.count, prefix < y.count, a[x.lowerBound + prefix] == b[y.lowerBound + prefix] { prefix += 1 }
                for offset in 0..<prefix { edits.append(.keep(expected: x.lowerBound + offset, actual: y.lowerBound + offset)) }
                x = x.lowerBound + prefix..<x.upperBound
                y = y.lowerBound + prefix..<y.upperBound
                var suffix = 0
                while suffix < x.count, suffix < y.count, a[x.upperBound - 1 - suffix] == b[y.upperBound - 1 - suffix] { suffix += 1 }
                x = x.lowerBound..<x.upperBound - suffix
                y = y.lowerBound..<y.upperBound - suffix
                work.append(.kept(x.upperBound, y.upperBound, count: suffix))
                if !x.isEmpty, !y.isEmpty, let (splitX, splitY) = middleSnake(x, y),
                   (splitX, splitY) != (x.lowerBound, y.lowerBound), (splitX, splitY) != (x.upperBound, y.upperBound) {
                    work.append(.parts(splitX..<x.upperBound, splitY..<y.upperBound))
                    work.append(.parts(x.lowerBound..<splitX, y.lowerBound..<splitY))
                } else {
                    edits += x.map { .remove(expected: $0) } + y.map { .add(actual: $0) }
                }
            }
        }
        return edits
    }

    /// Where a shortest edit path of `a[x]` into `b[y]` crosses its middle (absolute indices), found by
    /// searching from both ends at once; nil when the parts differ by more than `maximumDistance`.
    private func middleSnake(_ x: Range<Int>, _ y: Range<Int>) -> (Int, Int)? {
        let n = x.count, m = y.count
        let distance = min((n + m + 1) / 2, Self.maximumDistance)
        let offset = distance + 1
        var forward = [Int](repeating: -1, count: 2 * distance + 3)
        var backward = forward
        forward[offset + 1] = 0
        backward[offset + 1] = 0
        let delta = n - m
        let checksForward = delta % 2 != 0
        var forwardStart = 0, forwardEnd = 0, backwardStart = 0, backwardEnd = 0
        for d in 0..<distance {
            for k in stride(from: -d + forwardStart, through: d - forwardEnd, by: 2) {
                let index = offset + k
                var i = k == -d || (k != d && forward[index - 1] < forward[index + 1]) ? forward[index + 1] : forward[index - 1] + 1
                var j = i - k
                while i < n, j < m, a[x.lowerBound + i] == b[y.lowerBound + j] { i += 1; j += 1 }
                forward[index] = i
                if i > n {
                    forwardEnd += 2
                } else if j > m {
                    forwardStart += 2
                } else if checksForward {
                    let other = offset + delta - k
                    if other >= 0, other < backward.count, backward[other] != -1, i >= n - backward[other] {
                        return (x.lowerBound + i, y.lowerBound + j)
                    }
                }
            }
            for k in stride(from: -d + backwardStart, through: d - backwardEnd, by: 2) {
                let index = offset + k
                var i = k == -d || (k != d && backward[index - 1] < backward[index + 1]) ? backward[index + 1] : backward[index - 1] + 1
                var j = i - k
                while i < n, j < m, a[x.upperBound - 1 - i] == b[y.upperBound - 1 - j] { i += 1; j += 1 }
                backward[index] = i
                if i > n {
                    backwardEnd += 2
                } else if j > m {
                    backwardStart += 2
                } else if !checksForward {
                    let other = offset + delta - k
                    if other >= 0, other < forward.count, forward[other] != -1 {
                        let forwardI = forward[other]
                        let forwardJ = forwardI - (other - offset)
                        if forwardI >= n - i { return (x.lowerBound + forwardI, y.lowerBound + forwardJ) }
                    }
                }
            }
        }
        return nil
    }
}
