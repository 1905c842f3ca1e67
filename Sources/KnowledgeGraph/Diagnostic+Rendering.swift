extension Diagnostic {
    /// How the parts of a rendered diagnostic are decorated (colour on a terminal, nothing elsewhere).
    public struct Decoration: Sendable {
        public var error: @Sendable (String) -> String
        public var caret: @Sendable (String) -> String
        /// Applied to the source line before printing, e.g. to escape control characters.
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
    public func rendered(_ decoration: Decoration = .none) -> String {
        let prefix = location.map { "\($0): " } ?? ""
        var lines = ["\(prefix)\(decoration.error("error:")) \(message)"]
        let gutter: String
        if let location, let sourceLine {
            let number = String(location.line)
            gutter = String(repeating: " ", count: number.count + 1)
            let scalars = Array(sourceLine.unicodeScalars)
            let column = min(max(1, location.column), scalars.count + 1)
            let lead = scalars.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
            let span = max(1, min(length, scalars.count - column + 1))
            lines.append(" \(number) | \(decoration.sourceText(sourceLine))")
            lines.append("\(gutter) | \(lead)\(decoration.caret("^" + String(repeating: "~", count: span - 1)))")
        } else {
            gutter = " "
        }
        for note in notes {
            lines.append("\(gutter) = \(note)")
        }
        return lines.joined(separator: "\n")
    }
}
