/// Merges checked packs into one `Graph`, enforcing what only the whole can show: references to
/// ids that exist, relation domain and range, and that packs describing the same entity agree on
/// its kind. Sources may disagree on anything else: every statement is kept with its source.
public enum GraphBuilder {
    /// At most this many problems are reported; a note says how many more there were.
    public static let maximumDiagnostics = 200

    /// - Parameters:
    ///   - diagnostics: problems already found in the packs, reported together with these.
    ///   - cancellation: checked between entities and relations; stops the build with `Interrupted`.
    /// - Throws: `KnowledgeError` with every problem found, sorted by file and line; no graph is built then.
    public static func build(schema: Schema, packs: [Pack], diagnostics earlier: [Diagnostic] = [],
                             cancellation: Cancellation? = nil) throws -> Graph {
        var diagnostics = earlier
        var documents: [String: SourceDocument] = [:]
        var documentSpots: [String: Spot] = [:]
        for pack in packs where !pack.document.id.isEmpty {
            if documents[pack.document.id] != nil {
                let message = "document id '\(pack.document.id)' is also used by the pack at \(documentSpots[pack.document.id].map { "\($0.location)" } ?? "another pack"); each document needs its own id"
                diagnostics.append(pack.documentSpot?.diagnostic(message) ?? Diagnostic(location: pack.entities.first?.location, message: message))
            } else {
                documentSpots[pack.document.id] = pack.documentSpot
            }
            documents[pack.document.id] = pack.document
        }
        let (canonical, identityErrors) = identities(packs)
        diagnostics += identityErrors
        // Every description of one id is merged once, in pack order: merging pairwise would re-sort
        // a shared entity's statements for each pack that mentions it.
        var groups: [String: [Located<Entity>]] = [:]
        var order: [String] = []
        for pack in packs {
            for located in pack.entities {
                var entity = located
                let id = canonical[entity.value.id] ?? entity.value.id
                if id != entity.value.id { entity.value.aliases.append(entity.value.id) }
                entity.value.id = id
                if groups[id] == nil { order.append(id) }
                groups[id, default: []].append(entity)
            }
        }
        var entities: [String: Located<Entity>] = [:]
        for id in order {
            try cancellation?.check()
            guard let group = groups.removeValue(forKey: id), let head = group.first else { continue }
            let (merged, problems) = merge(head, with: group.dropFirst(), schema: schema)
            entities[id] = merged
            diagnostics += problems
        }
        var relations: [Relation] = []
        let ids = entities.keys
        let unkept = packs.reduce(into: Set<String>()) { $0.formUnion($1.unkeptIDs) }
        for pack in packs {
            // A statement names its document, and a document has one pack, so a repeated one is found within its pack.
            var stated: [StatementKey: Int] = [:]
            for located in pack.relations {
                try cancellation?.check()
                var relation = located.value
                relation.subject = canonical[relation.subject] ?? relation.subject
                relation.object = canonical[relation.object] ?? relation.object
                guard let type = schema.relation(relation.type) else { continue }
                var valid = true
                for (part, id, allowed) in [("subject", relation.subject, type.domain), ("object", relation.object, type.range)] {
                    let spot = located.spot(part)
                    guard let entity = entities[id]?.value else {
                        valid = false
                        if unkept.contains(id) { continue }
                        diagnostics.append(spot.diagnostic("\(part) '\(id)' of relation '\(relation.type)' is not the id of any entity",
                                                           notes: Suggestion.closest(to: id, in: ids).map { ["did you mean '\($0)'?"] } ?? []))
                        continue
                    }
                    if !allowed.contains(entity.kind) {
                        let side = part == "subject" ? "domain" : "range"
                        diagnostics.append(spot.diagnostic("relation '\(relation.type)' cannot have \(entity.kind.withIndefiniteArticle) ('\(id)') as its \(part); its \(side) is \(allowed.joined(separator: ", "))"))
                        valid = false
                    }
                }
                guard valid else { continue }
                // One source stating the same fact twice, with the same qualifiers, is one statement with more quotes.
                let key = StatementKey(subject: relation.subject, type: relation.type, object: relation.object, document: relation.document,
                                       qualifiers: relation.qualifiers.claimKey)
                if let index = stated[key] {
                    relations[index].provenance += relation.provenance
                    relations[index].qualifiers.notes += relation.qualifiers.notes
                } else {
                    stated[key] = relations.count
                    relations.append(relation)
                }
            }
        }
        guard diagnostics.isEmpty else { throw KnowledgeError(diagnostics.inFileOrder.capped(at: maximumDiagnostics)) }
        return try Graph(schema: schema, entities: order.compactMap { entities[$0]?.value }, relations: relations, documents: documents,
                         cancellation: cancellation)
    }

