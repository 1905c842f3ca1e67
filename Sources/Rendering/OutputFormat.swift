/// The ways a `Table` can be rendered; raw values are the names users type (e.g. `--format csv`).
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Box-drawn table for people: aligned, coloured and fitted to the terminal width.
    case table
    /// Tab-separated values with a header line, for shell pipelines.
    case plain
    /// A pretty-printed JSON array with one object per row.
    case json
    /// Comma-separated values (RFC 4180 quoting, `\n` line endings).
    case csv
    /// A GitHub-flavoured Markdown pipe table.
    case markdown
}
