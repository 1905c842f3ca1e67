import KnowledgeGraph
import KnowledgeQuery
import Rendering

extension ResultRenderer {
    /// Entity lists: `id`, `kind` (when kinds are mixed), `name`, then the kind's attributes (numbers
    /// right-aligned), made a column at a time.
    /// JSON gives every row `id`, `kind`, `name`, `aliases`, each attribute's first asserted value, and
    /// `statements`: every attribute statement with its value, document, hedge, negation and as-of date;
    /// with `links`, also `relations`: every relation statement of the entity (from `context`), as `show` lists them.
    /// JSON needs the whole entities, which a list holds when executed with the renderer's `detail`.
    func render(_ list: EntityList, context: ResultContext) -> String {
        if format == .json {
            let relations = links ? Self.linksJSON(context) : [:]
            let rows = (list.entities ?? []).lazy.prefix { _ in !isCancelled }.map { entity -> JSONValue in
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
        let (table, note) = self.table(list)
        return render(table, noun: list.noun, note: note)
    }

    /// The table an entity list is shown as, and what its footer says beyond the count.
    func table(_ list: EntityList) -> (table: Table, note: String?) {
        let mixed = list.kinds.contains { $0 != list.kinds.first } || list.columns.isEmpty && list.noun == .entity
        var columns = [Table.Column(name: "id", keepsWidth: true)]
        if mixed { columns.append(Table.Column(name: "kind")) }
        columns.append(Table.Column(name: "name"))
        let attributes = mixed ? [] : list.columns
        // Number columns (such as `minimum-count`) are right-aligned, like counts elsewhere: those
        // with numbers and nothing else.
        var numbers = Array(repeating: false, count: attributes.count), texts = numbers
        var rows: [[Table.Cell]] = []
        rows.reserveCapacity(list.ids.count)
        for row in list.ids.indices {
            guard !isCancelled else { break }
            var cells: [Table.Cell] = [.text(list.ids[row])]
            cells.reserveCapacity(columns.count + attributes.count)
            if mixed { cells.append(.text(list.kinds[row])) }
            cells.append(.text(list.names[row]))
            for (offset, column) in attributes.enumerated() {
                let cell = Self.cell(column[row])
                switch cell {
                case .number: numbers[offset] = true
                case .text, .list: texts[offset] = true
                case .empty: break
                }
                cells.append(cell)
            }
            rows.append(cells)
        }
        columns += attributes.indices.map { Table.Column(name: attributes[$0].name, alignment: numbers[$0] && !texts[$0] ? .right : .left) }
        let notes = Self.notes(list)
        var table = Table(columns: columns, rows: rows)
        table.hiddenHint = Self.selectHint
        return (table, notes.isEmpty ? nil : notes.joined(separator: "; "))
    }

    /// A row's statements of an attribute as one cell: every distinct value, hedged or denied ones
    /// tagged (`stopped-early [implied]`); a number when that is the one value and plainly asserted.
    private static func cell(_ statements: ArraySlice<StatedValue>) -> Table.Cell {
        func text(_ statement: StatedValue) -> String {
            let tag = statement.tag
            return tag.isEmpty ? statement.value.description : "\(statement.value) \(tag)"
        }
        // Most rows have one statement of an attribute, which needs no search for repeats.
        if statements.count == 1, let only = statements.first {
            if only.isAsserted, case .number(let number) = only.value { return .number(number) }
            return .text(text(only))
        }
        var seen: Set<String> = []
        let distinct = statements.filter { seen.insert("\($0.value.key)\($0.tag)").inserted }
        guard let first = distinct.first else { return .empty }
        if distinct.count == 1, first.isAsserted, case .number(let number) = first.value { return .number(number) }
        let texts = distinct.map(text)
        return texts.count == 1 ? .text(texts[0]) : .list(texts)
    }

    /// What the `table` format's footer says about a list beyond its count: why it is empty, and its notes.
    static func notes(_ list: EntityList) -> [String] {
        (list.ids.isEmpty ? [list.emptiness?.words].compactMap { $0 } : []) + list.notes.map(\.words)
    }

    /// The footer's notes for the formats that have no footer (plain, csv, json, markdown), which
    /// kx writes to standard error so that the output itself keeps its shape: `0 trials: no trial
    /// has control=placebo; values seen: no-trastuzumab`. Empty in the `table` format.
    public func footerNotes(for result: QueryResult) -> [String] {
        guard format != .table, case .entities(let list) = result else { return [] }
        let notes = Self.notes(list)
        guard !notes.isEmpty else { return [] }
        return [TerminalText.escapeControlCharacters("\(list.noun.counted(list.ids.count)): \(notes.joined(separator: "; "))")]
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
