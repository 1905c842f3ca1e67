/// One logical unit of a script file: a statement (possibly over several lines), a comment,
/// or the expected output recorded under a statement (`#> ` lines).
public struct ScriptItem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A query or dot-command; text has continuation backslashes removed.
        case statement
        /// A `#` comment line (without the `#`), shown as narration in step-through playback (where
        /// `#pause` and `#? QUESTION` are markers; see `Classroom`).
        case comment
        /// Expected output lines under a statement, without the `#> ` prefix.
        case expectation
    }

    public var kind: Kind
    public var text: String
    /// 1-based line where the item starts in its file.
    public var line: Int
    /// How many file lines the item spans.
    public var lineCount: Int
}
