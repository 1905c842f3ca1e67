extension Diagnostic {
    /// How the parts of a rendered diagnostic are decorated (colour on a terminal, nothing elsewhere).
    public struct Decoration: Sendable {
        public var error: @Sendable (String) -> String
        public var caret: @Sendable (String) -> String
        /// Applied to text that may come from data before printing (the message, the notes and the
        /// source line), e.g. to escape control characters.
        public var sourceText: @Sendable (String) -> String
        /// The terminal's width in columns: the source line is windowed to it and notes wrap at it.
        public var width: Int?
        /// How many columns a text takes on the terminal (two for a wide character, none for a combining mark).
        public var columns: @Sendable (String) -> Int
        /// Word-wraps a text to lines of at most the given number of columns.
        public var wrap: @Sendable (String, Int) -> [String]

        public init(error: @escaping @Sendable (String) -> String, caret: @escaping @Sendable (String) -> String,
                    sourceText: @escaping @Sendable (String) -> String, width: Int? = nil,
                    columns: @escaping @Sendable (String) -> Int = { $0.unicodeScalars.count },
                    wrap: @escaping @Sendable (String, Int) -> [String] = { text, _ in [text] }) {
            self.error = error
            self.caret = caret
            self.sourceText = sourceText
            self.width = width
            self.columns = columns
            self.wrap = wrap
        }

        public static let none = Decoration(error: { $0 }, caret: { $0 }, sourceText: { $0 })
    }

    /// The diagnostic as users see it:
    ///
    ///     facts.yaml:12:11: error: unknown kind 'trail'
    ///      12 | kind: trail
    ///         |       ^~~~~
    ///         = did you mean 'trial'?
    /// How many characters of a source line are shown at most.
    public static let sourceWindow = 120

    public func rendered(_ decoration: Decoration = .none) -> String {
        let prefix = location.map { "\(decoration.sourceText($0.description)): " } ?? ""
        var lines = ["\(prefix)\(decoration.error("error:")) \(decoration.sourceText(message))"]
        let gutter: String
        if let location, let sourceLine {
            let number = String(location.line)
            gutter = String(repeating: " ", count: number.count + 1)
            var scalars = Array(sourceLine.unicodeScalars)
            var column = min(max(1, location.column), scalars.count + 1)
            // Each character's columns as shown (escaped, wide or combining); a tab keeps its place as one.
            var widths = scalars.map { $0 == "\t" ? 1 : decoration.columns(decoration.sourceText(String($0))) }
            // A long line is shown as a window around the caret, cut with "…" on either side.
            // At most `sourceWindow` columns, and within the terminal with the gutter and both ellipses.
            let window = max(8, min(Self.sourceWindow, (decoration.width ?? Int.max) - number.count - 6))
            if widths.reduce(0, +) > window {
                var start = column - 1, end = column - 1, used = 0
                // Up to half the window before the caret, then the rest after it, then before it again.
                while start > 0, used + widths[start - 1] <= window / 2 { start -= 1; used += widths[start] }
                while end < scalars.count, used + widths[end] <= window { used += widths[end]; end += 1 }
                while start > 0, used + widths[start - 1] <= window { start -= 1; used += widths[start] }
                let ellipsis: Unicode.Scalar = "…"
                scalars = (start > 0 ? [ellipsis] : []) + Array(scalars[start..<end]) + (end < scalars.count ? [ellipsis] : [])
                widths = (start > 0 ? [1] : []) + Array(widths[start..<end]) + (end < widths.count ? [1] : [])
                column = column - start + (start > 0 ? 1 : 0)
            }
            let shown = String(String.UnicodeScalarView(scalars))
            // The caret stays under its character when escaping or wide characters before it take more columns.
            let lead = zip(scalars, widths).prefix(column - 1).map { scalar, width in scalar == "\t" ? "\t" : String(repeating: " ", count: width) }.joined()
            let spanned = widths.dropFirst(column - 1).prefix(max(1, length)).reduce(0, +)
            let span = max(1, spanned)
            lines.append(" \(number) | \(decoration.sourceText(shown))")
            lines.append("\(gutter) | \(lead)\(decoration.caret("^" + String(repeating: "~", count: span - 1)))")
        } else {
            gutter = " "
        }
        // A long note wraps at the terminal's width, its lines under its first word.
        let noteWidth = decoration.width.map { max(20, $0 - gutter.count - 3) }
        for note in notes {
            let text = decoration.sourceText(note)
            let wrapped = noteWidth.map { decoration.wrap(text, $0) } ?? [text]
            for (index, line) in wrapped.enumerated() {
                lines.append("\(gutter) \(index == 0 ? "=" : " ") \(line)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
