/// Reads a cue pattern into a `CueNode`, with the offset of the first problem. Nesting is bounded
/// by the pattern's length (`CuePattern.maximumLength`), so the recursion is too.
struct CuePatternParser {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The escapes a pattern may use, said when an unknown one is written.
    static let escapesNote = "escapes: \\d \\w \\s \\b and \\D \\W \\S \\B, \\t \\n, and '\\' before a punctuation mark for the mark itself"

    mutating func parse() throws(CuePatternError) -> CueNode {
        let node = try alternation()
        if position < scalars.count {
            // Only an unmatched ')' stops an alternation before the end.
            throw CuePatternError(offset: position, message: "unmatched ')'", notes: ["write '\\)' for the character"])
        }
        return node
    }

    private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private mutating func alternation() throws(CuePatternError) -> CueNode {
        var choices = [try sequence()]
        while current == "|" {
            position += 1
            choices.append(try sequence())
        }
        return choices.count == 1 ? choices[0] : .choice(choices)
    }

    private mutating func sequence() throws(CuePatternError) -> CueNode {
        var parts: [CueNode] = []
        while let scalar = current, scalar != "|", scalar != ")" {
            let start = position
            let atom = try self.atom()
            parts.append(try repetition(of: atom, startingAt: start))
        }
        return parts.isEmpty ? .empty : parts.count == 1 ? parts[0] : .sequence(parts)
    }

    private mutating func atom() throws(CuePatternError) -> CueNode {
        guard let scalar = current else { return .empty }
        let start = position
        position += 1
        switch scalar {
        case "(":
            if current == "?" {
                guard position + 1 < scalars.count, scalars[position + 1] == ":" else {
                    throw CuePatternError(offset: start, length: 2, message: "'(?' starts a kind of group cues do not have",
                                          notes: ["only ( ) and (?: ) groups: cues have no lookaround and no flags (letters match in either case)"])
                }
                position += 2
            }
            let inner = try alternation()
            guard current == ")" else {
                throw CuePatternError(offset: start, message: "'(' is never closed", notes: ["close the group with ')', or write '\\(' for the character"])
            }
            position += 1
            return inner
        case "[":
            return .set(try set(startingAt: start))
        case ".":
            return .any
        case "^":
            return .assertion(.start)
        case "$":
            return .assertion(.end)
        case "\\":
            return try escape(startingAt: start)
        case "?", "*", "+":
            throw CuePatternError(offset: start, message: "'\(scalar)' has nothing before it to repeat", notes: ["write '\\\(scalar)' for the character"])
        case "{":
            throw CuePatternError(offset: start, message: "'{' has nothing before it to repeat", notes: ["write '\\{' for the character"])
        default:
            return Self.literal(scalar)
        }
    }

    /// A character as patterns match it: lower-case (a letter that lowers to several is their sequence).
    private static func literal(_ scalar: Unicode.Scalar) -> CueNode {
        let lowered = Array(String(scalar).lowercased().unicodeScalars)
        return lowered.count == 1 ? .scalar(lowered[0]) : .sequence(lowered.map(CueNode.scalar))
    }

    private static func lowered(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let lowered = Array(String(scalar).lowercased().unicodeScalars)
        return lowered.count == 1 ? lowered[0] : scalar
    }

    private mutating func escape(startingAt start: Int) throws(CuePatternError) -> CueNode {
        guard let scalar = current else {
            throw CuePatternError(offset: start, message: "the pattern ends with a lone '\\'", notes: ["write '\\\\' for the character"])
        }
        position += 1
        switch scalar {
        case "b": return .assertion(.wordBoundary)
        case "B": return .assertion(.notWordBoundary)
        case "t": return .scalar("\t")
        case "n": return .scalar("\n")
        default:
            if let named = Self.named(scalar) { return .set(CueSet(items: [named], negated: false)) }
            guard scalar.isASCII, !scalar.properties.isAlphabetic, !("0"..."9").contains(scalar) else {
                throw CuePatternError(offset: start, length: 2, message: "unknown escape '\\\(scalar)'", notes: [Self.escapesNote])
            }
            return .scalar(scalar)
        }
    }

    /// `\d` `\w` `\s` and their negations as class items.
    private static func named(_ scalar: Unicode.Scalar) -> CueSet.Item? {
        switch scalar {
        case "d": return .named(.digit, negated: false)
        case "D": return .named(.digit, negated: true)
        case "w": return .named(.word, negated: false)
        case "W": return .named(.word, negated: true)
        case "s": return .named(.space, negated: false)
        case "S": return .named(.space, negated: true)
        default: return nil
        }
    }

