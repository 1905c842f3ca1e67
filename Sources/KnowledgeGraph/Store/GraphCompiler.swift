/// Turns checked statements into a compiled image: strings interned, entities sorted by kind and id,
/// relations sorted by subject, type and object, adjacency both ways, and the lookup tables.
/// Loading packs and `kx compile` both go through it, so a compiled file answers exactly as the packs do.
struct GraphCompiler {
    private var strings = StringInterner()
    private var writer = ImageWriter()
    /// Checked between the compiler's stages (sorts, columns, tables); stops it with `Interrupted`.
    private let cancellation: Cancellation?

    static func compile(schema: Schema, entities: [Entity], relations: [Relation], documents: [SourceDocument], cancellation: Cancellation? = nil) throws -> ImageBuffer {
        var compiler = GraphCompiler(cancellation: cancellation)
        return try compiler.run(schema: schema, entities: entities, relations: relations, documents: documents)
    }

    private mutating func run(schema: Schema, entities given: [Entity], relations stated: [Relation], documents loaded: [SourceDocument]) throws -> ImageBuffer {
        // Sorting indexes by plain-number keys, not the statements themselves, keeps a large sort cheap.
        let entityOrder = given.indices.sorted { (given[$0].kind, given[$0].id) < (given[$1].kind, given[$1].id) }
        let entities = entityOrder.map { given[$0] }
        var position: [String: UInt32] = [:]
        for (index, entity) in entities.enumerated() { position[entity.id] = UInt32(index) }
        let idRank = Self.ranks(entities.map(\.id))
        let typeRank = Self.ranks(schema.relations.map(\.name))
        let documents = loaded.sorted { $0.id < $1.id }
        let documentRank = Self.ranks(documents.map(\.id))
        // By subject in graph order, so each entity's outgoing relations are one run; then type, object, document.
        var keys: [RelationKey] = []
        keys.reserveCapacity(stated.count)
        for (offset, relation) in stated.enumerated() {
            guard let subject = position[relation.subject], let object = position[relation.object], let type = typeRank[relation.type] else {
                throw ImageError("relation '\(relation.subject) \(relation.type) \(relation.object)' refers to what the knowledge does not define")
            }
            keys.append(RelationKey(subject: subject, type: type, object: idRank[relation.object] ?? 0, document: documentRank[relation.document] ?? 0,
                                    offset: UInt32(truncatingIfNeeded: offset), objectPosition: object))
        }
        keys.sort()
        try cancellation?.check()
        var documentIndex: [String: UInt32] = [:]
        for (index, document) in documents.enumerated() { documentIndex[document.id] = UInt32(index) }
        var kindIndex: [String: UInt32] = [:]
        for (index, kind) in schema.kinds.enumerated() { kindIndex[kind.name] = UInt32(index) }
        var typeIndex: [String: UInt32] = [:]
        for (index, type) in schema.relations.enumerated() { typeIndex[type.name] = UInt32(index) }

        writer.append(.schema, try schema.encoded(&strings))
        var provenance = ProvenanceColumns()
        var qualified: Set<String> = []

        var ids: [UInt32] = [], kinds: [UInt32] = [], names: [UInt32] = []
        var aliases = ListColumn(), xrefPrefixes = ListColumn(), xrefValues: [UInt32] = [], notes = ListColumn()
        var entityProvenance: [UInt32] = [0]
        var attributeStart: [UInt32] = [0]
        var attributes = StatementColumns()
        var attributeNames: [UInt32] = [], attributeTypes: [UInt8] = [], attributeValues: [UInt32] = []
        for entity in entities {
            guard let kind = kindIndex[entity.kind] else { throw ImageError("entity '\(entity.id)' has a kind the schema does not define") }
            ids.append(try strings(entity.id)); kinds.append(kind); names.append(try strings(entity.name))
            try aliases.add(entity.aliases.map { try strings($0) })
            try xrefPrefixes.add(entity.xrefs.map { try strings($0.prefix) })
            xrefValues += try entity.xrefs.map { try strings($0.value) }
            try notes.add(entity.notes.map { try strings($0) })
            try provenance.add(entity.provenance, documents: documentIndex)
            entityProvenance.append(provenance.count)
        }
        try cancellation?.check()
        // Quotes of entities, then of attributes, then of relations: each owner's quotes are one run.
        for entity in entities {
            for attribute in entity.attributes {
                if !attribute.qualifiers.isAsserted { qualified.insert(attribute.name) }
                attributeNames.append(try strings(attribute.name))
                attributeTypes.append(attribute.value.typeCode)
                attributeValues.append(try strings(attribute.value.description))
                try attributes.add(document: attribute.document, qualifiers: attribute.qualifiers, provenance: attribute.provenance,
                                   documents: documentIndex, strings: &strings, into: &provenance)
            }
            attributeStart.append(UInt32(attributeNames.count))
        }
        writer.append(.entityID, ids); writer.append(.entityKind, kinds); writer.append(.entityName, names)
        aliases.write(&writer, .aliasStart, .aliases)
        xrefPrefixes.write(&writer, .xrefStart, .xrefPrefix)
        writer.append(.xrefValue, xrefValues)
        notes.write(&writer, .entityNoteStart, .entityNotes)
        writer.append(.entityProvenanceStart, entityProvenance)
        writer.append(.attributeStart, attributeStart)
        writer.append(.attributeName, attributeNames); writer.append(.attributeType, attributeTypes); writer.append(.attributeValue, attributeValues)
        attributes.write(&writer, document: .attributeDocument, hedge: .attributeHedge, negated: .attributeNegated, asOf: .attributeAsOf,
                         noteStart: .attributeNoteStart, notes: .attributeNotes, provenanceStart: .attributeProvenanceStart)

        try cancellation?.check()
        var subjects: [UInt32] = [], types: [UInt32] = [], objects: [UInt32] = []
        var statements = StatementColumns()
        var outgoing = [UInt32](repeating: 0, count: entities.count + 1)
        var incoming = [UInt32](repeating: 0, count: entities.count + 1)
        for key in keys {
            let relation = stated[Int(key.offset)]
            let (subject, object) = (key.subject, key.objectPosition)
            guard let type = typeIndex[relation.type] else { throw ImageError("relation type '\(relation.type)' is not in the schema") }
            if !relation.qualifiers.isAsserted { qualified.insert(relation.type) }
            subjects.append(subject); types.append(type); objects.append(object)
            outgoing[Int(subject) + 1] += 1
            incoming[Int(object) + 1] += 1
            try statements.add(document: relation.document, qualifiers: relation.qualifiers, provenance: relation.provenance,
                               documents: documentIndex, strings: &strings, into: &provenance)
        }
        try cancellation?.check()
        for index in 0..<entities.count {
            outgoing[index + 1] += outgoing[index]
            incoming[index + 1] += incoming[index]
        }
        let incomingOrder = (0..<UInt32(keys.count)).sorted { a, b in
            let (x, y) = (Int(a), Int(b))
            if objects[x] != objects[y] { return objects[x] < objects[y] }
            return types[x] != types[y] ? types[x] < types[y] : a < b
        }
        writer.append(.relationSubject, subjects); writer.append(.relationType, types); writer.append(.relationObject, objects)
        statements.write(&writer, document: .relationDocument, hedge: .relationHedge, negated: .relationNegated, asOf: .relationAsOf,
                         noteStart: .relationNoteStart, notes: .relationNotes, provenanceStart: .relationProvenanceStart)
        writer.append(.outgoingStart, outgoing); writer.append(.incomingStart, incoming); writer.append(.incomingOrder, incomingOrder)
        provenance.write(&writer)

        try cancellation?.check()
        try writeDocuments(documents)
        try writeNameTable(entities)
        try cancellation?.check()
        try writeValueIndex(entities)
        writer.append(.qualifiedPredicates, try qualified.sorted().map { try strings($0) })
        writer.append(.stringBytes, strings.bytes)
        writer.append(.stringOffsets, strings.offsets)
        return try writer.finish()
    }

