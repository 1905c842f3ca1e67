/// What a completer proposes for the word under the cursor.
///
/// `replaceFrom` is the index, in `Character`s of the line, where the word being
/// completed starts; the text from there to the cursor is replaced by the chosen
/// candidate (or by the candidates' longest common prefix).
public struct Completion: Equatable {
    /// Index in the line, in `Character`s, where the word being completed starts.
    public var replaceFrom: Int
    /// Full replacements for the word being completed, in the order to display them.
    public var candidates: [String]

    /// Creates a completion replacing the text from `replaceFrom` to the cursor.
    public init(replaceFrom: Int, candidates: [String]) {
        self.replaceFrom = replaceFrom
        self.candidates = candidates
    }
}
