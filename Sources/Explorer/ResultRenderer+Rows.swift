import KnowledgeGraph
import KnowledgeQuery
import Rendering

extension ResultRenderer {
    /// Rows as a table: quantities right-aligned, identifiers never narrowed, topics never left out,
    /// and a step shown as where it starts and its arrow (`lajos-pusztai <-first_author-`).
    /// In JSON, an array of objects keyed by column, where a step is `{from, relation, direction,
    /// to, hedge, negated}` (`hedge` null when asserted) rather than its arrow.
    func render(_ rows: Rows) -> String {
        guard format == .json else { return render(Self.table(rows), noun: rows.noun, note: rows.note?.words) }
        let objects = rows.rows.lazy.prefix { _ in !isCancelled }.map { row in
            JSONValue.object(rows.columns.indices.map { column in
                (rows.columns[column].name, column < row.count ? Self.json(row[column]) : .null)
            })
        }
        return JSONValue.array(Array(objects)).rendered(pretty: true) + "\n"
    }

    /// One neutral cell as JSON: as its table cell, except that a step is an object.
    static func json(_ cell: Rows.Cell) -> JSONValue {
        guard case .step(let step) = cell else { return Self.cell(cell).jsonValue }
        return .object([("from", .string(step.from)), ("relation", .string(step.relation)), ("direction", .string(step.direction.rawValue)),
                        ("to", .string(step.to)), ("hedge", step.hedge.map { .string($0) } ?? .null), ("negated", .bool(step.negated))])
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
