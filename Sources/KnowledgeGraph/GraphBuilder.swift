/// Merges checked packs into one `Graph`, enforcing what only the whole can show:
/// references to ids that exist, relation domain and range, and agreement between packs
/// that describe the same entity.
public enum GraphBuilder {
    /// - Throws: `KnowledgeError` with every problem found; no graph is built then.
    public static func build(schema: Schema, packs: [Pack]) throws -> Graph {
        var diagnostics: [Diagnostic] = []
        var entities: [String: Located<Entity>] = [:]
        var order: [String] = []
        var documents: [String: SourceDocument] = [:]
        var documentSpots: [String: Spot] = [:]
        for pack in packs {
            if documents[pack.document.id] != nil {
                let message = "document id '\(pack.document.id)' is also used by the pack at \(documentSpots[pack.document.id].map { "\($0.location)" } ?? "another pack"); each document needs its own id"
                diagnostics.append(pack.documentSpot?.diagnostic(message) ?? Diagnostic(location: pack.entities.first?.location, message: message))
            } else {
                documentSpots[pack.document.id] = pack.documentSpot
            }
            documents[pack.document.id] = pack.document
            for located in pack.entities {
                let entity = located.value
                guard let existing = entities[entity.id] else {
                    entities[entity.id] = located
                    order.append(entity.id)
                    continue
                }
                switch merge(existing, located, schema: schema) {
                case .success(let merged): entities[entity.id] = merged
                case .failure(let diagnostic): diagnostics.append(diagnostic)
                }
            }
        }
        var relations: [String: Relation] = [:]
        let ids = entities.keys
        for located in packs.flatMap(\.relations) {
            let relation = located.value
            guard let type = schema.relation(relation.type) else { continue }
            var valid = true
            for (part, id, allowed) in [("subject", relation.subject, type.domain), ("object", relation.object, type.range)] {
                let spot = located.spot(part)
                guard let entity = entities[id]?.value else {
                    diagnostics.append(spot.diagnostic("\(part) '\(id)' of relation '\(relation.type)' is not the id of any entity",
                                                       notes: Suggestion.closest(to: id, in: ids).map { ["did you mean '\($0)'?"] } ?? []))
                    valid = false
                    continue
                }
                if !allowed.contains(entity.kind) {
                    let side = part == "subject" ? "domain" : "range"
                    diagnostics.append(spot.diagnostic("relation '\(relation.type)' cannot have a \(entity.kind) ('\(id)') as its \(part); its \(side) is \(allowed.joined(separator: ", "))"))
                    valid = false
                }
            }
            guard valid else { continue }
            let key = "\(relation.subject)\u{0}\(relation.type)\u{0}\(relation.object)"
            if var existing = relations[key] {
                existing.provenance += relation.provenance
                existing.notes += relation.notes
                relations[key] = existing
            } else {
                relations[key] = relation
            }
        }
        guard diagnostics.isEmpty else { throw KnowledgeError(diagnostics) }
        return Graph(schema: schema, entities: order.compactMap { entities[$0]?.value }, relations: Array(relations.values), documents: documents)
    }

    /// Combines two descriptions of one entity; kind, name and attributes must agree.
    private static func merge(_ first: Located<Entity>, _ second: Located<Entity>, schema: Schema) -> Result<Located<Entity>, Diagnostic> {
        var merged = first
        let a = first.value, b = second.value
        func conflict(_ what: String, _ here: String, _ there: String, _ part: String?) -> Diagnostic {
            let hereSpot = part.map(second.spot) ?? second.spot
            let thereSpot = part.map(first.spot) ?? first.spot
            return hereSpot.diagnostic("entity '\(a.id)' has \(what) '\(here)' here but '\(there)' at \(thereSpot.location)")
        }
        if a.kind != b.kind { return .failure(conflict("kind", b.kind, a.kind, nil)) }
        if a.name != b.name { return .failure(conflict("name", b.name, a.name, nil)) }
        for attribute in b.attributes {
            if let existing = a.attribute(attribute.name) {
                if existing.value != attribute.value {
                    return .failure(conflict(attribute.name, attribute.value.description, existing.value.description, "attributes.\(attribute.name)"))
                }
            } else {
                merged.value.attributes.append(attribute)
                merged.parts["attributes.\(attribute.name)"] = second.parts["attributes.\(attribute.name)"]
            }
        }
        let order = schema.kind(a.kind)?.attributes.map(\.name) ?? []
        merged.value.attributes.sort { (order.firstIndex(of: $0.name) ?? 0) < (order.firstIndex(of: $1.name) ?? 0) }
        merged.value.aliases += b.aliases.filter { alias in !a.aliases.contains { $0.lowercased() == alias.lowercased() } }
        merged.value.provenance += b.provenance
        merged.value.notes += b.notes
        return .success(merged)
    }
}
