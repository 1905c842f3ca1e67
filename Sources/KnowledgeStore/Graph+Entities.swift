import KnowledgeGraph

extension Graph {
    /// The id of the entity at `position`.
    public func id(at position: Int) -> String { strings[columns.entityID[position]] }

    /// The kind (singular name) of the entity at `position`.
    public func kind(at position: Int) -> String { schema.kinds[Int(columns.entityKind[position])].name }

    /// The name of the entity at `position`.
    public func name(at position: Int) -> String { strings[columns.entityName[position]] }

    /// The aliases of the entity at `position`.
    public func aliases(at position: Int) -> [String] {
        list(columns.aliases, columns.aliasStart, position).map { strings[$0] }
    }

    /// The entity at `position`, with its attributes, quotes, notes and cross-references. Without
    /// `quoted`, each quote keeps where it is (document, offsets, segments) but not its words
    /// (`quote` is empty): what a list of entities shows, read in a fraction of the time.
    public func entity(at position: Int, quoted: Bool = true) -> Entity {
        let xrefs = range(columns.xrefStart, position).map { Xref(prefix: strings[columns.xrefPrefix[$0]], value: strings[columns.xrefValue[$0]]) }
        let provenance = quotes(from: columns.entityProvenanceStart[position], to: columns.entityProvenanceStart[position + 1], quoted: quoted)
        return Entity(id: id(at: position), kind: kind(at: position), name: name(at: position), aliases: aliases(at: position),
                      attributes: attributes(at: position).map { attribute(at: $0, quoted: quoted) }, provenance: provenance,
                      notes: list(columns.entityNotes, columns.entityNoteStart, position).map { strings[$0] }, xrefs: xrefs)
    }

    /// The attribute statements of the entity at `position`, as indexes into the attribute columns.
    func attributes(at position: Int) -> Range<Int> { range(columns.attributeStart, position) }

    /// The plainly asserted values of attribute `name` of the entity at `position`, without repeats, in statement order.
    public func assertedValues(at position: Int, _ name: String) -> [Value] {
        var values: [Value] = []
        for index in attributes(at: position) where isAsserted(attribute: index) && strings[columns.attributeName[index]] == name {
            let value = Value(typeCode: columns.attributeType[index], text: strings[columns.attributeValue[index]])
            if !values.contains(value) { values.append(value) }
        }
        return values
    }

    public func isAsserted(attribute index: Int) -> Bool {
        columns.attributeHedge[index] == 0 && columns.attributeNegated[index] == 0
    }

    public func isAsserted(relation index: Int) -> Bool {
        columns.relationHedge[index] == 0 && columns.relationNegated[index] == 0
    }

    func attribute(at index: Int, quoted: Bool = true) -> Attribute {
        Attribute(name: strings[columns.attributeName[index]],
                  value: Value(typeCode: columns.attributeType[index], text: strings[columns.attributeValue[index]]),
                  document: strings[columns.documentID[Int(columns.attributeDocument[index])]],
                  provenance: quotes(from: columns.attributeProvenanceStart[index], to: columns.attributeProvenanceStart[index + 1], quoted: quoted),
                  qualifiers: qualifiers(hedge: columns.attributeHedge[index], negated: columns.attributeNegated[index], asOf: columns.attributeAsOf[index],
                                         notes: list(columns.attributeNotes, columns.attributeNoteStart, index)))
    }

    /// The relation statement at `index` (relations are sorted by subject, type, object). Without
    /// `quoted`, its quotes keep where they are but not their words, as for `entity(at:quoted:)`.
    public func relation(at index: Int, quoted: Bool = true) -> Relation {
        Relation(subject: id(at: Int(columns.relationSubject[index])), type: schema.relations[Int(columns.relationType[index])].name,
                 object: id(at: Int(columns.relationObject[index])), document: strings[columns.documentID[Int(columns.relationDocument[index])]],
                 provenance: quotes(from: columns.relationProvenanceStart[index], to: columns.relationProvenanceStart[index + 1], quoted: quoted),
                 qualifiers: qualifiers(hedge: columns.relationHedge[index], negated: columns.relationNegated[index], asOf: columns.relationAsOf[index],
                                        notes: list(columns.relationNotes, columns.relationNoteStart, index)))
    }

    private func qualifiers(hedge: UInt32, negated: UInt8, asOf: UInt32, notes: [UInt32]) -> Qualifiers {
        Qualifiers(hedge: hedge == 0 ? nil : strings[hedge], negated: negated != 0, asOf: asOf == 0 ? nil : PartialDate(strings[asOf]),
                   notes: notes.map { strings[$0] })
    }

    /// Quotes `start..<end` of the quote table, their words read back from their document's text.
    private func quotes(from start: UInt32, to end: UInt32, quoted: Bool = true) -> [Provenance] {
        guard start < end else { return [] }
        return (Int(start)..<Int(end)).map { index in
            let number = Int(columns.provenanceDocument[index])
            let range = Int(columns.provenanceStart[index])..<Int(columns.provenanceEnd[index])
            let quote = quoted ? excerpt(documentText(number), range) : ""
            let segments = segmentIndexes(of: number, overlapping: range).map { index in
                let label = strings[columns.segmentLabel[index]]
                return Segment.Role(code: columns.segmentRole[index]) == .sentence ? "sentence \(label)" : label
            }
            return Provenance(document: strings[columns.documentID[number]], quote: quote, start: range.lowerBound, end: range.upperBound,
                              segments: segments)
        }
    }

    /// The segments of document `number` that overlap `range`, by binary search (segments are in text order).
    private func segmentIndexes(of number: Int, overlapping range: Range<Int>) -> [Int] {
        let all = self.range(columns.segmentStart, number)
        var low = lowerBound(count: all.upperBound, from: all.lowerBound) { Int(columns.segmentTo[$0]) <= range.lowerBound ? -1 : 1 }
        var found: [Int] = []
        while low < all.upperBound, Int(columns.segmentFrom[low]) < range.upperBound {
            if range.lowerBound < Int(columns.segmentTo[low]) { found.append(low) }
            low += 1
        }
        return found
    }

    /// The verbatim words of a quote with every run of white space shown as one space, as the pack wrote it.
    private func excerpt(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let clamped = min(range.lowerBound, text.count)..<min(range.upperBound, text.count)
        // Written into the string's own storage: appending to an array first cost four times as much.
        return String(unsafeUninitializedCapacity: clamped.count) { buffer in
            var count = 0
            var inSpace = false
            for byte in text[clamped] {
                let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
                if space, inSpace { continue }
                buffer[count] = space ? 0x20 : byte
                count += 1
                inSpace = space
            }
            return count
        }
    }

    /// Indexes `start[row]..<start[row + 1]`.
    func range(_ start: UnsafeBufferPointer<UInt32>, _ row: Int) -> Range<Int> {
        Int(start[row])..<Int(start[row + 1])
    }

    func list(_ items: UnsafeBufferPointer<UInt32>, _ start: UnsafeBufferPointer<UInt32>, _ row: Int) -> [UInt32] {
        Array(items[range(start, row)])
    }
}