    /// Each string's rank in sorted order.
    private static func ranks(_ strings: [String]) -> [String: UInt32] {
        var ranks: [String: UInt32] = [:]
        for (rank, string) in strings.sorted().enumerated() where ranks[string] == nil { ranks[string] = UInt32(rank) }
        return ranks
    }

    /// The order of relation statements, as numbers, with the object's position for the columns.
    private struct RelationKey: Comparable {
        var subject, type, object, document, offset: UInt32
        var objectPosition: UInt32

        static func < (a: RelationKey, b: RelationKey) -> Bool {
            (a.subject, a.type, a.object, a.document, a.offset) < (b.subject, b.type, b.object, b.document, b.offset)
        }
    }

    private mutating func writeDocuments(_ documents: [SourceDocument]) throws {
        var segmentStart: [UInt32] = [0]
        var roles: [UInt8] = [], labels: [UInt32] = [], from: [UInt32] = [], to: [UInt32] = []
        for document in documents {
            for segment in document.segments {
                roles.append(segment.role.code); labels.append(try strings(segment.label))
                from.append(UInt32(clamping: segment.start)); to.append(UInt32(clamping: segment.end))
            }
            segmentStart.append(UInt32(roles.count))
        }
        writer.append(.documentID, try documents.map { try strings($0.id) })
        writer.append(.documentCitation, try documents.map { try strings($0.citation) })
        writer.append(.documentDate, try documents.map { try strings($0.date?.description) })
        var textStart: [UInt32] = [0], texts: [UInt8] = []
        for document in documents {
            texts.append(contentsOf: document.text.utf8)
            guard let end = UInt32(exactly: texts.count) else { throw ImageError("the documents' texts are too large for one compiled file (over 4 GiB)") }
            textStart.append(end)
        }
        writer.append(.documentTextStart, textStart)
        writer.append(.documentTextBytes, texts)
        writer.append(.segmentStart, segmentStart)
        writer.append(.segmentRole, roles); writer.append(.segmentLabel, labels)
        writer.append(.segmentFrom, from); writer.append(.segmentTo, to)
    }

