import KnowledgeGraph
import KnowledgeQuery
import Rendering

extension ResultRenderer {
    /// Entity lists: `id`, `kind` (when kinds are mixed), `name`, then the kind's attributes (numbers
    /// right-aligned).
    /// JSON gives every row `id`, `kind`, `name`, `aliases`, each attribute's first asserted value, and
    /// `statements`: every attribute statement with its value, document, hedge, negation and as-of date;
    /// with `links`, also `relations`: every relation statement of the entity (from `context`), as `show` lists them.
    func render(_ list: EntityList, context: ResultContext) -> String {
        if format == .json {
            let relations = links ? Self.linksJSON(context) : [:]
            let rows = list.entities.lazy.prefix { _ in !isCancelled }.map { entity -> JSONValue in
                var fields: [(String, JSONValue)] = [("id", .string(entity.id)), ("kind", .string(entity.kind)), ("name", .string(entity.name)),
                                                     ("aliases", .array(entity.aliases.map { .string($0) }))]
                var named: Set<String> = []
                for attribute in entity.attributes where attribute.qualifiers.isAsserted && named.insert(attribute.name).inserted {
                    fields.append((attribute.name, Self.json(attribute.value)))
                }
                let statements = entity.attributes.map { attribute -> JSONValue in
                    .object([("attribute", .string(attribute.name)), ("value", Self.json(attribute.value))] + Self.json(attribute.document, attribute.qualifiers)
                            + [("where", .array(attribute.provenance.map { .string($0.citation) }))])
                }
                fields.append(("statements", .array(statements)))
                if links { fields.append(("relations", .array(relations[entity.id] ?? []))) }
                return .object(fields)
            }
            return JSONValue.array(Array(rows)).rendered() + "\n"
        }
        let mixed = Set(list.entities.map(\.kind)).count > 1 || list.columns.isEmpty && list.noun == .entity
        var columns = [Table.Column(name: "id", keepsWidth: true)]
        if mixed { columns.append(Table.Column(name: "kind")) }
        columns.append(Table.Column(name: "name"))
        let attributeColumns = mixed ? [] : list.columns
        let rows = Array(list.entities.lazy.prefix { _ in !isCancelled }.map { entity -> [Table.Cell] in
            var row: [Table.Cell] = [.text(entity.id)]
            if mixed { row.append(.text(entity.kind)) }
            row.append(.text(entity.name))
            // Every statement's value, hedged or denied ones tagged (`stopped-early [implied]`).
            row += attributeColumns.map { name in
                var seen: Set<String> = []
                let statements = entity.statements(of: name).filter { seen.insert("\($0.value.key)\($0.qualifiers.tag)").inserted }
                guard let first = statements.first else { return .empty }
                if statements.count == 1, first.qualifiers.isAsserted, case .number(let number) = first.value { return .number(number) }
                let texts = statements.map { $0.qualifiers.tag.isEmpty ? $0.value.description : "\($0.value) \($0.qualifiers.tag)" }
                return texts.count == 1 ? .text(texts[0]) : .list(texts)
            }
            return row
        })
        // Number columns (such as `minimum-count`) are right-aligned, like counts elsewhere.
        let firstAttribute = columns.count
        columns += attributeColumns.enumerated().map { offset, name in
            let cells = rows.map { $0[firstAttribute + offset] }.filter { $0 != .empty }
            let numeric = !cells.isEmpty && cells.allSatisfy { if case .number = $0 { return true } else { return false } }
            return Table.Column(name: name, alignment: numeric ? .right : .left)
        }
        let notes = Self.notes(list)
        var table = Table(columns: columns, rows: rows)
        table.hiddenHint = Self.selectHint
        return render(table, noun: list.noun, note: notes.isEmpty ? nil : notes.joined(separator: "; "))
    }

    /// What the `table` format's footer says about a list beyond its count: why it is empty, and its notes.
    static func notes(_ list: EntityList) -> [String] {
        (list.entities.isEmpty ? [list.emptiness?.words].compactMap { $0 } : []) + list.notes.map(\.words)
    }

    /// The footer's notes for the formats that have no footer (plain, csv, json, markdown), which
    /// kx writes to standard error so that the output itself keeps its shape: `0 trials: no trial
    /// has control=placebo; values seen: no-trastuzumab`. Empty in the `table` format.
    public func footerNotes(for result: QueryResult) -> [String] {
        guard format != .table, case .entities(let list) = result else { return [] }
        let notes = Self.notes(list)
        guard !notes.isEmpty else { return [] }
        return [TerminalText.escapeControlCharacters("\(list.noun.counted(list.entities.count)): \(notes.joined(separator: "; "))")]
    }

    /// Each entity's relation statements as JSON, by id: outgoing ones, then incoming ones, in graph
    /// order (as `show` lists them), each `{relation, direction, id, kind, name, document, hedge,
    /// negated, as_of, notes, where}`, where `relation` is the name read from the entity (the
    /// inverse for an incoming one) and `id`, `kind`, `name` are the other end's.
    static func linksJSON(_ context: ResultContext) -> [String: [JSONValue]] {
        var outgoing: [String: [JSONValue]] = [:], incoming: [String: [JSONValue]] = [:]
        for relation in context.relations {
            for direction in [Direction.outgoing, .incoming] {
                let other = relation.end(direction)
                let summary = context.entities[other]
                let link = JSONValue.object([("relation", .string(context.name(of: relation, from: direction))), ("direction", .string(direction.rawValue)),
                                             ("id", .string(other)), ("kind", summary.map { .string($0.kind) } ?? .null),
                                             ("name", summary.map { .string($0.name) } ?? .null)]
                                            + json(relation.document, relation.qualifiers)
                                            + [("where", .array(relation.provenance.map { .string($0.citation) }))])
                if direction == .outgoing { outgoing[relation.subject, default: []].append(link) } else { incoming[relation.object, default: []].append(link) }
            }
        }
        return outgoing.merging(incoming) { $0 + $1 }
    }

    static func json(_ value: Value) -> JSONValue {
        if case .number(let number) = value { return .number(number) }
        return .string(value.description)
    }
}
