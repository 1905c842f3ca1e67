/// The in-memory knowledge graph: immutable once built, indexed for the queries kx answers.
///
/// Entities are ordered by kind, then id, and every listing keeps that order, so output is deterministic.
public final class Graph: Sendable {
    public let schema: Schema
    /// Entities sorted by kind name, then id.
    public let entities: [Entity]
    /// Relations sorted by subject, type, object.
    public let relations: [Relation]
    /// Source documents by id.
    public let documents: [String: SourceDocument]
    /// Predicates (attribute and relation names) of which some statement is hedged or denied.
    private let qualifiedPredicates: Set<String>

    private let entityPosition: [String: Int]
    private let kindIndex: [String: [Int]]
    private let nameIndex: [String: [Int]]
    private let attributeIndex: [String: [String: [Int]]]
    private let outgoing: [Int: [String: [Int]]]
    private let incoming: [Int: [String: [Int]]]

    /// Builds the indexes. Callers go through `GraphBuilder`, which checks the facts first.
    init(schema: Schema, entities: [Entity], relations: [Relation], documents: [String: SourceDocument]) {
        self.schema = schema
        self.entities = entities.sorted { ($0.kind, $0.id) < ($1.kind, $1.id) }
        self.relations = relations.enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element, rhs.element)
            return (a.subject, a.type, a.object, a.document, lhs.offset) < (b.subject, b.type, b.object, b.document, rhs.offset)
        }.map(\.element)
        self.documents = documents
        var entityPosition: [String: Int] = [:]
        var kindIndex: [String: [Int]] = [:]
        var nameIndex: [String: [Int]] = [:]
        var attributeIndex: [String: [String: [Int]]] = [:]
        var qualifiedPredicates: Set<String> = []
        for (position, entity) in self.entities.enumerated() {
            entityPosition[entity.id] = position
            kindIndex[entity.kind, default: []].append(position)
            for key in Set(([entity.id, entity.name] + entity.aliases).map { $0.lowercased() }) {
                nameIndex[key, default: []].append(position)
            }
            for attribute in entity.attributes {
                guard attribute.qualifiers.isAsserted else { qualifiedPredicates.insert(attribute.name); continue }
                attributeIndex[attribute.name, default: [:]][attribute.value.key, default: []].append(position)
            }
        }
        var outgoing: [Int: [String: [Int]]] = [:]
        var incoming: [Int: [String: [Int]]] = [:]
        for (position, relation) in self.relations.enumerated() {
            if !relation.qualifiers.isAsserted { qualifiedPredicates.insert(relation.type) }
            if let subject = entityPosition[relation.subject] { outgoing[subject, default: [:]][relation.type, default: []].append(position) }
            if let object = entityPosition[relation.object] { incoming[object, default: [:]][relation.type, default: []].append(position) }
        }
        self.qualifiedPredicates = qualifiedPredicates
        self.entityPosition = entityPosition
        self.kindIndex = kindIndex
        self.nameIndex = nameIndex
        self.attributeIndex = attributeIndex
        self.outgoing = outgoing
        self.incoming = incoming
    }

    /// Every statement, attributes then relations of each entity, in entity order. Built on each
    /// call (O(statements)), so start-up does not pay for it; `statements` queries ask once per query.
    public var facts: [Fact] {
        entities.flatMap { entity in
            entity.attributes.map { Fact($0, of: entity.id) } + relations(of: entity.id, .outgoing).map(Fact.init)
        }
    }

    /// Whether some statement of `predicate` (an attribute or a relation type's forward name) is hedged or denied. O(1).
    public func hasQualifiedStatements(_ predicate: String) -> Bool {
        qualifiedPredicates.contains(predicate)
    }

    /// The entity with this exact id. O(1).
    public func entity(id: String) -> Entity? {
        entityPosition[id].map { entities[$0] }
    }

    /// Entities of a kind (singular name), sorted by id. O(k) for k results.
    public func entities(ofKind kind: String) -> [Entity] {
        (kindIndex[kind] ?? []).map { entities[$0] }
    }

    /// Entities whose id, name or an alias equals `reference`, ignoring case. O(1) lookup plus results.
    public func entities(named reference: String) -> [Entity] {
        (nameIndex[reference.lowercased()] ?? []).map { entities[$0] }
    }

    /// Entities whose attribute `name` has a value equal (ignoring case) to `value`. O(1) lookup plus results.
    public func entities(attribute name: String, equalTo value: String) -> [Entity] {
        (attributeIndex[name]?[value.lowercased()] ?? []).map { entities[$0] }
    }

    /// The distinct values sources assert for attribute `name`, as written, sorted; restricted to a kind when given.
    public func values(ofAttribute name: String, kind: String? = nil) -> [String] {
        var seen: Set<String> = []
        for entity in kind.map(entities(ofKind:)) ?? entities {
            for value in entity.assertedValues(name) { seen.insert(value.description) }
        }
        return seen.sorted()
    }

    /// Relations of `type` (all types when nil) leaving (`.outgoing`) or entering (`.incoming`) the entity. O(d) for degree d.
    public func relations(of id: String, _ direction: Direction, type: String? = nil) -> [Relation] {
        guard let position = entityPosition[id], let byType = (direction == .outgoing ? outgoing : incoming)[position] else { return [] }
        if let type { return (byType[type] ?? []).map { relations[$0] } }
        return byType.values.flatMap { $0 }.sorted().map { relations[$0] }
    }

    /// The entities reached from `id` over `type` in `direction`, sorted by kind, then id, without repeats.
    /// Only plainly asserted relations are walked unless `qualified` is true.
    public func neighbors(of id: String, _ direction: Direction, type: String? = nil, qualified: Bool = false) -> [Entity] {
        let ids = Set(relations(of: id, direction, type: type).filter { qualified || $0.qualifiers.isAsserted }.map { $0.end(direction) })
        return ids.compactMap { entityPosition[$0] }.sorted().map { entities[$0] }
    }

    /// Where sources disagree: for each entity, a single-valued attribute with different asserted
    /// values from different documents, and a relation asserted by one document and denied by another.
    public func conflicts() -> [Conflict] {
        var conflicts: [Conflict] = []
        for entity in entities {
            let kind = schema.kind(entity.kind)
            var names: [String] = []
            for attribute in entity.attributes where !names.contains(attribute.name) { names.append(attribute.name) }
            for name in names where kind?.attribute(name)?.multiple != true {
                let asserted = entity.statements(of: name).filter(\.qualifiers.isAsserted)
                if Set(asserted.map(\.value)).count > 1, Set(asserted.map(\.document)).count > 1 {
                    conflicts.append(Conflict(entity: entity.id, field: name, facts: asserted.map { Fact($0, of: entity.id) }))
                }
            }
            var byEdge: [String: [Relation]] = [:]
            var edges: [String] = []
            for relation in relations(of: entity.id, .outgoing) where relation.qualifiers.hedge == nil {
                let key = "\(relation.type) \(relation.object)"
                if byEdge[key] == nil { edges.append(key) }
                byEdge[key, default: []].append(relation)
            }
            for key in edges {
                guard let statements = byEdge[key], Set(statements.map(\.qualifiers.negated)).count > 1,
                      Set(statements.map(\.document)).count > 1 else { continue }
                conflicts.append(Conflict(entity: entity.id, field: statements[0].type, facts: statements.map(Fact.init)))
            }
        }
        return conflicts
    }

    /// Every attribute and relation name a kind's entities can be filtered on.
    public func fields(of kind: String) -> [String] {
        var names = schema.kind(kind)?.attributes.map(\.name) ?? []
        for relation in schema.relations {
            if relation.domain.contains(kind) { names.append(relation.name) }
            if relation.range.contains(kind) { names.append(relation.inverse) }
        }
        return names
    }
}
