import KnowledgeGraph

/// The packs' entities and statements merged, as rows of columns in image string numbers.
struct MergedGraph {
    let schema: Schema
    let packs: [PackDigest]
    var strings = StringInterner()
    /// For each pack, the image number of each of its strings.
    let numbers: [[UInt32]]
    /// The schema, numbered first.
    let encodedSchema: [UInt32]

    /// Entities in the order they are first described; `pack` is the pack of the first description.
    var entityID: [UInt32] = [], entityKind: [UInt32] = [], entityName: [UInt32] = []
    var aliases = ListColumn(), notes = ListColumn(), xrefPrefix = ListColumn()
    var xrefValue: [UInt32] = []
    /// Entity quotes, each with the pack (so the document) it comes from.
    var entityQuotes = MergedQuotes()
    /// Each entity's attribute statements: where they start in the attribute rows.
    var attributeStart: [UInt32] = [0]
    /// Attribute statements as (pack, row in that pack), in the order the image keeps them.
    var attributeRows: [(pack: UInt32, row: UInt32)] = []
    /// Relation statements, each repeated statement of a pack once, with all its quotes and notes.
    var relationSubject: [UInt32] = [], relationType: [UInt32] = [], relationObject: [UInt32] = []
    /// The pack of each relation, and its rows in that pack (more than one when the pack repeats it).
    var relationPack: [UInt32] = []
    var relationRows = ListColumn()
    /// The entity (its row here) of each id's image string number.
    var entityOfID: [UInt32: UInt32] = [:]

    init(schema: Schema, packs: [PackDigest]) throws {
        self.schema = schema
        self.packs = packs
        var strings = StringInterner()
        encodedSchema = try schema.encoded(&strings)
        numbers = try packs.map { pack in try pack.strings.map { try strings($0) } }
        self.strings = strings
    }

    /// The strings numbered so far, leaving an empty table: the compiler numbers on without a copy.
    mutating func takeStrings() -> StringInterner {
        defer { strings = StringInterner() }
        return strings
    }