    /// What makes two relation statements one: the same fact by the same source with the same qualifiers.
    private struct StatementKey: Hashable {
        var subject, type, object, document, qualifiers: String
    }

    /// Which ids name the same entity: entities of different packs that share a cross-reference are
    /// one, under the id that comes first. Two entities of one pack sharing one is an error.
    private static func identities(_ packs: [Pack]) -> (canonical: [String: String], diagnostics: [Diagnostic]) {
        var owner: [Xref: (id: String, pack: Int, spot: Spot)] = [:]
        var canonical: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for (index, pack) in packs.enumerated() {
            var inPack: [Xref: (id: String, spot: Spot)] = [:]
            for located in pack.entities {
                let id = located.value.id
                if let (xref, same) = located.value.xrefs.lazy.compactMap({ xref in inPack[xref].map { (xref, $0) } }).first(where: { $0.1.id != id }) {
                    diagnostics.append(located.spot.diagnostic("'\(id)' has the cross-reference \(xref) of '\(same.id)' at \(same.spot.location); one entity of a pack per identifier",
                                                               notes: ["if they are the same entity, keep one of them"]))
                    continue
                }
                for xref in located.value.xrefs { inPack[xref] = (id, located.spot) }
                // The entity joins the first entity of an earlier pack that shares one of its identifiers.
                let earlier = located.value.xrefs.compactMap { owner[$0] }
                let target = earlier.first(where: { $0.pack != index })?.id ?? canonical[id] ?? id
                if target != id { canonical[id] = target }
                for xref in located.value.xrefs where owner[xref] == nil {
                    owner[xref] = (target, index, located.spot)
                }
            }
        }
        return (canonical, diagnostics)
    }

    /// Combines the descriptions of one entity, the first first. Their kinds must agree; a different
    /// name becomes an alias; attribute statements from every source are all kept, in schema order.
    private static func merge(_ head: Located<Entity>, with others: ArraySlice<Located<Entity>>, schema: Schema) -> (Located<Entity>, [Diagnostic]) {
        var merged = head
        let first = head.value
        var diagnostics: [Diagnostic] = []
        var names = Set(([first.name] + first.aliases).map { $0.lowercased() })
        var xrefs = Set(first.xrefs)
        var attributes = first.attributes
        for other in others {
            let b = other.value
            if b.kind != first.kind {
                diagnostics.append(other.spot.diagnostic("entity '\(first.id)' is \(b.kind.withIndefiniteArticle) here but \(first.kind.withIndefiniteArticle) at \(head.spot.location); one id names one entity"))
                continue
            }
            for name in [b.name] + b.aliases where names.insert(name.lowercased()).inserted {
                merged.value.aliases.append(name)
            }
            attributes += b.attributes
            merged.value.provenance += b.provenance
            merged.value.notes += b.notes
            for xref in b.xrefs where xrefs.insert(xref).inserted { merged.value.xrefs.append(xref) }
        }
        var rank: [String: Int] = [:]
        for (position, attribute) in (schema.kind(first.kind)?.attributes ?? []).enumerated() { rank[attribute.name] = position }
        merged.value.attributes = attributes.indices.sorted { x, y in
            let (a, b) = (rank[attributes[x].name] ?? 0, rank[attributes[y].name] ?? 0)
            return a == b ? x < y : a < b
        }.map { attributes[$0] }
        return (merged, diagnostics)
    }
}
