/// A character class of a cue: ranges and named classes, possibly negated (`[^…]`, `\D`).
struct CueSet: Hashable, Sendable {
    /// A named class: `\d`, `\w`, `\s`.
    enum Named: Hashable, Sendable {
        case digit, word, space

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            switch self {
            case .digit: return scalar.properties.generalCategory == .decimalNumber
            case .word: return CueSet.isWord(scalar)
            case .space: return scalar.properties.isWhitespace
            }
        }
    }

    enum Item: Hashable, Sendable {
        case range(Unicode.Scalar, Unicode.Scalar)
        case named(Named, negated: Bool)
    }

    var items: [Item]
    var negated: Bool

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let found = items.contains { item in
            switch item {
            case .range(let low, let high): return low <= scalar && scalar <= high
            case .named(let named, let negated): return named.contains(scalar) != negated
            }
        }
        return found != negated
    }

    /// Whether a character is part of a word (`\w`): a letter, a digit or another number, or `_`.
    static func isWord(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
