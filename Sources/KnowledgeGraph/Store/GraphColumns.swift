/// The image's sections as typed columns, and the checks that make reading them safe: every number
/// that indexes another column is in range and every start array is ordered, so a damaged or
/// hostile file is refused when it is opened instead of crashing a query.
struct GraphColumns: @unchecked Sendable {
    let entityID, entityKind, entityName, aliasStart, aliases, xrefStart, xrefPrefix, xrefValue: UnsafeBufferPointer<UInt32>
    let entityNoteStart, entityNotes, entityProvenanceStart: UnsafeBufferPointer<UInt32>
    let attributeStart, attributeName, attributeValue, attributeDocument, attributeHedge, attributeAsOf: UnsafeBufferPointer<UInt32>
    let attributeNoteStart, attributeNotes, attributeProvenanceStart: UnsafeBufferPointer<UInt32>
    let attributeType, attributeNegated: UnsafeBufferPointer<UInt8>
    let relationSubject, relationType, relationObject, relationDocument, relationHedge, relationAsOf: UnsafeBufferPointer<UInt32>
    let relationNoteStart, relationNotes, relationProvenanceStart: UnsafeBufferPointer<UInt32>
    let relationNegated: UnsafeBufferPointer<UInt8>
    let outgoingStart, incomingStart, incomingOrder: UnsafeBufferPointer<UInt32>
    let provenanceDocument, provenanceStart, provenanceEnd: UnsafeBufferPointer<UInt32>
    let documentID, documentCitation, documentDate, documentTextStart, segmentStart: UnsafeBufferPointer<UInt32>
    let segmentLabel, segmentFrom, segmentTo: UnsafeBufferPointer<UInt32>
    let segmentRole: UnsafeBufferPointer<UInt8>
    /// The length of `documentTextBytes`, which is read (and checked) only through `ImageBuffer.checkedBytes`.
    let documentTextCount: Int
    let nameKey, nameWord, nameEntity, valueName, valueKey, valueEntity, qualifiedPredicates: UnsafeBufferPointer<UInt32>

    init(_ image: ImageBuffer) {
        (entityID, entityKind, entityName) = (image.words(.entityID), image.words(.entityKind), image.words(.entityName))
        (aliasStart, aliases) = (image.words(.aliasStart), image.words(.aliases))
        (xrefStart, xrefPrefix, xrefValue) = (image.words(.xrefStart), image.words(.xrefPrefix), image.words(.xrefValue))
        (entityNoteStart, entityNotes) = (image.words(.entityNoteStart), image.words(.entityNotes))
        entityProvenanceStart = image.words(.entityProvenanceStart)
        attributeStart = image.words(.attributeStart)
        (attributeName, attributeValue, attributeDocument) = (image.words(.attributeName), image.words(.attributeValue), image.words(.attributeDocument))
        (attributeHedge, attributeAsOf) = (image.words(.attributeHedge), image.words(.attributeAsOf))
        (attributeNoteStart, attributeNotes) = (image.words(.attributeNoteStart), image.words(.attributeNotes))
        attributeProvenanceStart = image.words(.attributeProvenanceStart)
        (attributeType, attributeNegated) = (image.bytes(.attributeType), image.bytes(.attributeNegated))
        (relationSubject, relationType, relationObject) = (image.words(.relationSubject), image.words(.relationType), image.words(.relationObject))
        (relationDocument, relationHedge, relationAsOf) = (image.words(.relationDocument), image.words(.relationHedge), image.words(.relationAsOf))
        (relationNoteStart, relationNotes) = (image.words(.relationNoteStart), image.words(.relationNotes))
        relationProvenanceStart = image.words(.relationProvenanceStart)
        relationNegated = image.bytes(.relationNegated)
        (outgoingStart, incomingStart, incomingOrder) = (image.words(.outgoingStart), image.words(.incomingStart), image.words(.incomingOrder))
        (provenanceDocument, provenanceStart, provenanceEnd) = (image.words(.provenanceDocument), image.words(.provenanceStart), image.words(.provenanceEnd))
        (documentID, documentCitation, documentDate) = (image.words(.documentID), image.words(.documentCitation), image.words(.documentDate))
        (documentTextStart, segmentStart) = (image.words(.documentTextStart), image.words(.segmentStart))
        documentTextCount = image.bytes(.documentTextBytes).count
        (segmentLabel, segmentFrom, segmentTo, segmentRole) = (image.words(.segmentLabel), image.words(.segmentFrom), image.words(.segmentTo), image.bytes(.segmentRole))
        (nameKey, nameWord, nameEntity) = (image.words(.nameKey), image.words(.nameWord), image.words(.nameEntity))
        (valueName, valueKey, valueEntity) = (image.words(.valueName), image.words(.valueKey), image.words(.valueEntity))
        qualifiedPredicates = image.words(.qualifiedPredicates)
    }

