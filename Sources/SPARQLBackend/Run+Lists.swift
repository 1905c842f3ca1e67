import KnowledgeGraph
import KnowledgeQuery

/// Entity lists and `select`, built as the in-memory executor builds them.
extension Run {
    /// An executed query as an entity list, with why it is empty and what it did not count: its
    /// columns are made from the entities read whole, which it holds only with `Detail.provenance`.
    func entityList(_ query: QueryPlan) throws -> EntityList {
        let (refs, kinds) = try evaluate(query)
        let entities = try self.entities(refs)
        var columns: [AttributeColumn] = []
        if kinds.count == 1, let name = kinds.first, let kind = schema.kind(name) {
            columns = kind.attributes.map { attribute in
                var column = AttributeColumn(name: attribute.name)
                for entity in entities {
                    for statement in entity.statements(of: attribute.name) { column.append(StatedValue(statement)) }
                    column.endRow()
                }
                return column
            }.filter(\.hasStatements)
        }
        let emptiness = entities.isEmpty ? try explainEmpty(query) : nil
        let notes = UncountedStatements(try uncountedFacts(query, result: Set(refs.map(\.id)))).map { [ResultNote.uncounted($0)] } ?? []
        return EntityList(ids: entities.map(\.id), kinds: entities.map(\.kind), names: entities.map(\.name), columns: columns,
                          entities: detail == .provenance ? entities : nil, noun: schema.noun(for: kinds), emptiness: emptiness, notes: notes)
    }

    /// `select a, b from QUERY`: one row per entity, one column per field (relations list related ids).
    func select(_ fields: [BoundField], from query: QueryPlan) throws -> QueryResult {
        let (refs, kinds) = try evaluate(query)
        let columns = try fields.map { try values(along: $0, of: refs) }
        let rows = refs.map { ref in
            zip(fields, columns).map { field, column -> Rows.Cell in
                let values = column[ref.id] ?? []
                let texts = values.map(\.display)
                if case .relation = field.last { return .list(texts) }
                if case .builtin(.aliases) = field.last { return .list(texts) }
                if field.hops.isEmpty, texts.count == 1, case .value(.number(let number))? = values.first { return .number(number) }
                return texts.isEmpty ? .empty : texts.count == 1 ? .text(texts[0]) : .list(texts)
            }
        }
        return .rows(Rows(columns: fields.map { Rows.Column($0.written.text) }, rows: rows, noun: schema.noun(for: kinds), selectable: true))
    }
}
