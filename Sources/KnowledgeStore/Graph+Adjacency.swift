import KnowledgeGraph

extension Graph {
    /// Indexes of the relations of `type` (all types when nil) leaving or entering the entity at `position`,
    /// in relation order. O(d) for degree d, from the adjacency lists.
    public func relationIndexes(at position: Int, _ direction: Direction, type: String? = nil) -> [Int] {
        let typeNumber = type.map { name in schema.relations.firstIndex { $0.name == name } ?? -1 }
        if typeNumber == -1 { return [] }
        switch direction {
        case .outgoing:
            let all = range(columns.outgoingStart, position)
            guard let typeNumber else { return Array(all) }
            return all.filter { Int(columns.relationType[$0]) == typeNumber }
        case .incoming:
            let rows = range(columns.incomingStart, position).map { Int(columns.incomingOrder[$0]) }
            guard let typeNumber else { return rows.sorted() }
            return rows.filter { Int(columns.relationType[$0]) == typeNumber }
        }
    }

    /// Relations of `type` (all types when nil) leaving (`.outgoing`) or entering (`.incoming`) the entity.
    public func relations(of id: String, _ direction: Direction, type: String? = nil) -> [Relation] {
        guard let position = position(of: id) else { return [] }
        return relationIndexes(at: position, direction, type: type).map { relation(at: $0) }
    }

    /// Positions of the entities reached from `position` over `type` in `direction`, sorted, without repeats.
    /// Only plainly asserted relations are walked unless `qualified` is true.
    public func neighbors(at position: Int, _ direction: Direction, type: String? = nil, qualified: Bool = false) -> [Int] {
        let ends = direction == .outgoing ? columns.relationObject : columns.relationSubject
        var found: [Int] = []
        for index in relationIndexes(at: position, direction, type: type) where qualified || isAsserted(relation: index) {
            found.append(Int(ends[index]))
        }
        return found.count < 2 ? found : Array(Set(found)).sorted()
    }

    /// The entities reached from `id` over `type` in `direction`, sorted by kind, then id, without repeats.
    public func neighbors(of id: String, _ direction: Direction, type: String? = nil, qualified: Bool = false) -> [Entity] {
        guard let position = position(of: id) else { return [] }
        return neighbors(at: position, direction, type: type, qualified: qualified).map { entity(at: $0) }
    }

    /// The entity at the other end of relation `index` when walking in `direction`.
    public func end(of index: Int, _ direction: Direction) -> Int {
        Int(direction == .outgoing ? columns.relationObject[index] : columns.relationSubject[index])
    }

    /// The relation type's forward name of relation `index`.
    public func type(of index: Int) -> String {
        schema.relations[Int(columns.relationType[index])].name
    }

    /// Whether relation `index` is hedged (with which word) or denied, without reading its quotes.
    public func hedgeAndNegation(of index: Int) -> (hedge: String?, negated: Bool) {
        let hedge = columns.relationHedge[index]
        return (hedge == 0 ? nil : strings[hedge], columns.relationNegated[index] != 0)
    }

    /// `[may]`, `[not]`: the qualifiers of relation `index` as shown after an arrow.
    public func tag(of index: Int) -> String {
        let negated = columns.relationNegated[index] != 0
        let hedge = columns.relationHedge[index]
        let words = (negated ? ["not"] : []) + (hedge == 0 ? [] : [strings[hedge]])
        return words.isEmpty ? "" : "[\(words.joined(separator: ", "))]"
    }

    /// Every statement, attributes then relations of each entity, in entity order. Built on each call.
    public var facts: [Fact] {
        (0..<entityCount).flatMap(facts(at:))
    }

    /// The statements of the entity at `position`: its attributes, then the relations it is the subject of.
    public func facts(at position: Int) -> [Fact] {
        let id = self.id(at: position)
        return attributes(at: position).map { Fact(attribute(at: $0), of: id) } + relationIndexes(at: position, .outgoing).map { Fact(relation(at: $0)) }
    }

    /// How many statements there are, attributes and relations, without reading any.
    public var statementCount: Int { columns.attributeCount + relationCount }

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
