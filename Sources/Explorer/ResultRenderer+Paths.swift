import KnowledgeGraph
import KnowledgeQuery
import Rendering

extension ResultRenderer {
    /// Paths as `a -rel-> b <-rel- c`, one per row. JSON:
    /// `{from, to, length, paths: [[{from, relation, direction, to}]], truncated}`.
    func render(_ list: PathList) -> String {
        if format == .json {
            let paths = list.paths.map { path in
                JSONValue.array(path.map { step in
                    .object([("from", .string(step.from)), ("relation", .string(step.relation)),
                             ("direction", .string(step.direction.rawValue)), ("to", .string(step.to))])
                })
            }
            return JSONValue.object([("from", .string(list.from.id)), ("to", .string(list.to.id)),
                                     ("length", list.paths.first.map { .number(Double($0.count)) } ?? .null),
                                     ("paths", .array(paths)), ("truncated", .bool(list.truncated))]).rendered() + "\n"
        }
        return render(Self.table(list), noun: Noun("shortest path", "shortest paths"), note: Self.note(list))
    }

    /// The table paths are shown as: each path's length and its steps.
    static func table(_ list: PathList) -> Table {
        let rows = list.paths.map { path -> [Table.Cell] in
            let text = ([list.from.id] + path.map { "\($0.arrow) \($0.to)" }).joined(separator: " ")
            return [.number(Double(path.count)), .text(text)]
        }
        return Table(columns: [Table.Column(name: "steps", alignment: .right), Table.Column(name: "path")], rows: rows)
    }

    /// What the reader should know beyond the paths listed: that there are none, or more.
    static func note(_ list: PathList) -> String? {
        if list.paths.isEmpty {
            return list.from.id == list.to.id ? "an entity is its own start and end" : "\(list.from.id) and \(list.to.id) are not connected"
        }
        return list.truncated ? "more shortest paths exist" : nil
    }
}
