/// Why a cue pattern cannot be compiled, at a place in it.
public struct CuePatternError: Error, Hashable, Sendable {
    /// Where the problem starts, in Unicode scalars from the pattern's start.
    public var offset: Int
    /// How many scalars the problem spans (at least 1).
    public var length: Int
    public var message: String
    /// What to write instead, when there is a likely fix.
    public var notes: [String]

    /// A problem `length` scalars long, `offset` scalars into the pattern.
    public init(offset: Int, length: Int = 1, message: String, notes: [String] = []) {
        self.offset = offset
        self.length = max(1, length)
        self.message = message
        self.notes = notes
    }
}
