import KnowledgeGraph
import KnowledgeQuery
import Rendering

extension ResultRenderer {
    /// Entity lists: `id`, `kind` (when kinds are mixed), `name`, then the kind's attributes (numbers
    /// right-aligned).
    /// JSON gives every row `id`, `kind`, `name`, `aliases` and all its attributes.
    func render(_ list: EntityList) -> String {
        if format == .json {
            let rows = list.entities.map { entity -> JSONValue in
                var fields: [(String, JSONValue)] = [("id", .string(entity.id)), ("kind", .string(entity.kind)), ("name", .string(entity.name)),
                                                     ("aliases", .array(entity.aliases.map { .string($0) }))]
                fields += entity.attributes.map { ($0.name, Self.json($0.value)) }
                return .object(fields)
            }
            return JSONValue.array(rows).rendered() + "\n"
        }
        let mixed = Set(list.entities.map(\.kind)).count > 1 || list.columns.isEmpty && list.noun == .entity
        var columns = [Table.Column(name: "id", keepsWidth: true)]
        if mixed { columns.append(Table.Column(name: "kind")) }
        columns.append(Table.Column(name: "name"))
        let attributeColumns = mixed ? [] : list.columns
        let rows = list.entities.map { entity -> [Table.Cell] in
            var row: [Table.Cell] = [.text(entity.id)]
            if mixed { row.append(.text(entity.kind)) }
            row.append(.text(entity.name))
            row += attributeColumns.map { name in
                guard let value = entity.attribute(name)?.value else { return .empty }
                if case .number(let number) = value { return .number(number) }
                return .text(value.description)
            }
            return row
        }
        // Number columns (such as `minimum-count`) are right-aligned, like counts elsewhere.
        let firstAttribute = columns.count
        columns += attributeColumns.enumerated().map { offset, name in
            let cells = rows.map { $0[firstAttribute + offset] }.filter { $0 != .empty }
            let numeric = !cells.isEmpty && cells.allSatisfy { if case .number = $0 { return true } else { return false } }
            return Table.Column(name: name, alignment: numeric ? .right : .left)
        }
        return render(Table(columns: columns, rows: rows), noun: list.noun, note: list.entities.isEmpty ? list.explanation : nil)
    }

    static func json(_ value: Value) -> JSONValue {
        if case .number(let number) = value { return .number(number) }
        return .string(value.description)
    }
}
