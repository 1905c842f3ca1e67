/// A lexical token of the query language, with its character offsets in the statement.
public struct Token: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A bare word: letters, digits, `-`, `_`, `.`, `:`, `/`.
        case word
        /// A quoted string; `text` holds it with escapes resolved.
        case string
        case leftParen, rightParen, comma
        case equal, notEqual, contains, less, lessOrEqual, greater, greaterOrEqual
        /// `->`
        case arrowOut
        /// `<-`
        case arrowIn
        case end
    }

    public var kind: Kind
    public var text: String
    /// Character offsets in the statement, end exclusive.
    public var span: Range<Int>

    /// Whether this is the bare word `keyword`, ignoring case.
    public func isKeyword(_ keyword: String) -> Bool {
        kind == .word && text.lowercased() == keyword
    }

    /// How the token is named in error messages.
    public var display: String {
        switch kind {
        case .end: return "the end of the statement"
        case .string: return "\"\(text)\""
        default: return "'\(text)'"
        }
    }
}