    /// Every id, name and alias, lower-cased as the key, with the word as written and its entity.
    private mutating func writeNameTable(_ entities: [Entity]) throws {
        var entries: [(key: UInt32, word: UInt32, entity: UInt32)] = []
        for (index, entity) in entities.enumerated() {
            var seen: Set<String> = []
            for word in [entity.id, entity.name] + entity.aliases where seen.insert(word).inserted {
                entries.append((try strings(word.lowercased()), try strings(word), UInt32(index)))
            }
        }
        let strings = self.strings
        entries.sort { a, b in
            a.key == b.key ? (a.entity, a.word) < (b.entity, b.word) : strings.precedes(a.key, b.key)
        }
        writer.append(.nameKey, entries.map(\.key)); writer.append(.nameWord, entries.map(\.word)); writer.append(.nameEntity, entries.map(\.entity))
    }

    /// Plainly asserted attribute values, lower-cased, for equality filters without a scan.
    private mutating func writeValueIndex(_ entities: [Entity]) throws {
        var entries: [(name: UInt32, key: UInt32, entity: UInt32)] = []
        for (index, entity) in entities.enumerated() {
            for attribute in entity.attributes where attribute.qualifiers.isAsserted {
                entries.append((try strings(attribute.name), try strings(attribute.value.key), UInt32(index)))
            }
        }
        let strings = self.strings
        entries.sort { a, b in
            if a.name != b.name { return strings.precedes(a.name, b.name) }
            if a.key != b.key { return strings.precedes(a.key, b.key) }
            return a.entity < b.entity
        }
        var previous: (name: UInt32, key: UInt32, entity: UInt32)?
        entries.removeAll { entry in
            defer { previous = entry }
            return previous.map { $0 == entry } ?? false
        }
        writer.append(.valueName, entries.map(\.name)); writer.append(.valueKey, entries.map(\.key)); writer.append(.valueEntity, entries.map(\.entity))
    }
}

