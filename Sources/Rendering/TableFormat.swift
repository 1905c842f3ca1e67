/// The ways a `Table` can be written; each `OutputFormat` writes its tables in one of them.
public enum TableFormat: String, CaseIterable, Sendable {
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
