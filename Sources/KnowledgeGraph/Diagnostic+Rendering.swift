extension Diagnostic {
    /// How the parts of a rendered diagnostic are decorated (colour on a terminal, nothing elsewhere).
    public struct Decoration: Sendable {
        public var error: @Sendable (String) -> String
        public var caret: @Sendable (String) -> String
        /// Applied to text that may come from data before printing (the message, the notes and the
        /// source line), e.g. to escape control characters.
        public var sourceText: @Sendable (String) -> String

        public init(error: @escaping @Sendable (String) -> String, caret: @escaping @Sendable (String) -> String,
                    sourceText: @escaping @Sendable (String) -> String) {
            self.error = error
            self.caret = caret
            self.sourceText = sourceText
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
            // A long line is shown as a window around the caret, cut with "…" on either side.
            let window = Self.sourceWindow
            if scalars.count > window {
                let start = max(0, min(column - 1 - window / 2, scalars.count - window))
                let end = min(scalars.count, start + window)
                let ellipsis: Unicode.Scalar = "…"
                scalars = (start > 0 ? [ellipsis] : []) + Array(scalars[start..<end]) + (end < scalars.count ? [ellipsis] : [])
                column = column - start + (start > 0 ? 1 : 0)
            }
            let shown = String(String.UnicodeScalarView(scalars))
            // The caret stays under its character when escaping made characters before it wider.
            let lead = scalars.prefix(column - 1).map { scalar in
                scalar == "\t" ? "\t" : String(repeating: " ", count: max(1, decoration.sourceText(String(scalar)).unicodeScalars.count))
            }.joined()
            let span = max(1, min(length, scalars.count - column + 1))
            lines.append(" \(number) | \(decoration.sourceText(shown))")
            lines.append("\(gutter) | \(lead)\(decoration.caret("^" + String(repeating: "~", count: span - 1)))")
        } else {
            gutter = " "
        }
        for note in notes {
            lines.append("\(gutter) = \(decoration.sourceText(note))")
        }
        return lines.joined(separator: "\n")
    }
}
