/// A parsed cue pattern, before it is compiled.
indirect enum CueNode: Hashable, Sendable {
    /// Matches the empty text.
    case empty
    /// One character (already lower-case).
    case scalar(Unicode.Scalar)
    /// Any one character.
    case any
    /// One character of a class.
    case set(CueSet)
    /// A place between characters, such as a word boundary.
    case assertion(CueAssertion)
    /// Each part in turn.
    case sequence([CueNode])
    /// One of the alternatives.
    case choice([CueNode])
    /// The node `minimum` to `maximum` times (without end when nil).
    case repetition(CueNode, minimum: Int, maximum: Int?)
}

/// A zero-width condition at a place in the text.
enum CueAssertion: Hashable, Sendable {
    case wordBoundary, notWordBoundary, start, end

    /// Whether it holds between `previous` and `next` (nil before the start or after the end).
    func holds(after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Bool {
        switch self {
        case .wordBoundary: return CueSet.isWord(previous) != CueSet.isWord(next)
        case .notWordBoundary: return CueSet.isWord(previous) == CueSet.isWord(next)
        case .start: return previous == nil
        case .end: return next == nil
        }
    }
}

/// One instruction of a compiled cue: consume a character, branch, test a place, or end a match.
enum CueInstruction: Hashable, Sendable {
    case scalar(Unicode.Scalar)
    case any
    case set(CueSet)
    /// Go on at both targets.
    case split(Int, Int)
    case jump(Int)
    case assert(CueAssertion)
    case match
}
