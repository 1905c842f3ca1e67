import KnowledgeGraph

extension Evaluator {
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

    /// Entities within `depth` hops, breadth first, each with the edge that first reached it.
    /// O(V + E) over the part of the graph reached.
    func neighbors(of start: Entity, depth: Int) throws -> QueryResult {
        var seen: Set<String> = [start.id]
        var frontier = [start]
        var rows: [[Rows.Cell]] = []
        for level in stride(from: 1, through: depth, by: 1) {
            var next: [Entity] = []
            for entity in frontier {
                try cancellation?.check()
                for direction in [Direction.outgoing, .incoming] {
                    for relation in graph.relations(of: entity.id, direction) {
                        let otherID = relation.end(direction)
                        guard !seen.contains(otherID), let other = graph.entity(id: otherID) else { continue }
                        seen.insert(otherID)
                        next.append(other)
                        let step = PathStep(relation, from: entity.id, direction: direction)
                        rows.append([.number(Double(level)), .entity(other.id), .text(other.kind), .text(other.name), .step(step)])
                    }
                }
            }
            frontier = next
        }
        let columns = [Rows.Column("depth", .quantity), Rows.Column("id", .identifier), Rows.Column("kind"), Rows.Column("name"), Rows.Column("via")]
        return .rows(Rows(columns: columns, rows: rows, noun: Noun("neighbor", "neighbors")))
    }

    /// All shortest paths between two entities, relations walked either way (at most 20 listed).
    /// Breadth-first search: O(V + E).
    func paths(from start: Entity, to goal: Entity) throws -> PathList {
        let limit = 20
        var distance: [String: Int] = [start.id: 0]
        var parents: [String: [PathStep]] = [:]
        var frontier = [start.id]
        while !frontier.isEmpty, distance[goal.id] == nil {
            var next: [String] = []
            for id in frontier {
                try cancellation?.check()
                for direction in [Direction.outgoing, .incoming] {
                    for relation in graph.relations(of: id, direction) {
                        let other = relation.end(direction)
                        let step = PathStep(relation, from: id, direction: direction)
                        if distance[other] == nil {
                            distance[other] = (distance[id] ?? 0) + 1
                            next.append(other)
                        }
                        if distance[other] == (distance[id] ?? 0) + 1, !(parents[other] ?? []).contains(step) {
                            parents[other, default: []].append(step)
                        }
                    }
                }
            }
            frontier = next
        }
        var paths: [[PathStep]] = []
        var truncated = false
        if start.id != goal.id, distance[goal.id] != nil {
            var stack: [(String, [PathStep])] = [(goal.id, [])]
            while let (id, suffix) = stack.popLast() {
                if id == start.id {
                    if paths.count == limit { truncated = true; break }
                    paths.append(suffix)
                    continue
                }
                for step in (parents[id] ?? []).reversed() { stack.append((step.from, [step] + suffix)) }
            }
        }
        paths.sort { $0.map(\.to).joined(separator: " ") < $1.map(\.to).joined(separator: " ") }
        return PathList(from: start, to: goal, paths: paths, truncated: truncated)
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
        return .rows(Rows(columns: fields.map { Rows.Column($0.written.text) }, rows: rows, noun: graph.schema.noun(for: kinds)))
    }
}