    /// A document id used by two packs.
    func documentProblems() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var spots: [String: Spot?] = [:]
        for pack in packs {
            guard let document = pack.document else { continue }
            if let earlier = spots[document.id] {
                let message = "document id '\(document.id)' is also used by the pack at \(earlier.map { "\($0.location)" } ?? "another pack"); each document needs its own id"
                diagnostics.append(pack.documentSpot?.diagnostic(message)
                                   ?? Diagnostic(location: pack.entities.place.first.map { pack.spot($0).location }, message: message))
            } else {
                spots[document.id] = pack.documentSpot
            }
        }
        return diagnostics
    }

    /// Which ids name the same entity: entities of different packs that share a cross-reference are
    /// one, under the id that comes first. Two entities of one pack sharing one is an error.
    func identities(_ diagnostics: inout [Diagnostic]) -> [UInt32: UInt32] {
        var owner: [UInt64: (id: UInt32, pack: Int)] = [:]
        var canonical: [UInt32: UInt32] = [:]
        for (index, pack) in packs.enumerated() {
            let number = numbers[index]
            var inPack: [UInt64: (id: UInt32, entity: Int)] = [:]
            for entity in 0..<pack.entities.count {
                let id = number[Int(pack.entities.id[entity])]
                let xrefs = pack.entities.xrefPrefix.range(entity).map { UInt64(number[Int(pack.entities.xrefPrefix.items[$0])]) << 32 | UInt64(number[Int(pack.entities.xrefValue[$0])]) }
                if let (position, same) = xrefs.enumerated().lazy.compactMap({ offset, xref in inPack[xref].map { (offset, $0) } }).first(where: { $0.1.id != id }) {
                    let item = pack.entities.xrefPrefix.range(entity).lowerBound + position
                    let xref = "\(pack.strings[Int(pack.entities.xrefPrefix.items[item])]):\(pack.strings[Int(pack.entities.xrefValue[item])])"
                    let sameID = pack.strings[Int(pack.entities.id[same.entity])]
                    diagnostics.append(pack.spot(pack.entities.place[entity]).diagnostic(
                        "'\(pack.strings[Int(pack.entities.id[entity])])' has the cross-reference \(xref) of '\(sameID)' at \(pack.spot(pack.entities.place[same.entity]).location); one entity of a pack per identifier",
                        notes: ["if they are the same entity, keep one of them"]))
                    continue
                }
                for xref in xrefs { inPack[xref] = (id, entity) }
                // The entity joins the first entity of an earlier pack that shares one of its identifiers.
                let target = xrefs.compactMap { owner[$0] }.first(where: { $0.pack != index })?.id ?? canonical[id] ?? id
                if target != id { canonical[id] = target }
                for xref in xrefs where owner[xref] == nil { owner[xref] = (target, index) }
            }
        }
        return canonical
    }

    /// Combines the descriptions of each entity, the first first. Their kinds must agree; a different
    /// name becomes an alias; attribute statements from every source are all kept, in schema order.
    mutating func mergeEntities(canonical: [UInt32: UInt32], diagnostics: inout [Diagnostic], cancellation: Cancellation?) throws {
        var groups: [UInt32: [(pack: UInt32, entity: UInt32)]] = [:]
        var order: [UInt32] = []
        for (index, pack) in packs.enumerated() {
            for entity in 0..<pack.entities.count {
                let written = numbers[index][Int(pack.entities.id[entity])]
                let id = canonical[written] ?? written
                if groups[id] == nil { order.append(id) }
                groups[id, default: []].append((UInt32(index), UInt32(entity)))
            }
        }
        for id in order {
            try cancellation?.check()
            guard let group = groups.removeValue(forKey: id), let head = group.first else { continue }
            try merge(id: id, head: head, others: group.dropFirst(), diagnostics: &diagnostics)
        }
    }

    private mutating func merge(id: UInt32, head: (pack: UInt32, entity: UInt32), others: ArraySlice<(pack: UInt32, entity: UInt32)>,
                                diagnostics: inout [Diagnostic]) throws {
        let first = packs[Int(head.pack)], entity = Int(head.entity)
        let kind = first.entities.kind[entity]
        // A description under another pack's id keeps the id it was written with as an alias.
        func names(_ pack: PackDigest, _ index: Int, _ number: [UInt32]) -> [UInt32] {
            let written = number[Int(pack.entities.id[index])]
            return pack.entities.aliases.range(index).map { number[Int(pack.entities.aliases.items[$0])] } + (written == id ? [] : [written])
        }
        var described = [head]
        var aliasList = names(first, entity, numbers[Int(head.pack)])
        var seen: Set<String>?
        var xrefs: [UInt64] = []
        var xrefSet: Set<UInt64> = []
        for (pack, index) in [head] + others {
            let digest = packs[Int(pack)], number = numbers[Int(pack)], row = Int(index)
            if pack != head.pack || index != head.entity {
                guard digest.entities.kind[row] == kind else {
                    let (here, there) = (schema.kinds[Int(digest.entities.kind[row])].name, schema.kinds[Int(kind)].name)
                    diagnostics.append(digest.spot(digest.entities.place[row]).diagnostic(
                        "entity '\(strings.string(id))' is \(here.withIndefiniteArticle) here but \(there.withIndefiniteArticle) at \(first.spot(first.entities.place[entity]).location); one id names one entity"))
                    continue
                }
                described.append((pack, index))
                var lowered = seen ?? Set(([numbers[Int(head.pack)][Int(first.entities.name[entity])]] + aliasList).map { strings.string($0).lowercased() })
                for name in [number[Int(digest.entities.name[row])]] + names(digest, row, number) where lowered.insert(strings.string(name).lowercased()).inserted {
                    aliasList.append(name)
                }
                seen = lowered
            }
            for item in digest.entities.xrefPrefix.range(row) {
                let xref = UInt64(number[Int(digest.entities.xrefPrefix.items[item])]) << 32 | UInt64(number[Int(digest.entities.xrefValue[item])])
                // The first description's are kept as written; another's only when new.
                if xrefSet.insert(xref).inserted || pack == head.pack && index == head.entity { xrefs.append(xref) }
            }
        }
        entityOfID[id] = UInt32(entityID.count)
        entityID.append(id); entityKind.append(kind); entityName.append(numbers[Int(head.pack)][Int(first.entities.name[entity])])
        try aliases.add(aliasList)
        try xrefPrefix.add(xrefs.map { UInt32(truncatingIfNeeded: $0 >> 32) })
        xrefValue += xrefs.map { UInt32(truncatingIfNeeded: $0) }
        var noteList: [UInt32] = []
        var rows: [(pack: UInt32, row: UInt32)] = []
        for (pack, index) in described {
            let digest = packs[Int(pack)], number = numbers[Int(pack)], row = Int(index)
            noteList += digest.entities.notes.range(row).map { number[Int(digest.entities.notes.items[$0])] }
            entityQuotes.add(digest.entities.quotes, row: row, pack: pack)
            rows += (Int(digest.entities.attributeStart[row])..<Int(digest.entities.attributeStart[row + 1])).map { (pack, UInt32($0)) }
        }
        entityQuotes.close()
        try notes.add(noteList)
        if described.count > 1 {
            // Each description's statements are in schema order already; together they are sorted again, stably.
            var rank: [UInt32: Int] = [:]
            for (position, attribute) in schema.kinds[Int(kind)].attributes.enumerated() { rank[try strings(attribute.name)] = position }
            let ranks = rows.map { rank[numbers[Int($0.pack)][Int(packs[Int($0.pack)].entities.attributeName[Int($0.row)])]] ?? 0 }
            rows = rows.indices.sorted { ranks[$0] == ranks[$1] ? $0 < $1 : ranks[$0] < ranks[$1] }.map { rows[$0] }
        }
        attributeRows += rows
        attributeStart.append(UInt32(attributeRows.count))
    }

    /// Checks each relation's ends (they exist, in the type's domain and range) and keeps it once per
    /// pack: one source stating the same fact twice, with the same qualifiers, is one statement with more quotes.
    /// The ends of relations a pack did not keep are checked to exist too.
    mutating func mergeRelations(canonical: [UInt32: UInt32], diagnostics: inout [Diagnostic], cancellation: Cancellation?) throws {
        let unkept = packs.reduce(into: Set<String>()) { $0.formUnion($1.unkeptIDs) }
        var allIDs: [String]?
        // That an id written as a relation's subject or object names no entity, with the closest id that does.
        func noEntity(_ part: String, _ text: String, of type: String, at spot: Spot) -> Diagnostic {
            let ids = allIDs ?? entityID.map { strings.string($0) }
            allIDs = ids
            return spot.diagnostic("\(part) '\(text)' of relation '\(type)' is not the id of any entity",
                                   notes: Suggestion.closest(to: text, in: ids).map { ["did you mean '\($0)'?"] } ?? [])
        }
        for (index, pack) in packs.enumerated() {
            try cancellation?.check()
            let number = numbers[index]
            var stated: [StatementKey: Int] = [:]
            var groups: [(key: StatementKey, rows: [UInt32])] = []
            for row in 0..<pack.relations.count {
                let type = schema.relations[Int(pack.relations.type[row])]
                let places = pack.relations.places[row]
                var valid = true
                var found: [UInt32] = []
                for (part, written, place, allowed) in [("subject", pack.relations.subject[row], places.subject, type.domain),
                                                        ("object", pack.relations.object[row], places.object, type.range)] {
                    let id = canonical[number[Int(written)]] ?? number[Int(written)]
                    guard let entity = entityOfID[id] else {
                        valid = false
                        let text = strings.string(id)
                        if unkept.contains(text) { continue }
                        diagnostics.append(noEntity(part, text, of: type.name, at: pack.spot(place)))
                        continue
                    }
                    let kind = schema.kinds[Int(entityKind[Int(entity)])].name
                    if !allowed.contains(kind) {
                        let side = part == "subject" ? "domain" : "range"
                        diagnostics.append(pack.spot(place).diagnostic("relation '\(type.name)' cannot have \(kind.withIndefiniteArticle) ('\(strings.string(id))') as its \(part); its \(side) is \(allowed.joined(separator: ", "))"))
                        valid = false
                    }
                    found.append(id)
                }
                guard valid, found.count == 2 else { continue }
                let qualifiers = pack.relations.statements
                let key = StatementKey(subject: found[0], type: pack.relations.type[row], object: found[1],
                                       hedge: number[Int(qualifiers.hedge[row])], negated: qualifiers.negated[row], asOf: number[Int(qualifiers.asOf[row])])
                if let group = stated[key] {
                    groups[group].rows.append(UInt32(row))
                } else {
                    stated[key] = groups.count
                    groups.append((key, [UInt32(row)]))
                }
            }
            for (key, rows) in groups {
                relationSubject.append(key.subject); relationType.append(key.type); relationObject.append(key.object)
                relationPack.append(UInt32(index))
                try relationRows.add(rows)
            }
            for ends in pack.unkeptEnds {
                for (part, written, place) in [("subject", ends.subject, ends.subjectPlace), ("object", ends.object, ends.objectPlace)] {
                    let id = canonical[number[Int(written)]] ?? number[Int(written)]
                    guard entityOfID[id] == nil else { continue }
                    let text = strings.string(id)
                    if unkept.contains(text) { continue }
                    diagnostics.append(noEntity(part, text, of: pack.strings[Int(ends.type)], at: pack.spot(place)))
                }
            }
        }
    }

    /// What makes two relation statements of one pack one: the same fact with the same qualifiers.
    private struct StatementKey: Hashable {
        var subject, type, object, hedge: UInt32
        var negated: UInt8
        var asOf: UInt32
    }
}
