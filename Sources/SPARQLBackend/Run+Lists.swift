import KnowledgeGraph
import KnowledgeQuery

/// Entity lists and `select`, built as the in-memory executor builds them.
extension Run {
    /// An executed query as an entity list, with why it is empty and what it did not count. With
    /// `Detail.provenance` its entities are read whole and its columns made from them; otherwise only
    /// their names and their attribute statements without quotes are read.
    func entityList(_ query: QueryPlan) throws -> EntityList {
        let (refs, kinds) = try evaluate(query)
        let whole = detail == .provenance
        let entities = try self.entities(refs, whole: whole)
        var columns: [AttributeColumn] = []
        if kinds.count == 1, let name = kinds.first, let kind = schema.kind(name) {
            let facts = whole ? [:] : try attributeStatements(of: entities.map(\.id), quoted: false)
            func statements(of entity: Entity, _ name: String) -> [StatedValue] {
                guard !whole else { return entity.statements(of: name).map(StatedValue.init) }
                return (facts[entity.id] ?? []).compactMap { fact in
                    guard fact.predicate == name, case .value(let value) = fact.object else { return nil }
                    return StatedValue(value: value, hedge: fact.qualifiers.hedge, negated: fact.qualifiers.negated)
                }
            }
            columns = kind.attributes.map { attribute in
                var column = AttributeColumn(name: attribute.name)
                for entity in entities {
                    for statement in statements(of: entity, attribute.name) { column.append(statement) }
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
