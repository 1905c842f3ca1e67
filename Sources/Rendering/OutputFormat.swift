/// How results are written; raw values are the names users type (e.g. `--format csv`).
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
    /// A picture in Graphviz's DOT language, for results that are graphs.
    case dot
    /// The DOT picture drawn as SVG by Graphviz's `dot` program.
    case svg

    /// Whether the format draws results as pictures of graphs rather than writing tables.
    public var isPicture: Bool {
        self == .dot || self == .svg
    }

    /// How the format writes a table: as itself, or for a picture format (where only a
    /// dot-command's listing, such as `.lessons`, is a table) as the `table` format.
    public var tableFormat: TableFormat {
        switch self {
        case .table, .dot, .svg: return .table
        case .plain: return .plain
        case .json: return .json
        case .csv: return .csv
        case .markdown: return .markdown
        }
    }

    /// The formats that write tables, as users type them: `table, plain, json, csv, markdown`.
    public static var tableFormats: [OutputFormat] {
        allCases.filter { !$0.isPicture }
    }
}
