import KnowledgeGraph

/// What the numbers of one image section must satisfy for reading them to be safe, checked the
/// first time the section is read (`GraphColumns`), and the length the section table must give it,
/// checked when the image is opened.
enum SectionRule: Sendable, Equatable {
    /// Any numbers: flags, types, roles, byte offsets that are clamped where they are used.
    case any
    /// Every number is below `bound`: it indexes something of that many (named by `what`).
    case below(Int, what: String)
    /// A start array over `items` things: never decreasing, at most `items`, from 0 unless `anyFirst`.
    case starts(items: Int, what: String, anyFirst: Bool = false)
    /// Element by element no smaller than `partner`'s numbers (an end against its start).
    case notBefore(ImageSection, what: String)

    /// How many of each thing the image holds, from its section table and schema.
    struct Limits {
        let strings, kinds, relationTypes, entities, attributes, relations, quotes, documents, segments: Int
        /// Elements in a section, as the table gives it.
        let count: (ImageSection) -> Int
    }

    /// The rule for `section`, and the number of elements it must have (nil for any).
    static func of(_ section: ImageSection, _ limits: Limits) -> (rule: SectionRule, length: Int?) {
        let string = SectionRule.below(limits.strings, what: "a string")
        let entity = SectionRule.below(limits.entities, what: "an entity")
        let document = SectionRule.below(limits.documents, what: "a document")
        let (entities, attributes, relations) = (limits.entities, limits.attributes, limits.relations)
        switch section {
        case .stringBytes, .stringOffsets, .schema, .documentTextBytes: return (.any, nil)
        case .entityID, .entityName: return (string, entities)
        case .entityKind: return (.below(limits.kinds, what: "a kind"), entities)
        case .aliases, .xrefPrefix, .entityNotes, .attributeNotes, .relationNotes, .nameKey, .valueName, .qualifiedPredicates: return (string, nil)
        case .xrefValue: return (string, limits.count(.xrefPrefix))
        case .aliasStart: return (.starts(items: limits.count(.aliases), what: "aliases"), entities + 1)
        case .xrefStart: return (.starts(items: limits.count(.xrefPrefix), what: "cross-references"), entities + 1)
        case .entityNoteStart: return (.starts(items: limits.count(.entityNotes), what: "notes"), entities + 1)
        case .entityProvenanceStart: return (.starts(items: limits.quotes, what: "quotes", anyFirst: true), entities + 1)
        case .attributeStart: return (.starts(items: attributes, what: "attributes"), entities + 1)
        case .outgoingStart, .incomingStart: return (.starts(items: relations, what: "adjacency"), entities + 1)
        case .attributeName, .attributeValue, .attributeHedge, .attributeAsOf: return (string, attributes)
        case .attributeType, .attributeNegated: return (.any, attributes)
        case .attributeDocument: return (document, attributes)
        case .attributeNoteStart: return (.starts(items: limits.count(.attributeNotes), what: "notes"), attributes + 1)
        case .attributeProvenanceStart: return (.starts(items: limits.quotes, what: "quotes", anyFirst: true), attributes + 1)
        case .relationSubject, .relationObject: return (entity, relations)
        case .relationType: return (.below(limits.relationTypes, what: "a relation type"), relations)
        case .relationDocument: return (document, relations)
        case .relationHedge, .relationAsOf: return (string, relations)
        case .relationNegated: return (.any, relations)
        case .incomingOrder: return (.below(relations, what: "a relation"), relations)
        case .relationNoteStart: return (.starts(items: limits.count(.relationNotes), what: "notes"), relations + 1)
        case .relationProvenanceStart: return (.starts(items: limits.quotes, what: "quotes", anyFirst: true), relations + 1)
        case .provenanceDocument: return (document, limits.quotes)
        case .provenanceStart: return (.any, limits.quotes)
        case .provenanceEnd: return (.notBefore(.provenanceStart, what: "a quote"), limits.quotes)
        case .documentID, .documentCitation, .documentDate: return (string, limits.documents)
        case .documentTextStart: return (.starts(items: limits.count(.documentTextBytes), what: "document texts"), limits.documents + 1)
        case .segmentStart: return (.starts(items: limits.segments, what: "segments"), limits.documents + 1)
        case .segmentRole, .segmentFrom: return (.any, limits.segments)
        case .segmentLabel: return (string, limits.segments)
        case .segmentTo: return (.notBefore(.segmentFrom, what: "a segment"), limits.segments)
        case .nameWord: return (string, limits.count(.nameKey))
        case .nameEntity: return (entity, limits.count(.nameKey))
        case .valueKey: return (string, limits.count(.valueName))
        case .valueEntity: return (entity, limits.count(.valueName))
        }
    }

    /// Refuses a section whose length, from the table alone, cannot hold: a wrong length, or numbers
    /// that index things of which there are none (so a section of zeros always satisfies its rule).
    func checkLength(_ count: Int, expected: Int?) throws {
        if let expected, count != expected {
            if case .starts(_, let what, _) = self { throw ImageError("damaged: the index of \(what) has the wrong size") }
            throw ImageError("damaged: its columns disagree in length")
        }
        if case .below(let bound, let what) = self, count > 0, bound == 0 {
            throw ImageError("damaged: \(what) number is out of range")
        }
    }

    /// What is wrong with `elements` of `words` under this rule (a part of the section, checked in
    /// order after the parts before it), or nil when they hold; `partner` gives another section's
    /// numbers as the image holds them.
    func problem(in words: UnsafeBufferPointer<UInt32>, elements: Range<Int>,
                 partner: (ImageSection) -> UnsafeBufferPointer<UInt32> = { _ in UnsafeBufferPointer(start: nil, count: 0) }) -> String? {
        let part = UnsafeBufferPointer(rebasing: words[elements])
        switch self {
        case .any:
            return nil
        case .below(let bound, let what):
            var largest: UInt32 = 0
            for value in part { largest = Swift.max(largest, value) }
            return !part.isEmpty && Int(largest) >= bound ? "\(what) number is out of range" : nil
        case .starts(let items, let what, let anyFirst):
            guard let head = part.first else { return nil }
            if elements.lowerBound == 0, !anyFirst, head != 0 { return "the index of \(what) has the wrong size" }
            var previous = elements.lowerBound == 0 ? head : words[elements.lowerBound - 1]
            var (decreases, largest) = (false, UInt32(0))
            for value in part {
                decreases = decreases || value < previous
                largest = Swift.max(largest, value)
                previous = value
            }
            return decreases || Int(largest) > items ? "the index of \(what) is out of order" : nil
        case .notBefore(let other, let what):
            let starts = partner(other)
            guard starts.count == words.count else { return "\(what) ends before it starts" }
            return zip(starts[elements], part).contains(where: { $0 > $1 }) ? "\(what) ends before it starts" : nil
        }
    }
}
extension ImageSection {
    /// The sections checked with this one, whose numbers are checked against each other: if one is
    /// damaged, all of them read as zeros, which keep holding together.
    var checkedTogether: [ImageSection] {
        switch self {
        case .provenanceStart, .provenanceEnd: return [.provenanceStart, .provenanceEnd]
        case .segmentFrom, .segmentTo: return [.segmentFrom, .segmentTo]
        default: return [self]
        }
    }
}
