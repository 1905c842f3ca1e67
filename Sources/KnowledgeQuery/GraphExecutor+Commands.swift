import KnowledgeGraph

extension GraphExecutor {
    /// An entity with its relations both ways, in relation order. O(d) for degree d.
    func statements(of entity: Entity) -> EntityStatements {
        EntityStatements(entity: entity, outgoing: graph.relations(of: entity.id, .outgoing), incoming: graph.relations(of: entity.id, .incoming),
                         schema: graph.schema)
    }

    func citations(_ documents: some Sequence<String>) -> [String: String] {
        Dictionary(uniqueKeysWithValues: documents.map { ($0, graph.citation(of: $0)) })
    }

    /// At most this many neighbours are listed, so one well-connected entity cannot produce a
    /// listing of a whole literature.
    public static let maximumNeighbors = 10_000

    /// Entities within `depth` hops, breadth first, each with the edge that first reached it (see `GraphSearch`).
    func neighbors(of start: Entity, depth: Int) throws -> QueryResult {
        guard let origin = graph.position(of: start.id) else { return .rows(Rows.neighbors([], of: start.id, depth: depth, more: false)) }
        var search = PositionGraph(graph: graph)
        let (found, more) = try GraphSearch.neighborhood(of: origin, depth: depth, limit: Self.maximumNeighbors, in: &search, cancellation: cancellation)
        let rows = found.map { ($0.depth, $0.step, graph.kind(at: $0.node), graph.name(at: $0.node)) }
        return .rows(Rows.neighbors(rows, of: start.id, depth: depth, more: more))
    }

    /// `select a, b from QUERY`: one row per entity, one column per field (relations list related ids).
    func select(_ fields: [BoundField], from query: QueryPlan) throws -> QueryResult {
        let (entities, kinds) = try evaluate(query)
        let columns = fields.map { cells(of: entities, along: $0) }
        let rows = entities.indices.map { row in columns.map { $0[row] } }
        return .rows(Rows(columns: fields.map { Rows.Column($0.written.text) }, rows: rows, noun: graph.schema.noun(for: kinds), selectable: true))
    }

    /// One column of `select`, made a column at a time: a field without hops reads the store's
    /// columns directly, and only a path of hops goes through `values(of:along:)`.
    private func cells(of positions: [Int], along field: BoundField) -> [Rows.Cell] {
        guard field.hops.isEmpty else { return positions.map { cell(values(of: $0, along: field), along: field) } }
        switch field.last {
        case .builtin(.id): return positions.map { .text(graph.id(at: $0)) }
        case .builtin(.name): return positions.map { .text(graph.name(at: $0)) }
        case .builtin(.kind): return positions.map { .text(graph.kind(at: $0)) }
        case .attribute(let name):
            return positions.map { cell(graph.assertedValues(at: $0, name).map(FieldValue.value), along: field) }
        case .relation(let type, let direction):
            // Related ids only: `values(of:along:)` would also look up each one's name and aliases.
            return positions.map { .list(graph.neighbors(at: $0, direction, type: type).map { graph.id(at: $0) }) }
        case .builtin(.aliases), .builtin(.xrefs):
            return positions.map { cell(values(of: $0, along: field), along: field) }
        }
    }

    private func cell(_ values: [FieldValue], along field: BoundField) -> Rows.Cell {
        let texts = values.map(\.display)
        if case .relation = field.last { return .list(texts) }
        if case .builtin(.aliases) = field.last { return .list(texts) }
        if field.hops.isEmpty, texts.count == 1, case .value(.number(let number))? = values.first { return .number(number) }
        return texts.isEmpty ? .empty : texts.count == 1 ? .text(texts[0]) : .list(texts)
    }
}
