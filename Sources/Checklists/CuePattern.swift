/// A cue of a checklist item: a regular expression that suggests a sentence states the item.
///
/// The dialect is small and always linear: literals, `.`, classes `[a-z]` and `[^…]`, `\d` `\w` `\s`
/// and their negations `\D` `\W` `\S`, word boundaries `\b` `\B`, `^` and `$` (the segment's start
/// and end), groups `( )` and `(?: )`, `|`, and the repetitions `?` `*` `+` `{n}` `{n,}` `{n,m}`
/// (counts at most `maximumCount`). There are no back-references or lookarounds, so a pattern is
/// compiled to a program that is run as a set of threads over the text once (a Pike machine):
/// matching takes time proportional to the text's length times the program's, whatever the pattern.
/// Letters match in either case.
public struct CuePattern: Sendable, Hashable {
    /// The pattern as written.
    public let text: String
    /// The compiled program: instruction 0 starts it, and `.match` ends a match.
    let program: [CueInstruction]

    /// The longest pattern read, in Unicode scalars.
    public static let maximumLength = 1_000
    /// The largest repetition count (`{n,m}` with n or m above it is refused).
    public static let maximumCount = 100
    /// The most instructions a compiled pattern may have (repetitions are copied out).
    public static let maximumProgram = 10_000

    /// Compiles `text`.
    /// - Throws: `CuePatternError` at the first problem, with its offset in the pattern.
    public init(_ text: String) throws(CuePatternError) {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count <= Self.maximumLength else {
            throw CuePatternError(offset: 0, length: scalars.count, message: "the pattern is \(scalars.count) characters long; a cue is at most \(Self.maximumLength)")
        }
        var parser = CuePatternParser(scalars)
        let node = try parser.parse()
        var compiler = CuePatternCompiler()
        try compiler.compile(node, whole: scalars.count)
        self.text = text
        self.program = compiler.program
        if matches(folded: []) {
            throw CuePatternError(offset: 0, length: max(1, scalars.count), message: "the pattern matches an empty text, so it would match every sentence",
                                  notes: ["a cue must need at least one character, such as '\\brandomi[sz]ed\\b'"])
        }
    }

    /// The text as patterns read it: lower-case Unicode scalars, so that letters match in either case.
    public static func folded(_ text: String) -> [Unicode.Scalar] {
        Array(text.lowercased().unicodeScalars)
    }

    /// Whether the pattern matches anywhere in `text`.
    public func matches(_ text: String) -> Bool {
        matches(folded: Self.folded(text))
    }
}
