import KnowledgeGraph

/// A statement's text and where it starts in its file, so offsets become `file:line:column`.
public struct StatementText: Sendable {
    public var text: String
    public var file: String
    /// Line and column of the statement's first character in `file`, from 1.
    public var line: Int
    public var column: Int

    public init(_ text: String, file: String = "<input>", line: Int = 1, column: Int = 1) {
        self.text = text
        self.file = file
        self.line = line
        self.column = column
    }

    /// The diagnostic for an error in this statement, with the line it is on and a caret under it.
    public func diagnostic(for error: QueryError) -> Diagnostic {
        let characters = Array(text)
        let offset = min(max(0, error.span.lowerBound), characters.count)
        var line = 0, lineStart = 0
        for index in 0..<offset where characters[index].isNewline {
            line += 1
            lineStart = index + 1
        }
        var notes = error.notes
        if let unclosed = error.unclosed {
            notes.append("the '(' at \(location(of: unclosed.lowerBound, in: characters)) is never closed")
        }
        var lineEnd = lineStart
        while lineEnd < characters.count, !characters[lineEnd].isNewline { lineEnd += 1 }
        let columnInLine = String(characters[lineStart..<offset]).unicodeScalars.count
        let firstColumn = line == 0 ? column : 1
        let location = SourceLocation(file: file, line: self.line + line, column: firstColumn + columnInLine)
        var sourceLine = String(characters[lineStart..<lineEnd])
        if line == 0, column > 1 { sourceLine = String(repeating: " ", count: column - 1) + sourceLine }
        let length = String(characters[offset..<min(max(offset, error.span.upperBound), lineEnd)]).unicodeScalars.count
        return Diagnostic(location: location, message: Self.oneLine(error.message), sourceLine: sourceLine, length: length,
                          notes: notes.map(Self.oneLine))
    }

    /// Where character `offset` of the statement is in its file.
    private func location(of offset: Int, in characters: [Character]) -> SourceLocation {
        let offset = min(max(0, offset), characters.count)
        var line = 0, lineStart = 0
        for index in 0..<offset where characters[index].isNewline {
            line += 1
            lineStart = index + 1
        }
        let columnInLine = String(characters[lineStart..<offset]).unicodeScalars.count
        return SourceLocation(file: file, line: self.line + line, column: (line == 0 ? column : 1) + columnInLine)
    }

    /// A message that quotes a statement spanning lines (`show "regist⏎her"`) kept on one line:
    /// each line break is written `\n`, so the message cannot be taken for the excerpt under it.
    static func oneLine(_ text: String) -> String {
        text.contains(where: \.isNewline) ? text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: "\\n") : text
    }
}
