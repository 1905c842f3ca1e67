/// Turns a `Table` into text in one of the `TableFormat`s.
///
/// Only the `table` format is meant for eyes: it escapes control characters, applies the
/// `Styler` and fits the terminal width. The other formats are machine formats that never
/// contain ANSI codes and ignore `width` and `style`: `plain` and `csv` keep the exact data
/// unless `terminal` is set, `json` escapes every control character as `\uXXXX`, and
/// `markdown` escapes data with `MarkdownText.escaped`.
public struct TableRenderer: Sendable {
    /// Whether the text goes to a terminal: then `plain` and `csv` show control characters and
    /// bidirectional overrides as visible `\u{XX}` escapes, never raw.
    public var terminal: Bool
    /// Whether `csv` text cells that begin with `=`, `+`, `-` or `@` are prefixed with `'`, as OWASP
    /// recommends against formula injection in spreadsheets; `--csv-raw` turns it off.
    public var neutralisesFormulas: Bool
    /// Asked between rows: once it returns true the renderer stops early (Ctrl-C on a large result),
    /// and the text it returns is incomplete, for the caller to discard.
    public var isCancelled: @Sendable () -> Bool

    /// Creates a renderer for a file or pipe (`terminal` false) or a terminal, which runs to the end
    /// unless `isCancelled` says to stop.
    public init(terminal: Bool = false, neutralisesFormulas: Bool = true, isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.terminal = terminal
        self.neutralisesFormulas = neutralisesFormulas
        self.isCancelled = isCancelled
    }

    /// Renders `table` as `format`.
    ///
    /// - Parameters:
    ///   - width: The terminal width the `table` format must fit, or `nil` for no limit.
    ///   - style: Styling for the `table` format's header and footer.
    /// - Returns: The text, ending with a newline unless it is empty.
    public func render(_ table: Table, as format: TableFormat, width: Int? = nil, style: Styler = .plain) -> String {
        let lines: [String]
        switch format {
        case .table:
            return boxText(table, width: width, style: style)
        case .plain:
            lines = plainLines(table)
        case .json:
            lines = [jsonText(table)]
        case .csv:
            lines = csvLines(table)
        case .markdown:
            lines = markdownLines(table)
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// The display text of every row, one entry per column, with missing cells empty.
    /// Stops at the first row after `isCancelled` turns true.
    func cellTexts(_ table: Table) -> [[String]] {
        Array(table.rows.lazy.prefix { _ in !isCancelled() }.map { row in
            table.columns.indices.map { table.cell(in: row, at: $0).plainText }
        })
    }
}
