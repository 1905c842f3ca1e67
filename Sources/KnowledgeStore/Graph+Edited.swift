import KnowledgeGraph

extension Graph {
    /// A new graph of this graph's schema, documents and statements with `edits` made: entities
    /// renamed, and entities copied from others (see `GraphEdits`). Every quote keeps its place in
    /// its document, so quotes, `why` and provenance read as they do here.
    ///
    /// The statements are regrouped by document and merged again as `KnowledgeLoader` merges packs,
    /// so the result holds the same facts; only the order of one entity's statements of one
    /// attribute from several documents may differ (it follows the documents' ids).
    /// - Throws: `KnowledgeError` when an edit names an entity the graph does not hold, or gives an
    ///   id that is empty, used twice or already an entity's; `Interrupted` when `cancellation` stops it.
    public func edited(_ edits: GraphEdits, cancellation: Cancellation? = nil) throws -> Graph {
        try check(edits)
        var renamed: [String: GraphEdits.Renaming] = [:]
        for renaming in edits.renamings { renamed[renaming.id] = renaming }
        func current(_ id: String) -> String { renamed[id]?.newID ?? id }
        var entities: [Entity] = []
        entities.reserveCapacity(entityCount + edits.copies.count)
        for position in 0..<entityCount {
            if position % 4096 == 0 { try cancellation?.check() }
            var entity = self.entity(at: position, quoted: false)
            if let renaming = renamed[entity.id] {
                (entity.id, entity.name, entity.aliases, entity.xrefs) = (renaming.newID, renaming.name, renaming.aliases, [])
            }
            entities.append(entity)
        }
        var relations: [Relation] = []
        relations.reserveCapacity(relationCount)
        for index in 0..<relationCount {
            if index % 4096 == 0 { try cancellation?.check() }
            var relation = self.relation(at: index, quoted: false)
            (relation.subject, relation.object) = (current(relation.subject), current(relation.object))
            relations.append(relation)
        }
        for copy in edits.copies {
            try cancellation?.check()
            guard let position = position(of: copy.original) else { continue }
            var entity = self.entity(at: position, quoted: false)
            (entity.id, entity.name, entity.aliases, entity.xrefs) = (copy.id, copy.name, [], [])
            if case .attribute(let name)? = copy.omitted { entity.attributes.removeAll { $0.name == name } }
            entities.append(entity)
            // A relation of the original with itself is one statement, found both ways.
            var seen: Set<Int> = []
            for direction in [Direction.outgoing, .incoming] {
                for index in relationIndexes(at: position, direction) where seen.insert(index).inserted {
                    var relation = self.relation(at: index, quoted: false)
                    if Self.omits(copy.omitted, relation, of: copy.original) { continue }
                    relation.subject = relation.subject == copy.original ? copy.id : current(relation.subject)
                    relation.object = relation.object == copy.original ? copy.id : current(relation.object)
                    relations.append(relation)
                }
            }
        }
        let documents = documentIDs.compactMap(document)
        return try GraphBuilder.build(schema: schema, packs: try Self.packs(documents: documents, entities: entities, relations: relations, schema: schema),
                                      cancellation: cancellation)
    }

    /// Refuses edits that name no entity of the graph or give ids that would clash.
    private func check(_ edits: GraphEdits) throws {
        var problems: [String] = []
        var given: Set<String> = []
        var renamedIDs: Set<String> = []
        for renaming in edits.renamings {
            if position(of: renaming.id) == nil { problems.append("cannot rename '\(renaming.id)': no entity has that id") }
            if !renamedIDs.insert(renaming.id).inserted { problems.append("'\(renaming.id)' is renamed twice") }
        }
        for copy in edits.copies where position(of: copy.original) == nil {
            problems.append("cannot copy '\(copy.original)': no entity has that id")
        }
        for id in edits.renamings.map(\.newID) + edits.copies.map(\.id) {
            if id.isEmpty || id.contains(where: \.isWhitespace) {
                problems.append("'\(id)' cannot be an id: an id is a word without spaces")
            } else if position(of: id) != nil {
                problems.append("'\(id)' is the id of an entity already")
            } else if !given.insert(id).inserted {
                problems.append("'\(id)' is given to two entities")
            }
        }
        guard problems.isEmpty else { throw KnowledgeError(problems.map { Diagnostic(location: nil, message: $0) }) }
    }

    /// Whether a copy of `original` that leaves out `omission` leaves out `relation`.
    private static func omits(_ omission: GraphEdits.Omission?, _ relation: Relation, of original: String) -> Bool {
        guard case .relation(let type, let other, let outgoing)? = omission, relation.type == type else { return false }
        return outgoing ? relation.subject == original && relation.object == other : relation.object == original && relation.subject == other
    }

    /// The statements as packs, one per document: each entity described in every document that
    /// states something of it (its notes and cross-references in the first), an entity no
    /// document quotes in a pack of its own, and each relation in its document's pack.
    private static func packs(documents: [SourceDocument], entities: [Entity], relations: [Relation], schema: Schema) throws -> [PackDigest] {
        var pack: [String: Int] = [:]
        for (index, document) in documents.enumerated() { pack[document.id] = index }
        var described = [[Located<Entity>]](repeating: [], count: documents.count)
        var unquoted: [Located<Entity>] = []
        var stated = [[Located<Relation>]](repeating: [], count: documents.count)
        let spot = Spot(location: SourceLocation(file: "<edited graph>", line: 0, column: 0), length: 0)
        func number(of document: String) throws -> Int {
            guard let number = pack[document] else {
                throw KnowledgeError(Diagnostic(location: nil, message: "a statement quotes document '\(document)', which the graph does not hold"))
            }
            return number
        }
        for entity in entities {
            var attributes: [Int: [Attribute]] = [:], quotes: [Int: [Provenance]] = [:]
            for attribute in entity.attributes { attributes[try number(of: attribute.document), default: []].append(attribute) }
            for quote in entity.provenance { quotes[try number(of: quote.document), default: []].append(quote) }
            let numbers = Set(attributes.keys).union(quotes.keys).sorted()
            var first = true
            for number in numbers {
                let description = Entity(id: entity.id, kind: entity.kind, name: entity.name, aliases: entity.aliases, attributes: attributes[number] ?? [],
                                         provenance: quotes[number] ?? [], notes: first ? entity.notes : [], xrefs: first ? entity.xrefs : [])
                described[number].append(Located(value: description, spot: spot))
                first = false
            }
            if numbers.isEmpty { unquoted.append(Located(value: entity, spot: spot)) }
        }
        for relation in relations { stated[try number(of: relation.document)].append(Located(value: relation, spot: spot)) }
        var packs = try documents.indices.map { index in
            try PackDigest(Pack(document: documents[index], entities: described[index], relations: stated[index]), file: spot.location.file, schema: schema)
        }
        if !unquoted.isEmpty {
            packs.append(try PackDigest(Pack(document: SourceDocument(id: "", citation: "", text: "", segments: []), entities: unquoted, relations: []),
                                        file: spot.location.file, schema: schema))
        }
        return packs
    }
}
