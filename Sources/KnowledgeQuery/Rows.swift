/// Rows that are not entities (`select`, `neighbors`, statements, introspection), independent of how
/// they will be shown: named columns of typed cells, and what the rows are.
public struct Rows: Sendable, Equatable {
    public var columns: [Column]
    /// One cell per column.
    public var rows: [[Cell]]
    /// What one row is, for footers such as `(2 statements)`.
    public var noun: Noun
    /// What the reader should know about the rows, such as that more were found than are listed.
    public var note: ResultNote?
    /// Whether `select FIELD, … from` the same query picks these rows' columns (statements, and
    /// entities), so a hint may suggest it.
    public var selectable: Bool
    /// The entity every row was reached from, by id, when the rows are its neighbourhood
    /// (`neighbors`), so the rows can be drawn as a graph around it; nil otherwise.
    public var origin: String?

    public init(columns: [Column], rows: [[Cell]], noun: Noun, note: ResultNote? = nil, selectable: Bool = false, origin: String? = nil) {
        self.columns = columns
        self.rows = rows
        self.noun = noun
        self.note = note
        self.selectable = selectable
        self.origin = origin
    }
}

extension Rows {
    /// The rows of `neighbors` from `origin`: depth, id, kind, name and the step that reached each entity.
    public static func neighbors(_ found: [(depth: Int, step: PathStep, kind: String, name: String)], of origin: String, depth: Int, more: Bool) -> Rows {
        let rows = found.map { row -> [Cell] in [.number(Double(row.depth)), .entity(row.step.to), .text(row.kind), .text(row.name), .step(row.step)] }
        let columns = [Column("depth", .quantity), Column("id", .identifier), Column("kind"), Column("name"), Column("via")]
        return Rows(columns: columns, rows: rows, noun: Noun("neighbor", "neighbors"), note: more ? .moreNeighbors(depth: depth) : nil, origin: origin)
    }
}
