/// A position in a text file, printed as `file:line:column`.
///
/// Lines and columns count from 1; columns count Unicode scalars, as libyaml does.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, or `line:column` when there is no file (a line typed at the prompt).
    public var description: String { file.isEmpty ? "\(line):\(column)" : "\(file):\(line):\(column)" }
}
