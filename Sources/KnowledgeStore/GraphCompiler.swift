import KnowledgeGraph

/// Turns merged statements into a compiled image: entities sorted by kind and id, relations sorted
/// by subject, type and object, adjacency both ways, and the lookup tables.
/// Loading packs and `kx compile` both go through it, so a compiled file answers exactly as the packs do.
struct GraphCompiler {
    private var strings: StringInterner
    private var writer = ImageWriter()
    /// Checked between the compiler's stages (sorts, columns, tables); stops it with `Interrupted`.
    private let cancellation: Cancellation?

    /// Takes the merged rows' strings over, so numbering more of them does not copy the table.
    static func compile(_ merged: consuming MergedGraph, cancellation: Cancellation? = nil) throws -> ImageBuffer {
        try layOut(merged, cancellation: cancellation).finish()
    }

    /// The image's sections, laid out and ready to be finished in memory or into a file.
    static func layOut(_ merged: consuming MergedGraph, cancellation: Cancellation? = nil) throws -> ImageWriter {
        var compiler = GraphCompiler(strings: merged.takeStrings(), cancellation: cancellation)
        return try compiler.run(merged)
    }

    /// The entities (rows of `merged`) in graph order: by kind name, then id; and each one's rank by id alone.
    private static func order(_ merged: MergedGraph, _ strings: StringInterner) -> (entities: [Int], idRank: [UInt32]) {
        // Sorting positions by plain-number keys, not the rows themselves, keeps a large sort cheap.
        let kindRank = ranks(merged.schema.kinds.map(\.name))
        let entities = merged.entityID.indices.sorted { a, b in
            let (x, y) = (kindRank[Int(merged.entityKind[a])], kindRank[Int(merged.entityKind[b])])
            return x != y ? x < y : strings.precedes(merged.entityID[a], merged.entityID[b])
        }
        var idRank = [UInt32](repeating: 0, count: entities.count)
        for (rank, entity) in merged.entityID.indices.sorted(by: { strings.precedes(merged.entityID[$0], merged.entityID[$1]) }).enumerated() {
            idRank[entity] = UInt32(rank)
        }
        return (entities, idRank)
    }

