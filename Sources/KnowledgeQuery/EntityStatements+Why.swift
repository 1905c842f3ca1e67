import KnowledgeGraph

/// `why`: the quotes behind an entity, one of its fields, or one fact, with qualifiers and the
/// curator's notes. `citations` gives each quoted document's citation.
extension EntityStatements {
    /// Every quote behind an entity: its own, its attribute statements', and its relation statements',
    /// each with its qualifiers, and the curator's notes.
    public func why(citations: ([String]) throws -> [String: String]) rethrows -> QuoteList {
        var rows = entity.provenance.map { QuoteList.Row(claim: .kind(name: entity.name, kind: entity.kind), provenance: $0) }
        var facts = entity.attributes.map { Fact($0, of: entity.id) }
        for direction in [Direction.outgoing, .incoming] {
            facts += relations(direction).map(Fact.init)
        }
        rows += facts.flatMap(QuoteList.rows)
        return try quoteList(subject: entity.id, rows: rows, notes: entity.notes.map { CuratorNote(about: entity.id, text: $0) } + QuoteList.notes(facts),
                             citations)
    }

    /// The quotes behind one attribute of an entity (every statement of it), or behind all its
    /// relations of one type (named forward or inverse).
    public func why(field: Name, citations: ([String]) throws -> [String: String]) throws -> QuoteList {
        let subject = entity
        let attributes = subject.statements(of: field.text)
        if !attributes.isEmpty {
            let facts = attributes.map { Fact($0, of: subject.id) }
            return try quoteList(subject: "\(subject.id) \(field.text)", rows: facts.flatMap(QuoteList.rows), notes: QuoteList.notes(facts), citations)
        }
        // Aliases are not statements of their own: the entity's quotes are what name it, by every name.
        if ["aliases", "alias"].contains(field.text.lowercased()), !subject.aliases.isEmpty {
            let claim = Claim.aliases(name: subject.name, aliases: subject.aliases)
            return try quoteList(subject: "\(subject.id) aliases", rows: subject.provenance.map { QuoteList.Row(claim: claim, provenance: $0) },
                                 notes: subject.notes.map { CuratorNote(about: subject.id, text: $0) }, citations)
        }
        var fields: [String] = subject.aliases.isEmpty ? [] : ["aliases"]
        for attribute in subject.attributes where !fields.contains(attribute.name) { fields.append(attribute.name) }
        fields += schema.relations.flatMap { type in
            [(type.name, Direction.outgoing), (type.inverse, .incoming)].compactMap { name, direction in
                relations(direction, type: type.name).isEmpty ? nil : name
            }
        }
        guard let (type, direction) = schema.relation(named: field.text),
              case let relations = relations(direction, type: type.name), !relations.isEmpty else {
            throw QueryError(span: field.span, message: "the knowledge says nothing about the '\(field.text)' of \(subject.id)",
                             notes: QueryError.suggestion(field.text, fields) + ["\(subject.id) has: \(fields.joined(separator: ", "))"])
        }
        let facts = relations.map(Fact.init)
        return try quoteList(subject: "\(subject.id) \(field.text)", rows: facts.flatMap(QuoteList.rows), notes: QuoteList.notes(facts), citations)
    }

    /// The quotes behind one fact: a relation named forward or inverse, or an attribute and its value.
    /// `entity(objectName)` resolves the object when the fact is a relation.
    public func why(_ relationName: Name, _ objectName: Name, entity resolve: (Name) throws -> Entity,
                    citations: ([String]) throws -> [String: String]) throws -> QuoteList {
        let subject = entity
        let attributes = subject.statements(of: relationName.text)
        if !attributes.isEmpty {
            let matching = attributes.filter { $0.value.key == objectName.text.lowercased() }
            guard !matching.isEmpty else {
                let values = Set(attributes.map { "'\($0.value)'" }).sorted().joined(separator: ", ")
                throw QueryError(span: objectName.span, message: "the sources give the \(relationName.text) of \(subject.id) as \(values), not '\(objectName.text)'",
                                 notes: ["why \(subject.id) \(relationName.text) shows the quotes behind it"])
            }
            let facts = matching.map { Fact($0, of: subject.id) }
            return try quoteList(subject: "\(subject.id) \(relationName.text) \(objectName.text)", rows: facts.flatMap(QuoteList.rows), notes: QuoteList.notes(facts), citations)
        }
        return try why(relationName, try resolve(objectName), citations: citations)
    }

    /// The quotes behind one relation between two entities; it may be named forward or inverse.
    func why(_ relationName: Name, _ object: Entity, citations: ([String]) throws -> [String: String]) throws -> QuoteList {
        let subject = entity
        guard let (type, direction) = schema.relation(named: relationName.text) else {
            let linked = links(from: subject, to: object)
            throw QueryError(span: relationName.span, message: "unknown relation '\(relationName.text)'",
                             notes: QueryError.suggestion(relationName.text, schema.relationWords)
                                 + (linked.isEmpty ? [] : ["\(subject.id) and \(object.id) are linked by: \(linked.joined(separator: ", "))"]))
        }
        let relations = direction == .outgoing ? self.relations(.outgoing, type: type.name).filter { $0.object == object.id }
                                               : self.relations(.incoming, type: type.name).filter { $0.subject == object.id }
        guard let first = relations.first else {
            let linked = links(from: subject, to: object)
            throw QueryError(span: relationName.span, message: "the knowledge does not say that \(subject.id) \(relationName.text) \(object.id)",
                             notes: linked.isEmpty ? ["they are not directly related; try: path \(subject.id) to \(object.id)"]
                                                   : ["they are linked by: \(linked.joined(separator: ", "))"])
        }
        let facts = relations.map(Fact.init)
        return try quoteList(subject: "\(first.subject) \(first.type) \(first.object)", rows: facts.flatMap(QuoteList.rows), notes: QuoteList.notes(facts), citations)
    }

    /// The relation names, read from `subject`, that link it directly to `object`.
    func links(from subject: Entity, to object: Entity) -> [String] {
        relations(.outgoing).filter { $0.object == object.id }.map(\.type)
            + relations(.incoming).filter { $0.subject == object.id }.compactMap { schema.relation($0.type)?.inverse }
    }

    private func quoteList(subject: String, rows: [QuoteList.Row], notes: [CuratorNote], _ citations: ([String]) throws -> [String: String]) rethrows -> QuoteList {
        QuoteList(subject: subject, rows: rows, notes: notes, citations: try citations(Set(rows.map(\.provenance.document)).sorted()))
    }
}
