/// Which characters `trimmed` removes from the ends of a text.
public enum TrimmedCharacters: Sendable {
    /// Spaces, tabs and line breaks.
    case whitespaceAndNewlines
    /// Spaces and tabs, not line breaks.
    case whitespace
    /// Line breaks only.
    case newlines
}

extension String {
    /// The text without the given characters at either end: Foundation's `trimmingCharacters(in:)`
    /// in plain Swift, whose first call cost a one-shot query 0.76 million instructions of bridging.
    /// (On `String` alone: generic over `StringProtocol`, its first call looked up conformances.)
    public func trimmed(_ characters: TrimmedCharacters = .whitespaceAndNewlines) -> String {
        let drop: (Character) -> Bool
        switch characters {
        case .whitespaceAndNewlines: drop = { $0.isWhitespace }
        case .whitespace: drop = { $0.isWhitespace && !$0.isNewline }
        case .newlines: drop = { $0.isNewline }
        }
        guard let first = firstIndex(where: { !drop($0) }), let last = lastIndex(where: { !drop($0) }) else { return "" }
        return String(self[first...last])
    }
}