    private mutating func run(_ merged: MergedGraph) throws -> ImageWriter {
        let schema = merged.schema, packs = merged.packs
        let (entities, idRank) = Self.order(merged, strings)
        var position = [UInt32](repeating: 0, count: entities.count)
        for (index, entity) in entities.enumerated() { position[entity] = UInt32(index) }
        let typeRank = Self.ranks(schema.relations.map(\.name))
        let documented = packs.indices.filter { packs[$0].document != nil }.sorted { (packs[$0].document?.id ?? "") < (packs[$1].document?.id ?? "") }
        var documentOfPack = [UInt32](repeating: 0, count: packs.count)
        for (index, pack) in documented.enumerated() { documentOfPack[pack] = UInt32(index) }
        // By subject in graph order, so each entity's outgoing relations are one run; then type, object, document.
        var keys: [RelationKey] = []
        keys.reserveCapacity(merged.relationSubject.count)
        for relation in merged.relationSubject.indices {
            guard let subject = merged.entityOfID[merged.relationSubject[relation]], let object = merged.entityOfID[merged.relationObject[relation]] else {
                throw ImageError("a relation refers to what the knowledge does not define")
            }
            keys.append(RelationKey(subject: position[Int(subject)], type: typeRank[Int(merged.relationType[relation])], object: idRank[Int(object)],
                                    document: documentOfPack[Int(merged.relationPack[relation])], offset: UInt32(truncatingIfNeeded: relation),
                                    objectPosition: position[Int(object)]))
        }
        keys.sort()
        try cancellation?.check()

        writer.append(.schema, merged.encodedSchema)
        var provenance = ProvenanceColumns()
        var qualified: Set<UInt32> = []

        var ids: [UInt32] = [], kinds: [UInt32] = [], names: [UInt32] = []
        var aliases = ListColumn(), xrefPrefixes = ListColumn(), xrefValues: [UInt32] = [], notes = ListColumn()
        var entityProvenance: [UInt32] = [0]
        for entity in entities {
            ids.append(merged.entityID[entity]); kinds.append(merged.entityKind[entity]); names.append(merged.entityName[entity])
            try aliases.add(merged.aliases.items(entity))
            try xrefPrefixes.add(merged.xrefPrefix.items(entity))
            xrefValues += merged.xrefPrefix.range(entity).map { merged.xrefValue[$0] }
            try notes.add(merged.notes.items(entity))
            let quotes = merged.entityQuotes
            for quote in Int(quotes.start[entity])..<Int(quotes.start[entity + 1]) {
                try provenance.add(document: documentOfPack[Int(quotes.pack[quote])], from: quotes.from[quote], to: quotes.to[quote])
            }
            entityProvenance.append(provenance.count)
        }
        try cancellation?.check()
        // Quotes of entities, then of attributes, then of relations: each owner's quotes are one run.
        var attributeStart: [UInt32] = [0]
        var attributes = StatementColumns()
        var attributeNames: [UInt32] = [], attributeTypes: [UInt8] = [], attributeValues: [UInt32] = []
        for entity in entities {
            for item in Int(merged.attributeStart[entity])..<Int(merged.attributeStart[entity + 1]) {
                let (pack, row) = (Int(merged.attributeRows[item].pack), Int(merged.attributeRows[item].row))
                let digest = packs[pack], number = merged.numbers[pack]
                let name = number[Int(digest.entities.attributeName[row])]
                if !digest.entities.attributes.isAsserted(row) { qualified.insert(name) }
                attributeNames.append(name)
                attributeTypes.append(digest.entities.attributeType[row])
                attributeValues.append(number[Int(digest.entities.attributeValue[row])])
                try attributes.add(digest.entities.attributes, rows: CollectionOfOne(UInt32(row)), numbers: number, document: documentOfPack[pack], into: &provenance)
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
            let relation = Int(key.offset)
            let pack = Int(merged.relationPack[relation])
            let type = merged.relationType[relation]
            let rows = merged.relationRows.items(relation)
            let digest = packs[pack]
            if rows.contains(where: { !digest.relations.statements.isAsserted(Int($0)) }) { qualified.insert(try self.strings(schema.relations[Int(type)].name)) }
            subjects.append(key.subject); types.append(type); objects.append(key.objectPosition)
            outgoing[Int(key.subject) + 1] += 1
            incoming[Int(key.objectPosition) + 1] += 1
            try statements.add(digest.relations.statements, rows: rows, numbers: merged.numbers[pack], document: documentOfPack[pack], into: &provenance)
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
        try writeDocuments(documented.compactMap { packs[$0].document })
        try writeNameTable(merged, in: entities)
        try cancellation?.check()
        try writeValueIndex(merged, in: entities)
        let qualifiedNames = qualified.map { self.strings.string($0) }.sorted()
        writer.append(.qualifiedPredicates, try qualifiedNames.map { try self.strings($0) })
        writer.append(.stringBytes, self.strings.bytes)
        writer.append(.stringOffsets, self.strings.offsets)
        return writer
    }

    /// Each string's rank in sorted order, by its place in `strings`.
    private static func ranks(_ strings: [String]) -> [UInt32] {
        var ranks = [UInt32](repeating: 0, count: strings.count)
        for (rank, index) in strings.indices.sorted(by: { strings[$0] < strings[$1] }).enumerated() { ranks[index] = UInt32(rank) }
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
        // The texts are copied from the documents straight into the image.
        var textStart: [UInt32] = [0], total = 0
        for document in documents {
            total += document.text.utf8.count
            guard let end = UInt32(exactly: total) else { throw ImageError("the documents' texts are too large for one compiled file (over 4 GiB)") }
            textStart.append(end)
        }
        writer.append(.documentTextStart, textStart)
        writer.appendBytes(.documentTextBytes, count: total) { put in
            for document in documents {
                var text = document.text
                try text.withUTF8 { try put(UnsafeRawBufferPointer($0)) }
            }
        }
        writer.append(.segmentStart, segmentStart)
        writer.append(.segmentRole, roles); writer.append(.segmentLabel, labels)
        writer.append(.segmentFrom, from); writer.append(.segmentTo, to)
    }

    /// Every id, name and alias, lower-cased as the key, with the word as written and its entity.
    private mutating func writeNameTable(_ merged: MergedGraph, in entities: [Int]) throws {
        var entries: [(key: UInt32, word: UInt32, entity: UInt32)] = []
        for (index, entity) in entities.enumerated() {
            var seen: Set<UInt32> = []
            for word in [merged.entityID[entity], merged.entityName[entity]] + merged.aliases.items(entity) where seen.insert(word).inserted {
                entries.append((try strings.lowercased(word), word, UInt32(index)))
            }
        }
        let strings = self.strings
        entries.sort { a, b in
            a.key == b.key ? (a.entity, a.word) < (b.entity, b.word) : strings.precedes(a.key, b.key)
        }
        writer.append(.nameKey, entries.map(\.key)); writer.append(.nameWord, entries.map(\.word)); writer.append(.nameEntity, entries.map(\.entity))
    }

    /// Plainly asserted attribute values, lower-cased, for equality filters without a scan.
    private mutating func writeValueIndex(_ merged: MergedGraph, in entities: [Int]) throws {
        var entries: [(name: UInt32, key: UInt32, entity: UInt32)] = []
        for (index, entity) in entities.enumerated() {
            for item in Int(merged.attributeStart[entity])..<Int(merged.attributeStart[entity + 1]) {
                let (pack, row) = (Int(merged.attributeRows[item].pack), Int(merged.attributeRows[item].row))
                let digest = merged.packs[pack], number = merged.numbers[pack]
                guard digest.entities.attributes.isAsserted(row) else { continue }
                entries.append((number[Int(digest.entities.attributeName[row])], number[Int(digest.entities.attributeKey[row])], UInt32(index)))
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
struct ListColumn: Sendable {
    private(set) var start: [UInt32] = [0]
    private(set) var items: [UInt32] = []

    mutating func add(_ list: some Collection<UInt32>) throws {
        items += list
        try endRow()
    }

    /// Adds an item to the row being built.
    mutating func append(_ item: UInt32) {
        items.append(item)
    }

    /// Ends the row being built.
    mutating func endRow() throws {
        guard items.count < Int(UInt32.max) else { throw ImageError.tooLarge }
        start.append(UInt32(items.count))
    }

    /// Where row `row`'s items are in `items`.
    func range(_ row: Int) -> Range<Int> { Int(start[row])..<Int(start[row + 1]) }

    /// The items of row `row`.
    func items(_ row: Int) -> ArraySlice<UInt32> { items[range(row)] }

    func write(_ writer: inout ImageWriter, _ startSection: ImageSection, _ itemSection: ImageSection) {
        writer.append(startSection, start)
        writer.append(itemSection, items)
    }
}

/// What attribute and relation statements share in an image: document, qualifiers, notes and quotes.
struct StatementColumns {
    private var documents: [UInt32] = [], hedges: [UInt32] = [], negated: [UInt8] = [], asOf: [UInt32] = []
    private var notes = ListColumn()
    /// Where each statement's quotes start in the shared quote table, and where the last one's end.
    private var provenanceStart: [UInt32] = []

    /// Adds one statement made of `rows` of a pack's `table` (more than one when the pack repeats it:
    /// the first row's qualifiers, every row's notes and quotes), its strings renumbered by `numbers`.
    mutating func add(_ table: StatementQualifiers, rows: some Collection<UInt32>, numbers: [UInt32], document: UInt32,
                      into quotes: inout ProvenanceColumns) throws {
        guard let first = rows.first.map(Int.init) else { return }
        documents.append(document)
        hedges.append(numbers[Int(table.hedge[first])])
        negated.append(table.negated[first])
        asOf.append(numbers[Int(table.asOf[first])])
        for row in rows {
            for note in table.notes.items(Int(row)) { notes.append(numbers[Int(note)]) }
        }
        try notes.endRow()
        if provenanceStart.isEmpty { provenanceStart.append(quotes.count) }
        for row in rows {
            for quote in table.quotes.range(Int(row)) {
                try quotes.add(document: document, from: table.quotes.from[quote], to: table.quotes.to[quote])
            }
        }
        provenanceStart.append(quotes.count)
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

    mutating func add(document: UInt32, from: UInt32, to: UInt32) throws {
        documents.append(document); starts.append(from); ends.append(to)
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
