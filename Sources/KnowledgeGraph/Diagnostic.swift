/// A problem found in some input, as a value: where it is, what is wrong, and what was probably meant.
///
/// Diagnostics are produced by the loader and the query parser and rendered in one place
/// (`rendered(sourceLine:)`) so every error looks the same.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation?
    public var message: String
    /// The text of the line the location points into, used to draw a caret under the spot.
    public var sourceLine: String?
    /// How many columns the caret underline spans (at least 1).
    public var length: Int
    /// Extra lines shown after the caret, such as "did you mean 'trial'?".
    public var notes: [String]

    public init(location: SourceLocation?, message: String, sourceLine: String? = nil, length: Int = 1, notes: [String] = []) {
        self.location = location
        self.message = message
        self.sourceLine = sourceLine
        self.length = max(1, length)
        self.notes = notes
    }

    /// `file:line:col: error: message` alone, without the source excerpt.
    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)error: \(message)"
    }
}
