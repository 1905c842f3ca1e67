import KnowledgeGraph

/// An entity with every relation statement at either end, in relation order: what `show` and
/// `why` need, read from any store. The card and the quotes are built from it the same way for
/// every executor.
public struct EntityStatements: Sendable {
    public var entity: Entity
    /// Relations with the entity as subject, then as object, each in the graph's relation order.
    public var outgoing: [Relation]
    public var incoming: [Relation]
    public var schema: Schema

    public init(entity: Entity, outgoing: [Relation], incoming: [Relation], schema: Schema) {
        self.entity = entity
        self.outgoing = outgoing
        self.incoming = incoming
        self.schema = schema
    }

    /// The relations leaving (`.outgoing`) or entering (`.incoming`) the entity, of `type` when given.
    func relations(_ direction: Direction, type: String? = nil) -> [Relation] {
        let all = direction == .outgoing ? outgoing : incoming
        return type.map { type in all.filter { $0.type == type } } ?? all
    }

    /// The documents every statement here comes from.
    public var documents: Set<String> {
        Set(entity.provenance.map(\.document) + entity.attributes.map(\.document) + (outgoing + incoming).map(\.document))
    }

    /// The card: the entity, its kind, and each relation seen from it with the entity at the other
    /// end (`others`, by id; a relation to an entity not there is left out), and the citations.
    public func card(others: [String: Entity], citations: [String: String]) -> Card {
        var links: [Card.Link] = []
        for direction in [Direction.outgoing, .incoming] {
            for relation in relations(direction) {
                guard let other = others[relation.end(direction)], let type = schema.relation(relation.type) else { continue }
                links.append(Card.Link(name: direction == .outgoing ? type.name : type.inverse, direction: direction, other: other, relation: relation))
            }
        }
        let kind = schema.kind(entity.kind) ?? EntityKind(name: entity.kind, plural: entity.kind, meaning: "", attributes: [])
        return Card(entity: entity, kind: kind, links: links, citations: citations)
    }

    /// The ids of the entities at the other end of the relations here.
    public var others: Set<String> {
        Set(outgoing.map(\.object) + incoming.map(\.subject))
    }
}
