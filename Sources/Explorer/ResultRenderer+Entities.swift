import KnowledgeGraph
import KnowledgeQuery
import Rendering

extension ResultRenderer {
    /// Entity lists: `id`, `kind` (when kinds are mixed), `name`, then the kind's attributes.
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
        var columns = [Table.Column(name: "id")]
        if mixed { columns.append(Table.Column(name: "kind")) }
        columns.append(Table.Column(name: "name"))
        let attributeColumns = mixed ? [] : list.columns
        columns += attributeColumns.map { Table.Column(name: $0) }
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
        return render(Table(columns: columns, rows: rows), noun: list.noun, note: list.entities.isEmpty ? list.explanation : nil)
    }

    static func json(_ value: Value) -> JSONValue {
        if case .number(let number) = value { return .number(number) }
        return .string(value.description)
    }
}