    /// The class after `[`: a `]` first, or a `-` first or last, is the character itself.
    private mutating func set(startingAt start: Int) throws(CuePatternError) -> CueSet {
        var negated = false
        if current == "^" {
            negated = true
            position += 1
        }
        var items: [CueSet.Item] = []
        var first = true
        while true {
            guard let scalar = current else {
                throw CuePatternError(offset: start, message: "'[' is never closed", notes: ["close the class with ']', or write '\\[' for the character"])
            }
            if scalar == "]" && !first {
                position += 1
                return CueSet(items: items, negated: negated)
            }
            first = false
            let itemStart = position
            let low = try classMember()
            guard case .range(let lowScalar, _) = low, current == "-", position + 1 < scalars.count, scalars[position + 1] != "]" else {
                items.append(low)
                continue
            }
            position += 1
            let high = try classMember()
            guard case .range(let highScalar, _) = high else {
                throw CuePatternError(offset: itemStart, length: position - itemStart, message: "a range cannot end with a class such as \\d")
            }
            guard lowScalar <= highScalar else {
                throw CuePatternError(offset: itemStart, length: position - itemStart,
                                      message: "the range '\(lowScalar)-\(highScalar)' is backwards", notes: ["write it '\(highScalar)-\(lowScalar)'"])
            }
            items.append(.range(lowScalar, highScalar))
        }
    }

    /// One member of a class: a character (lower-case; a range of capitals reads as one of small
    /// letters), or a named class.
    private mutating func classMember() throws(CuePatternError) -> CueSet.Item {
        let start = position
        guard let scalar = current else {
            throw CuePatternError(offset: start, message: "'[' is never closed")
        }
        position += 1
        guard scalar == "\\" else {
            let lowered = Self.lowered(scalar)
            return .range(lowered, lowered)
        }
        guard let escaped = current else {
            throw CuePatternError(offset: start, message: "the pattern ends with a lone '\\'", notes: ["write '\\\\' for the character"])
        }
        position += 1
        if let named = Self.named(escaped) { return named }
        switch escaped {
        case "t": return .range("\t", "\t")
        case "n": return .range("\n", "\n")
        default:
            guard escaped.isASCII, !escaped.properties.isAlphabetic, !("0"..."9").contains(escaped) else {
                throw CuePatternError(offset: start, length: 2, message: "unknown escape '\\\(escaped)' in a class", notes: [Self.escapesNote])
            }
            return .range(escaped, escaped)
        }
    }

    /// The atom with the repetition written after it, if any (a `?` after a repetition is allowed and
    /// changes nothing: a cue only says whether a segment matches).
    private mutating func repetition(of atom: CueNode, startingAt start: Int) throws(CuePatternError) -> CueNode {
        guard let scalar = current else { return atom }
        let quantifier = position
        var minimum = 0, maximum: Int?
        switch scalar {
        case "?": maximum = 1; position += 1
        case "*": position += 1
        case "+": minimum = 1; position += 1
        case "{": (minimum, maximum) = try counts()
        default: return atom
        }
        if case .assertion = atom {
            throw CuePatternError(offset: start, length: position - start, message: "a place such as \\b, ^ or $ cannot be repeated")
        }
        if current == "?" { position += 1 }
        if let next = current, "*+?{".unicodeScalars.contains(next) {
            throw CuePatternError(offset: quantifier, length: position + 1 - quantifier, message: "a repetition cannot be repeated",
                                  notes: ["group it first, as in '(?:a+)*', or write '\\\(next)' for the character"])
        }
        return .repetition(atom, minimum: minimum, maximum: maximum)
    }

    /// `{n}`, `{n,}` or `{n,m}`, each count at most `CuePattern.maximumCount`.
    private mutating func counts() throws(CuePatternError) -> (Int, Int?) {
        let start = position
        position += 1
        func failure() -> CuePatternError {
            CuePatternError(offset: start, length: max(1, position - start), message: "'{' starts a repetition {n}, {n,} or {n,m} that is not finished",
                            notes: ["write '\\{' for the character"])
        }
        func number() throws(CuePatternError) -> Int? {
            var digits = 0, value = 0
            while let scalar = current, ("0"..."9").contains(scalar) {
                value = min(value * 10 + Int(scalar.value - 48), CuePattern.maximumCount + 1)
                digits += 1
                position += 1
            }
            return digits == 0 ? nil : value
        }
        guard let minimum = try number() else { throw failure() }
        var maximum: Int? = minimum
        if current == "," {
            position += 1
            maximum = try number()
        }
        guard current == "}" else { throw failure() }
        position += 1
        guard minimum <= CuePattern.maximumCount, (maximum ?? 0) <= CuePattern.maximumCount else {
            throw CuePatternError(offset: start, length: position - start, message: "a repetition count is at most \(CuePattern.maximumCount)")
        }
        if let maximum, maximum < minimum {
            throw CuePatternError(offset: start, length: position - start, message: "'{\(minimum),\(maximum)}' repeats at most fewer times than at least",
                                  notes: ["write '{\(maximum),\(minimum)}'"])
        }
        return (minimum, maximum)
    }
}
