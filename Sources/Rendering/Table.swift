/// A tabular query result, independent of how it will be shown.
///
/// Renderers read cells by column index; a row shorter than `columns` is treated as
/// padded with `.empty` cells and cells beyond the last column are ignored.
public struct Table: Sendable, Equatable {
    /// The columns, in display order.
    public var columns: [Column]
    /// The rows, each holding one cell per column.
    public var rows: [[Cell]]
    /// A summary line such as `(2 trials)`, shown only by the `table` format.
    public var footer: String?
    /// What to do to see the columns a narrow terminal leaves out, said under the table.
    public var hiddenHint = "use a wider window or .format plain"

    /// Creates a table from its columns, rows and optional footer.
    public init(columns: [Column], rows: [[Cell]], footer: String? = nil) {
        self.columns = columns
        self.rows = rows
        self.footer = footer
    }

    /// The cell at `column` in `row`, or `.empty` when the row is too short.
    func cell(in row: [Cell], at column: Int) -> Cell {
        column < row.count ? row[column] : .empty
    }
}