/// Lists of string numbers per row: a start array (rows + 1) and the concatenated items.
struct ListColumn {
    private(set) var start: [UInt32] = [0]
    private(set) var items: [UInt32] = []

    mutating func add(_ list: [UInt32]) throws {
        items += list
        guard items.count < Int(UInt32.max) else { throw ImageError.tooLarge }
        start.append(UInt32(items.count))
    }

    func write(_ writer: inout ImageWriter, _ startSection: ImageSection, _ itemSection: ImageSection) {
        writer.append(startSection, start)
        writer.append(itemSection, items)
    }
}

/// What attribute and relation statements share: document, qualifiers, notes and quotes.
struct StatementColumns {
    private var documents: [UInt32] = [], hedges: [UInt32] = [], negated: [UInt8] = [], asOf: [UInt32] = []
    private var notes = ListColumn()
    /// Where each statement's quotes start in the shared quote table, and where the last one's end.
    private var provenanceStart: [UInt32] = []

    mutating func add(document: String, qualifiers: Qualifiers, provenance: [Provenance], documents index: [String: UInt32],
                      strings: inout StringInterner, into table: inout ProvenanceColumns) throws {
        guard let number = index[document] else { throw ImageError("a statement cites '\(document)', which is not a loaded document") }
        documents.append(number)
        hedges.append(try strings(qualifiers.hedge))
        negated.append(qualifiers.negated ? 1 : 0)
        asOf.append(try strings(qualifiers.asOf?.description))
        try notes.add(qualifiers.notes.map { try strings($0) })
        if provenanceStart.isEmpty { provenanceStart.append(table.count) }
        try table.add(provenance, documents: index)
        provenanceStart.append(table.count)
    }

    func write(_ writer: inout ImageWriter, document: ImageSection, hedge: ImageSection, negated negatedSection: ImageSection, asOf asOfSection: ImageSection,
               noteStart: ImageSection, notes notesSection: ImageSection, provenanceStart provenanceSection: ImageSection) {
        writer.append(document, documents); writer.append(hedge, hedges); writer.append(negatedSection, negated); writer.append(asOfSection, asOf)
        notes.write(&writer, noteStart, notesSection)
        writer.append(provenanceSection, provenanceStart.isEmpty ? [0] : provenanceStart)
    }
}

/// Quotes as document numbers and offsets; the words are read back from the document's text.
struct ProvenanceColumns {
    private var documents: [UInt32] = [], starts: [UInt32] = [], ends: [UInt32] = []

    var count: UInt32 { UInt32(documents.count) }

    mutating func add(_ provenance: [Provenance], documents index: [String: UInt32]) throws {
        for quote in provenance {
            guard let number = index[quote.document] else { throw ImageError("a quote cites '\(quote.document)', which is not a loaded document") }
            documents.append(number)
            starts.append(UInt32(clamping: quote.start)); ends.append(UInt32(clamping: quote.end))
        }
        guard documents.count < Int(UInt32.max) else { throw ImageError.tooLarge }
    }

    func write(_ writer: inout ImageWriter) {
        writer.append(.provenanceDocument, documents); writer.append(.provenanceStart, starts); writer.append(.provenanceEnd, ends)
    }
}

extension Value {
    /// The value's type as stored in an image.
    var typeCode: UInt8 {
        switch self {
        case .text: return 0
        case .number: return 1
        case .date: return 2
        case .url: return 3
        case .enumeration: return 4
        }
    }

    /// A value read back from an image: its type code and its text as written.
    init(typeCode: UInt8, text: String) {
        switch typeCode {
        case 1: self = Double(text).map(Value.number) ?? .text(text)
        case 2: self = PartialDate(text).map(Value.date) ?? .text(text)
        case 3: self = .url(text)
        case 4: self = .enumeration(text)
        default: self = .text(text)
        }
    }
}

extension Segment.Role {
    /// The role as stored in an image.
    var code: UInt8 {
        switch self {
        case .field: return 0
        case .heading: return 1
        case .sentence: return 2
        }
    }

    init(code: UInt8) {
        self = code == 0 ? .field : code == 1 ? .heading : .sentence
    }
}
