import KnowledgeGraph

/// One checked pack reduced to numbers by the worker that checked it, so what waits for the merge
/// is small: strings are numbered in the pack's own table, quotes are offsets into its document,
/// and places are a line, a column and a length, made into a `Spot` only for a diagnostic.
///
/// Entities and statements are rows of columns, in the pack's order; lists (aliases, notes, quotes)
/// are `ListColumn`s. Number 0 of the string table is the empty string, which also stands for none.
final class PackDigest: Sendable {
    /// The pack's distinct strings, by number.
    let strings: [String]
    let document: SourceDocument?
    /// Where the document id is written.
    private let documentPlace: Place?
    let unkeptIDs: Set<String>
    private let file: String
    private let lines: SourceLines?
    let entities: Entities
    let relations: Relations
    /// The ends of the relation statements not kept, so the ids they name are still checked.
    let unkeptEnds: [UnkeptEnds]

    /// The pack's entities, one row each, with their attribute statements.
    struct Entities: Sendable {
        var id: [UInt32] = [], kind: [UInt32] = [], name: [UInt32] = []
        var place: [Place] = []
        var aliases = ListColumn(), notes = ListColumn(), xrefPrefix = ListColumn()
        var xrefValue: [UInt32] = []
        var quotes = QuoteColumn()
        /// Where each entity's attribute statements start in the attribute rows.
        var attributeStart: [UInt32] = [0]
        var attributeName: [UInt32] = [], attributeType: [UInt8] = [], attributeValue: [UInt32] = []
        /// The value lower-cased, as equality filters compare it.
        var attributeKey: [UInt32] = []
        var attributes = StatementQualifiers()

        var count: Int { id.count }
    }

    /// The pack's relation statements whose type the schema defines, one row each.
    struct Relations: Sendable {
        var subject: [UInt32] = [], type: [UInt32] = [], object: [UInt32] = []
        /// Where the type, the subject and the object of each relation are written.
        var places: [(type: Place, subject: Place, object: Place)] = []
        var statements = StatementQualifiers()

        var count: Int { subject.count }
    }

    /// The type (as written), subject and object of a relation statement not kept, and where its ends are written.
    struct UnkeptEnds: Sendable {
        var type, subject, object: UInt32
        var subjectPlace, objectPlace: Place
    }

    /// A place in the facts file.
    struct Place: Sendable {
        var line, column, length: UInt32

        init(_ spot: Spot) {
            line = UInt32(clamping: spot.location.line)
            column = UInt32(clamping: spot.location.column)
            length = UInt32(clamping: spot.length)
        }
    }

    /// - Parameters:
    ///   - file: the facts file the pack was read from, which every place is in.
    ///   - lines: its lines for the caret of a later diagnostic, when not the ones the pack was read with.
    init(_ pack: Pack, file: String, lines: SourceLines? = nil, schema: Schema) throws {
        document = pack.document.id.isEmpty ? nil : pack.document
        documentPlace = pack.documentSpot.map(Place.init)
        unkeptIDs = pack.unkeptIDs
        self.file = file
        self.lines = lines ?? pack.entities.first?.spot.lines ?? pack.relations.first?.spot.lines ?? pack.documentSpot?.lines
        var strings = [""]
        var numbers: [String: UInt32] = ["": 0]
        func number(_ string: String?) -> UInt32 {
            guard let string, !string.isEmpty else { return 0 }
            if let known = numbers[string] { return known }
            let new = UInt32(truncatingIfNeeded: strings.count)
            strings.append(string)
            numbers[string] = new
            return new
        }
        var kinds: [String: UInt32] = [:]
        for (index, kind) in schema.kinds.enumerated() { kinds[kind.name] = UInt32(index) }
        var types: [String: UInt32] = [:]
        for (index, type) in schema.relations.enumerated() { types[type.name] = UInt32(index) }
        var entities = Entities()
        for located in pack.entities {
            let entity = located.value
            guard let kind = kinds[entity.kind] else { throw ImageError("entity '\(entity.id)' has a kind the schema does not define") }
            entities.id.append(number(entity.id)); entities.kind.append(kind); entities.name.append(number(entity.name))
            entities.place.append(Place(located.spot))
            try entities.aliases.add(entity.aliases.map(number))
            try entities.notes.add(entity.notes.map(number))
            try entities.xrefPrefix.add(entity.xrefs.map { number($0.prefix) })
            entities.xrefValue += entity.xrefs.map { number($0.value) }
            try entities.quotes.add(entity.provenance)
            for attribute in entity.attributes {
                entities.attributeName.append(number(attribute.name))
                entities.attributeType.append(attribute.value.typeCode)
                let text = attribute.value.description
                entities.attributeValue.append(number(text))
                entities.attributeKey.append(number(text.lowercased()))
                try entities.attributes.add(attribute.qualifiers, quotes: attribute.provenance, number: number)
            }
            entities.attributeStart.append(UInt32(entities.attributeName.count))
        }
        var relations = Relations()
        for located in pack.relations {
            let relation = located.value
            guard let type = types[relation.type] else { continue }
            relations.subject.append(number(relation.subject)); relations.type.append(type); relations.object.append(number(relation.object))
            relations.places.append((Place(located.spot), Place(located.spot("subject")), Place(located.spot("object"))))
            try relations.statements.add(relation.qualifiers, quotes: relation.provenance, number: number)
        }
        unkeptEnds = pack.unkeptRelationEnds.map { located in
            UnkeptEnds(type: number(located.value.type), subject: number(located.value.subject), object: number(located.value.object),
                       subjectPlace: Place(located.spot("subject")), objectPlace: Place(located.spot("object")))
        }
        self.strings = strings
        self.entities = entities
        self.relations = relations
    }

    /// Where the document id is written, for a diagnostic.
    var documentSpot: Spot? { documentPlace.map(spot) }

    /// The spot of a place, for a diagnostic, with its line from the facts file.
    func spot(_ place: Place) -> Spot {
        Spot(location: SourceLocation(file: file, line: Int(place.line), column: Int(place.column)), length: Int(place.length), lines: lines)
    }
}