    /// Checks the string table, then every column that holds string numbers.
    func validate(strings: StringTable) throws {
        try Self.starts(strings.offsets, rows: strings.offsets.count - 1, items: strings.bytes.count, "strings")
        guard strings.offsets.count >= 1 else { throw ImageError("damaged: the string table is empty") }
        let stringColumns = [entityID, entityName, aliases, xrefPrefix, xrefValue, entityNotes, attributeName, attributeValue, attributeHedge,
                             attributeAsOf, attributeNotes, relationHedge, relationAsOf, relationNotes, documentID, documentCitation,
                             documentDate, segmentLabel, nameKey, nameWord, valueName, valueKey, qualifiedPredicates]
        for column in stringColumns { try Self.below(column, strings.count, "a string number") }
    }

    /// Checks sizes, start arrays and every number that indexes entities, statements, quotes, documents or the schema.
    func validate(against schema: Schema) throws {
        let entities = entityID.count, attributes = attributeName.count, relations = relationSubject.count
        let quotes = provenanceDocument.count, documents = documentID.count, segments = segmentRole.count
        guard [entityKind.count, entityName.count].allSatisfy({ $0 == entities }),
              [attributeType, attributeNegated].allSatisfy({ $0.count == attributes }),
              [attributeValue, attributeDocument, attributeHedge, attributeAsOf].allSatisfy({ $0.count == attributes }),
              [relationType, relationObject, relationDocument, relationHedge, relationAsOf, incomingOrder].allSatisfy({ $0.count == relations }),
              relationNegated.count == relations, xrefValue.count == xrefPrefix.count,
              [provenanceStart.count, provenanceEnd.count].allSatisfy({ $0 == quotes }),
              [documentCitation, documentDate].allSatisfy({ $0.count == documents }),
              [segmentLabel, segmentFrom, segmentTo].allSatisfy({ $0.count == segments }),
              nameWord.count == nameKey.count, nameEntity.count == nameKey.count,
              valueKey.count == valueName.count, valueEntity.count == valueName.count else {
            throw ImageError("damaged: its columns disagree in length")
        }
        try Self.starts(aliasStart, rows: entities, items: aliases.count, "aliases")
        try Self.starts(xrefStart, rows: entities, items: xrefPrefix.count, "cross-references")
        try Self.starts(entityNoteStart, rows: entities, items: entityNotes.count, "notes")
        try Self.starts(attributeStart, rows: entities, items: attributes, "attributes")
        try Self.starts(attributeNoteStart, rows: attributes, items: attributeNotes.count, "notes")
        try Self.starts(relationNoteStart, rows: relations, items: relationNotes.count, "notes")
        try Self.starts(outgoingStart, rows: entities, items: relations, "adjacency")
        try Self.starts(incomingStart, rows: entities, items: relations, "adjacency")
        try Self.starts(segmentStart, rows: documents, items: segments, "segments")
        try Self.starts(documentTextStart, rows: documents, items: documentTextCount, "document texts")
        try Self.starts(entityProvenanceStart, rows: entities, items: quotes, "quotes", first: nil)
        try Self.starts(attributeProvenanceStart, rows: attributes, items: quotes, "quotes", first: nil)
        try Self.starts(relationProvenanceStart, rows: relations, items: quotes, "quotes", first: nil)
        try Self.below(entityKind, schema.kinds.count, "a kind")
        try Self.below(relationType, schema.relations.count, "a relation type")
        for column in [relationSubject, relationObject, nameEntity, valueEntity] { try Self.below(column, entities, "an entity") }
        for column in [attributeDocument, relationDocument, provenanceDocument] { try Self.below(column, documents, "a document") }
        try Self.below(incomingOrder, relations, "a relation")
        for index in 0..<quotes where provenanceStart[index] > provenanceEnd[index] {
            throw ImageError("damaged: a quote ends before it starts")
        }
        for index in 0..<segments where segmentFrom[index] > segmentTo[index] {
            throw ImageError("damaged: a segment ends before it starts")
        }
    }

    /// A start array: rows + 1 numbers, never decreasing, from `first` (0, or any when nil) to at most `items`.
    private static func starts(_ column: UnsafeBufferPointer<UInt32>, rows: Int, items: Int, _ what: String, first: UInt32? = 0) throws {
        guard rows >= 0, column.count == rows + 1, let head = column.first, first.map({ $0 == head }) ?? true else {
            throw ImageError("damaged: the index of \(what) has the wrong size")
        }
        var previous = head
        for value in column {
            guard value >= previous, Int(value) <= items else { throw ImageError("damaged: the index of \(what) is out of order") }
            previous = value
        }
    }

    private static func below(_ column: UnsafeBufferPointer<UInt32>, _ bound: Int, _ what: String) throws {
        if let largest = column.max(), Int(largest) >= bound {
            throw ImageError("damaged: \(what) number is out of range")
        }
    }
}
