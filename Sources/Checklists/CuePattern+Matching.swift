extension CuePattern {
    /// Whether the pattern matches anywhere in `text`, already `folded`: every thread of the program
    /// steps over the text together, so each character is read once by each instruction at most.
    public func matches(folded text: [Unicode.Scalar]) -> Bool {
        var current = ThreadList(size: program.count), next = ThreadList(size: program.count)
        for position in 0...text.count {
            let previous = position > 0 ? text[position - 1] : nil
            let scalar = position < text.count ? text[position] : nil
            // A match may start anywhere: a new thread joins at each position.
            if add(0, to: &current, after: previous, before: scalar) { return true }
            guard let scalar else { return false }
            let following = position + 1 < text.count ? text[position + 1] : nil
            for pc in current.threads {
                let consumed: Bool
                switch program[pc] {
                case .scalar(let expected): consumed = expected == scalar
                case .any: consumed = true
                case .set(let set): consumed = set.contains(scalar)
                default: consumed = false
                }
                if consumed, add(pc + 1, to: &next, after: scalar, before: following) { return true }
            }
            swap(&current, &next)
            next.clear()
        }
        return false
    }

    /// Adds the thread at `pc` and every thread its jumps, splits and assertions lead to (between
    /// `previous` and `next`); whether one of them reaches `.match`.
    private func add(_ pc: Int, to list: inout ThreadList, after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Bool {
        var stack = [pc]
        while let pc = stack.popLast() {
            guard list.insert(pc) else { continue }
            switch program[pc] {
            case .match: return true
            case .jump(let target): stack.append(target)
            case .split(let first, let second): stack.append(second); stack.append(first)
            case .assert(let assertion): if assertion.holds(after: previous, before: next) { stack.append(pc + 1) }
            case .scalar, .any, .set: list.threads.append(pc)
            }
        }
        return false
    }
}

/// The threads at one position of the text: the instructions waiting for the next character, and
/// which instructions were reached already (so each is added once, and empty loops end).
private struct ThreadList {
    var threads: [Int] = []
    private var seen: [Bool]

    init(size: Int) {
        seen = Array(repeating: false, count: size)
    }

    /// Marks `pc` reached; false when it was already.
    mutating func insert(_ pc: Int) -> Bool {
        guard !seen[pc] else { return false }
        seen[pc] = true
        return true
    }

    mutating func clear() {
        for index in seen.indices { seen[index] = false }
        threads.removeAll(keepingCapacity: true)
    }
}
