import KnowledgeGraph

extension GraphExecutor {
    /// Every quote behind an entity: its own, its attribute statements', and its relation statements',
    /// each with its qualifiers, and the curator's notes.
    func why(_ entity: Entity) -> QuoteList {
        var rows = entity.provenance.map { QuoteList.Row(claim: .kind(name: entity.name, kind: entity.kind), provenance: $0) }
        var facts = entity.attributes.map { Fact($0, of: entity.id) }
        for direction in [Direction.outgoing, .incoming] {
            facts += graph.relations(of: entity.id, direction).map(Fact.init)
        }
        rows += facts.flatMap(Self.rows)
        return quoteList(subject: entity.id, rows: rows, notes: entity.notes.map { CuratorNote(about: entity.id, text: $0) } + Self.notes(facts))
    }

    /// The quotes behind one attribute of an entity (every statement of it), or behind all its
    /// relations of one type (named forward or inverse).
    func why(_ subject: Entity, field: Name) throws -> QuoteList {
        let attributes = subject.statements(of: field.text)
        if !attributes.isEmpty {
            let facts = attributes.map { Fact($0, of: subject.id) }
            return quoteList(subject: "\(subject.id) \(field.text)", rows: facts.flatMap(Self.rows), notes: Self.notes(facts))
        }
        // Aliases are not statements of their own: the entity's quotes are what name it, by every name.
        if ["aliases", "alias"].contains(field.text.lowercased()), !subject.aliases.isEmpty {
            let claim = Claim.aliases(name: subject.name, aliases: subject.aliases)
            return quoteList(subject: "\(subject.id) aliases", rows: subject.provenance.map { QuoteList.Row(claim: claim, provenance: $0) },
                             notes: subject.notes.map { CuratorNote(about: subject.id, text: $0) })
        }
        var fields: [String] = subject.aliases.isEmpty ? [] : ["aliases"]
        for attribute in subject.attributes where !fields.contains(attribute.name) { fields.append(attribute.name) }
        fields += graph.schema.relations.flatMap { type in
            [(type.name, Direction.outgoing), (type.inverse, .incoming)].compactMap { name, direction in
                graph.relations(of: subject.id, direction, type: type.name).isEmpty ? nil : name
            }
        }
        guard let (type, direction) = graph.schema.relation(named: field.text),
              case let relations = graph.relations(of: subject.id, direction, type: type.name), !relations.isEmpty else {
            throw QueryError(span: field.span, message: "the knowledge says nothing about the '\(field.text)' of \(subject.id)",
                             notes: QueryError.suggestion(field.text, fields) + ["\(subject.id) has: \(fields.joined(separator: ", "))"])
        }
        let facts = relations.map(Fact.init)
        return quoteList(subject: "\(subject.id) \(field.text)", rows: facts.flatMap(Self.rows), notes: Self.notes(facts))
    }

    /// The quotes behind one fact: a relation named forward or inverse, or an attribute and its value.
    func why(_ subject: Entity, _ relationName: Name, _ objectName: Name) throws -> QuoteList {
        let attributes = subject.statements(of: relationName.text)
        if !attributes.isEmpty {
            let matching = attributes.filter { $0.value.key == objectName.text.lowercased() }
            guard !matching.isEmpty else {
                let values = Set(attributes.map { "'\($0.value)'" }).sorted().joined(separator: ", ")
                throw QueryError(span: objectName.span, message: "the sources give the \(relationName.text) of \(subject.id) as \(values), not '\(objectName.text)'",
                                 notes: ["why \(subject.id) \(relationName.text) shows the quotes behind it"])
            }
            let facts = matching.map { Fact($0, of: subject.id) }
            return quoteList(subject: "\(subject.id) \(relationName.text) \(objectName.text)", rows: facts.flatMap(Self.rows), notes: Self.notes(facts))
        }
        return try why(subject, relationName, try entity(objectName))
    }

    /// The quotes behind one relation between two entities; it may be named forward or inverse.
    func why(_ subject: Entity, _ relationName: Name, _ object: Entity) throws -> QuoteList {
        guard let (type, direction) = graph.schema.relation(named: relationName.text) else {
            let linked = links(from: subject, to: object)
            throw QueryError(span: relationName.span, message: "unknown relation '\(relationName.text)'",
                             notes: QueryError.suggestion(relationName.text, graph.schema.relationWords)
                                 + (linked.isEmpty ? [] : ["\(subject.id) and \(object.id) are linked by: \(linked.joined(separator: ", "))"]))
        }
        let (from, to) = direction == .outgoing ? (subject, object) : (object, subject)
        let relations = graph.relations(of: from.id, .outgoing, type: type.name).filter { $0.object == to.id }
        guard let first = relations.first else {
            let linked = links(from: subject, to: object)
            throw QueryError(span: relationName.span, message: "the knowledge does not say that \(subject.id) \(relationName.text) \(object.id)",
                             notes: linked.isEmpty ? ["they are not directly related; try: path \(subject.id) to \(object.id)"]
                                                   : ["they are linked by: \(linked.joined(separator: ", "))"])
        }
        let facts = relations.map(Fact.init)
        return quoteList(subject: "\(first.subject) \(first.type) \(first.object)", rows: facts.flatMap(Self.rows), notes: Self.notes(facts))
    }

    /// The relation names, read from `subject`, that link it directly to `object`.
    func links(from subject: Entity, to object: Entity) -> [String] {
        graph.relations(of: subject.id, .outgoing).filter { $0.object == object.id }.map(\.type)
            + graph.relations(of: subject.id, .incoming).filter { $0.subject == object.id }.compactMap { graph.schema.relation($0.type)?.inverse }
    }

    private func quoteList(subject: String, rows: [QuoteList.Row], notes: [CuratorNote]) -> QuoteList {
        QuoteList(subject: subject, rows: rows, notes: notes, citations: citations(Set(rows.map(\.provenance.document))))
    }

    /// One row per quote of a statement, with its qualifiers.
    static func rows(_ fact: Fact) -> [QuoteList.Row] {
        let claim = Claim(fact)
        return fact.provenance.map { QuoteList.Row(claim: claim, provenance: $0, qualifiers: fact.qualifiers) }
    }

    /// The curator's notes on statements, each with the statement it is about.
    static func notes(_ facts: [Fact]) -> [CuratorNote] {
        facts.flatMap { fact in fact.qualifiers.notes.map { CuratorNote(about: fact.triple, text: $0) } }
    }
}
