/// One attribute of a list of entities, row by row: each row's statements of it, in statement order.
/// The statements of all rows lie in one array, so a column of n rows is two arrays rather than n.
public struct AttributeColumn: Hashable, Sendable {
    public var name: String
    private var statements: [StatedValue] = []
    /// Where each row's statements start in `statements`, followed by where the last row's end.
    private var starts: [Int] = [0]

    /// A column without rows.
    public init(name: String) {
        self.name = name
    }

    /// The number of rows.
    public var count: Int { starts.count - 1 }

    /// Whether some row has a statement of the attribute.
    public var hasStatements: Bool { !statements.isEmpty }

    /// The statements of row `row`.
    public subscript(row: Int) -> ArraySlice<StatedValue> {
        statements[starts[row]..<starts[row + 1]]
    }

    /// Adds a statement to the row being made.
    public mutating func append(_ statement: StatedValue) {
        statements.append(statement)
    }

    /// Ends the row being made: the statements added since the last row ended are its statements.
    public mutating func endRow() {
        starts.append(statements.count)
    }
}
