import KnowledgeGraph
import KnowledgeQuery

/// `show`, `why`, `neighbors` and `path` on an endpoint, built by the same code as in memory.
extension Run {
    /// The one entity `name` refers to; a kind word, none or several is an error. Unless `whole`,
    /// only its kind, names, cross-references and notes are read.
    func entity(_ name: Name, whole: Bool = true) throws -> Entity {
        var found = executor.lookUp(name.text)
        if found.isEmpty, !name.quoted, let kind = schema.kind(named: name.text) {
            let members = try select("SELECT ?e WHERE { ?e a \(vocabulary.kind(kind.name)) } ORDER BY STR(?e) LIMIT 6").rows.compactMap { id($0["e"]) }
            throw QueryError.kindNotEntity(name, kind: kind, members: members)
        }
        if found.isEmpty { found = try executor.binder.entities(named: Name(text: name.text, span: name.span, quoted: true)) }
        guard found.count == 1, let only = found.first, let entity = try entities([EntityRef(id: only.id, kind: only.kind)], whole: whole).first else {
            throw QueryError.notOneEntity(name, ids: found.map(\.id))
        }
        return entity
    }

    /// An entity with its relation statements both ways, in relation order.
    func statements(of entity: Entity) throws -> EntityStatements {
        let outgoing = try relationStatements(of: [entity.id], .outgoing).compactMap(Self.relation)
        let incoming = try relationStatements(of: [entity.id], .incoming).compactMap(Self.relation)
        return EntityStatements(entity: entity, outgoing: outgoing, incoming: incoming, schema: schema)
    }

    static func relation(_ fact: Fact) -> Relation? {
        guard case .entity(let object) = fact.object else { return nil }
        return Relation(subject: fact.subject, type: fact.predicate, object: object, document: fact.document, provenance: fact.provenance,
                        qualifiers: fact.qualifiers)
    }

    func card(for entity: Entity) throws -> Card {
        let statements = try self.statements(of: entity)
        // The card shows the other ends by id, kind and name.
        let others = try entities(statements.others.sorted().map { EntityRef(id: $0, kind: "") }, whole: false)
        return statements.card(others: Dictionary(firsts: others.map { ($0.id, $0) }), citations: try citations(statements.documents))
    }

    func why(_ entity: Entity) throws -> QuoteList {
        try statements(of: entity).why(citations: { try citations(Set($0)) })
    }

    func why(_ entity: Entity, field: Name) throws -> QuoteList {
        try statements(of: entity).why(field: field, citations: { try citations(Set($0)) })
    }

    func why(_ entity: Entity, _ relation: Name, _ object: Name) throws -> QuoteList {
        try statements(of: entity).why(relation, object, entity: { try self.entity($0) }, citations: { try citations(Set($0)) })
    }

    func neighbors(of start: Entity, depth: Int) throws -> Rows {
        var graph = EndpointGraph(run: self)
        let origin = EntityRef(id: start.id, kind: start.kind)
        let (found, more) = try GraphSearch.neighborhood(of: origin, depth: depth, limit: GraphExecutor.maximumNeighbors, in: &graph, cancellation: cancellation)
        let names = try entities(found.map(\.node), whole: false).reduce(into: [String: String]()) { $0[$1.id] = $1.name }
        return Rows.neighbors(found.map { ($0.depth, $0.step, $0.node.kind, names[$0.node.id] ?? $0.node.id) }, of: start.id, depth: depth, more: more)
    }

    func paths(from start: Entity, to goal: Entity) throws -> PathList {
        var graph = EndpointGraph(run: self)
        let (paths, truncated) = try GraphSearch.shortestPaths(from: EntityRef(id: start.id, kind: start.kind), to: EntityRef(id: goal.id, kind: goal.kind),
                                                               limit: GraphExecutor.maximumPaths, in: &graph, cancellation: cancellation)
        return PathList(from: start, to: goal, paths: paths, truncated: truncated)
    }
}
