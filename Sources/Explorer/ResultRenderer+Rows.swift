import KnowledgeGraph
import KnowledgeQuery
import Rendering

extension ResultRenderer {
    /// Rows as a table: quantities right-aligned, identifiers never narrowed, topics never left out,
    /// and a step shown as where it starts and its arrow (`lajos-pusztai <-first_author-`).
    func render(_ rows: Rows) -> String {
        render(Self.table(rows), noun: rows.noun, note: rows.note?.words)
    }

    /// The hint under a narrow table whose query `select` can narrow to the columns wanted.
    static let selectHint = "use select FIELD, … from the same query, a wider window or .format plain"

    /// The table that shows `rows`.
    static func table(_ rows: Rows) -> Table {
        let columns = rows.columns.map { column in
            Table.Column(name: column.name, alignment: column.role == .quantity ? .right : .left,
                         keepsWidth: column.role == .identifier, keepsShown: column.role == .topic)
        }
        var table = Table(columns: columns, rows: rows.rows.map { $0.map(cell) })
        if rows.selectable { table.hiddenHint = Self.selectHint }
        return table
    }

    /// How one neutral cell is shown.
    static func cell(_ cell: Rows.Cell) -> Table.Cell {
        switch cell {
        case .text(let text): return .text(text)
        case .number(let number): return .number(number)
        case .list(let items): return .list(items)
        case .empty: return .empty
        case .entity(let id): return .text(id)
        case .step(let step): return .text("\(step.from) \(step.arrow)")
        }
    }
}
