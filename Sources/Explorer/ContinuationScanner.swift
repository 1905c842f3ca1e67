/// Whether a statement read line by line is unfinished, in time linear in its length: it keeps
/// the open parentheses and quote between lines, so each line is scanned once.
///
/// A statement is unfinished when its last line ends with `\`, or a parenthesis or a quote is
/// open. Parentheses inside quotes and after `#` (a comment, to the end of its line) do not count.
public struct ContinuationScanner: Sendable {
    private var depth = 0
    private var quote: Character?
    private var escaped = false
    private var endsWithBackslash = false

    public init() {}

    /// Reads the next line of the statement (without its line break).
    public mutating func feed(_ line: Substring) {
        escaped = false // the line break before this line ended any escape
        for character in line {
            if let open = quote {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == open { quote = nil }
                continue
            }
            switch character {
            case "\"", "'": quote = character
            case "(": depth += 1
            case ")": depth -= 1
            case "#": endsWithBackslash = line.hasSuffix("\\"); return
            default: break
            }
        }
        endsWithBackslash = line.hasSuffix("\\")
    }

    /// Whether the lines read so far need another line.
    public var needsMore: Bool {
        endsWithBackslash || quote != nil || depth > 0
    }
}
