/// The sections of a compiled knowledge image. Each is a flat array of fixed-width integers, so a
/// mapped file is read in place; the numbers are part of the file format and never change meaning.
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
    // Source documents, sorted by id, and their segments.
    case documentID, documentCitation, documentDate, documentText, segmentStart
    case segmentRole, segmentLabel, segmentFrom, segmentTo
    // Ids, names and aliases, lower-cased, sorted by key bytes: lookup, prefix completion.
    case nameKey, nameWord, nameEntity
    // Plainly asserted attribute values, lower-cased, sorted by attribute then value: equality filters.
    case valueName, valueKey, valueEntity
    /// Predicates of which some statement is hedged or denied.
    case qualifiedPredicates

    /// Bytes per element: strings, roles, types and flags are bytes; everything else is a 32-bit number.
    var width: Int {
        switch self {
        case .stringBytes, .attributeType, .attributeNegated, .relationNegated, .segmentRole: return 1
        default: return 4
        }
    }
}

/// The fixed parts of the file format.
enum ImageFormat {
    /// `KXGRAPH` and a zero byte: what every compiled knowledge file starts with.
    static let magic: [UInt8] = Array("KXGRAPH".utf8) + [0]
    /// Bumped whenever the layout changes; older files are refused with a request to recompile.
    static let version: UInt32 = 1
    /// magic (8), version (4), section count (4), total length (8), checksum (8), table offset (8).
    static let headerSize = 40
    /// tag (4), width (4), offset (8), count (8).
    static let tableEntrySize = 24
}
