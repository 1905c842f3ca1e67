import KnowledgeGraph

/// The sections of a compiled knowledge image. Each is a flat array of fixed-width little-endian
/// integers, so a mapped file is read in place; the numbers are part of the file format and never
/// change meaning within a format version.
enum ImageSection: UInt32, CaseIterable, Sendable {
    // Interned strings: UTF-8 bytes, and the start of each string (one more than there are strings).
    case stringBytes = 1, stringOffsets
    /// The schema, as a stream of counts and string ids (see `Schema+Image`).
    case schema
    // Entities, sorted by kind name then id. Lists hang off `…Start` arrays of entity count + 1.
    case entityID, entityKind, entityName, aliasStart, aliases, xrefStart, xrefPrefix, xrefValue
    case entityNoteStart, entityNotes, entityProvenanceStart
    // Attribute statements, grouped by entity (`attributeStart`), in schema order.
    case attributeStart, attributeName, attributeType, attributeValue, attributeDocument
    case attributeHedge, attributeNegated, attributeAsOf, attributeNoteStart, attributeNotes, attributeProvenanceStart
    // Relation statements sorted by subject, type, object, document: `outgoingStart` indexes them by subject.
    case relationSubject, relationType, relationObject, relationDocument
    case relationHedge, relationNegated, relationAsOf, relationNoteStart, relationNotes, relationProvenanceStart
    case outgoingStart, incomingStart, incomingOrder
    // Quotes as byte offsets into their document's text.
    case provenanceDocument, provenanceStart, provenanceEnd
    // Source documents, sorted by id, and their segments; each text is `documentTextStart[n]..<[n + 1]` of `documentTextBytes`.
    case documentID, documentCitation, documentDate, documentTextStart, segmentStart
    case segmentRole, segmentLabel, segmentFrom, segmentTo
    // Ids, names and aliases, lower-cased, sorted by key bytes: lookup, prefix completion.
    case nameKey, nameWord, nameEntity
    // Plainly asserted attribute values, lower-cased, sorted by attribute then value: equality filters.
    case valueName, valueKey, valueEntity
    /// Predicates of which some statement is hedged or denied.
    case qualifiedPredicates
    /// The documents' texts, one after another: the largest section, read only for quotes, `why`
    /// and text search.
    case documentTextBytes

    /// Bytes per element: strings, roles, types and flags are bytes; everything else is a 32-bit number.
    var width: Int {
        switch self {
        case .stringBytes, .attributeType, .attributeNegated, .relationNegated, .segmentRole, .documentTextBytes: return 1
        default: return 4
        }
    }
}

/// The fixed parts of the file format.
enum ImageFormat {
    /// `KXGRAPH` and a zero byte: what every compiled knowledge file starts with.
    static let magic: [UInt8] = Array("KXGRAPH".utf8) + [0]
    /// Bumped whenever the layout changes; older files are refused with a request to recompile.
    static let version: UInt32 = 2
    /// magic (8), version (4), section count (4), total length (8), checksum of the section table (8), table offset (8).
    static let headerSize = 40
    /// tag (4), width (4), offset (8), count (8), checksum of the section's bytes (8). Checksums are XXH64 (`ImageChecksum`).
    static let tableEntrySize = 32
}
