import KnowledgeGraph

extension GraphExecutor {
    /// The card of an entity: attributes, relations both ways, and where each comes from. O(d) for degree d.
    func card(for entity: Entity) -> Card {
        var links: [Card.Link] = []
        for direction in [Direction.outgoing, .incoming] {
            for relation in graph.relations(of: entity.id, direction) {
                guard let other = graph.entity(id: relation.end(direction)), let type = graph.schema.relation(relation.type) else { continue }
                links.append(Card.Link(name: direction == .outgoing ? type.name : type.inverse, direction: direction, other: other, relation: relation))
            }
        }
        let kind = graph.schema.kind(entity.kind) ?? EntityKind(name: entity.kind, plural: entity.kind, meaning: "", attributes: [])
        let documents = Set(entity.provenance.map(\.document) + entity.attributes.map(\.document) + links.map(\.relation.document))
        return Card(entity: entity, kind: kind, links: links, citations: citations(documents))
    }

    func citations(_ documents: Set<String>) -> [String: String] {
        Dictionary(uniqueKeysWithValues: documents.map { ($0, graph.citation(of: $0)) })
    }

    /// At most this many neighbours are listed, so one well-connected entity cannot produce a
    /// listing of a whole literature.
    static let maximumNeighbors = 10_000

    /// Entities within `depth` hops, breadth first, each with the edge that first reached it, at most `maximumNeighbors`.
    /// O(V + E) over the part of the graph reached.
    func neighbors(of start: Entity, depth: Int) throws -> QueryResult {
        guard let origin = graph.position(of: start.id) else { return .rows(Rows(columns: [], rows: [], noun: Noun("neighbor", "neighbors"), origin: start.id)) }
        var seen: Set<Int> = [origin]
        var frontier = [origin]
        var rows: [[Rows.Cell]] = []
        var more = false
        levels: for level in stride(from: 1, through: depth, by: 1) {
            var next: [Int] = []
            for node in frontier {
                try cancellation?.check()
                for direction in [Direction.outgoing, .incoming] {
                    for relation in graph.relationIndexes(at: node, direction) {
                        let other = graph.end(of: relation, direction)
                        guard seen.insert(other).inserted else { continue }
                        if rows.count == Self.maximumNeighbors { more = true; break levels }
                        next.append(other)
                        let step = step(relation: relation, from: node, direction: direction)
                        rows.append([.number(Double(level)), .entity(step.to), .text(graph.kind(at: other)), .text(graph.name(at: other)), .step(step)])
                    }
                }
            }
            frontier = next
        }
        let columns = [Rows.Column("depth", .quantity), Rows.Column("id", .identifier), Rows.Column("kind"), Rows.Column("name"), Rows.Column("via")]
        let note = more ? ResultNote.moreNeighbors(depth: depth) : nil
        return .rows(Rows(columns: columns, rows: rows, noun: Noun("neighbor", "neighbors"), note: note, origin: start.id))
    }

    /// `select a, b from QUERY`: one row per entity, one column per field (relations list related ids).
    func select(_ fields: [BoundField], from query: QueryPlan) throws -> QueryResult {
        let (entities, kinds) = try evaluate(query)
        let rows = entities.map { entity in
            fields.map { field -> Rows.Cell in
                let values = values(of: entity, along: field)
                let texts = values.map(\.display)
                if case .relation = field.last { return .list(texts) }
                if case .builtin(.aliases) = field.last { return .list(texts) }
                if field.hops.isEmpty, texts.count == 1, case .value(.number(let number))? = values.first { return .number(number) }
                return texts.isEmpty ? .empty : texts.count == 1 ? .text(texts[0]) : .list(texts)
            }
        }
        return .rows(Rows(columns: fields.map { Rows.Column($0.written.text) }, rows: rows, noun: graph.schema.noun(for: kinds), selectable: true))
    }
}
