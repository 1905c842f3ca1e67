/// Applies ANSI SGR styling to text when enabled, so callers can style unconditionally.
///
/// Each method wraps non-empty text in an SGR sequence followed by a reset (`ESC[0m`)
/// when `enabled`, and returns the text unchanged otherwise.
public struct Styler: Sendable, Equatable {
    /// Whether styling escape sequences are emitted.
    public let enabled: Bool

    /// Creates a styler; pass `enabled: false` for pipes, files and `NO_COLOR`.
    public init(enabled: Bool) {
        self.enabled = enabled
    }

    /// A styler that never emits escape sequences.
    public static let plain = Styler(enabled: false)

    /// A styler that always emits escape sequences.
    public static let ansi = Styler(enabled: true)

    /// Styles an entity kind such as `Drug` (magenta).
    public func kind(_ text: String) -> String { apply("35", to: text) }

    /// Styles an entity identifier (cyan).
    public func id(_ text: String) -> String { apply("36", to: text) }

    /// Styles a heading or table header (bold).
    public func heading(_ text: String) -> String { apply("1", to: text) }

    /// Styles an error message (bold red).
    public func error(_ text: String) -> String { apply("1;31", to: text) }

    /// Styles a warning (yellow).
    public func warning(_ text: String) -> String { apply("33", to: text) }

    /// Styles a caret pointing at a position in the input (bold green).
    public func caret(_ text: String) -> String { apply("1;32", to: text) }

    /// Styles secondary information such as footers (dim).
    public func dim(_ text: String) -> String { apply("2", to: text) }

    /// Styles quoted source text (italic).
    public func quote(_ text: String) -> String { apply("3", to: text) }

    private func apply(_ code: String, to text: String) -> String {
        guard enabled, !text.isEmpty else { return text }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
