import KnowledgeGraph

extension RDFExporter {
    /// A source document with its whole text, then each of its segments.
    func writeDocument(_ id: String) throws {
        let node = names.document(id)
        var description = RDFDescription(node)
        description.add(Vocabulary.type, each: [Vocabulary.kx("Document"), Vocabulary.prov("Entity")])
        description.add(Vocabulary.dcterms("identifier"), .string(id))
        description.add(Vocabulary.dcterms("bibliographicCitation"), .string(graph.citation(of: id)))
        if let date = graph.date(of: id) { description.add(Vocabulary.dcterms("date"), Self.date(date)) }
        let index = documents[id]
        description.add(Vocabulary.kx("text"), .string(index.map { $0.excerpt(0..<$0.text.count) } ?? ""))
        let segments = index?.segments ?? []
        description.add(Vocabulary.kx("segment"), each: segments.indices.map { names.segment(id, $0 + 1) })
        try serializer.write(description, in: nil)
        for (offset, segment) in segments.enumerated() {
            var part = RDFDescription(names.segment(id, offset + 1))
            part.add(Vocabulary.type, Vocabulary.kx("Segment"))
            part.add(Vocabulary.kx("role"), .string(segment.role.rawValue))
            part.add(Vocabulary.rdfs("label"), .string(segment.label))
            part.add(Vocabulary.kx("order"), .integer(offset + 1))
            part.add(Vocabulary.kx("utf8Start"), .integer(segment.start))
            part.add(Vocabulary.kx("utf8End"), .integer(segment.end))
            try serializer.write(part, in: nil)
        }
    }

    /// Quote `number` of `body` (a statement or an entity) as a Web Annotation whose target is the
    /// passage, with a quote selector (the exact words and the text around them) and a position selector.
    func writeQuote(_ provenance: Provenance, _ number: Int, of id: String, statement: Int, body: RDFTerm, in graph: RDFTerm?) throws {
        let annotation = names.quote(id, statement, number), target = names.quote(id, statement, number, "target")
        let exact = names.quote(id, statement, number, "exact"), position = names.quote(id, statement, number, "position")
        let index = documents[provenance.document]
        let range = provenance.start..<provenance.end
        var description = RDFDescription(annotation)
        description.add(Vocabulary.type, Vocabulary.oa("Annotation"))
        description.add(Vocabulary.oa("motivatedBy"), Vocabulary.oa("describing"))
        description.add(Vocabulary.kx("order"), .integer(number))
        description.add(Vocabulary.oa("hasBody"), body)
        description.add(Vocabulary.oa("hasTarget"), target)
        if !provenance.citation.isEmpty { description.add(Vocabulary.kx("where"), .string(provenance.citation)) }
        let segments = index?.segmentNumbers(overlapping: range) ?? []
        description.add(Vocabulary.kx("segment"), each: segments.map { names.segment(provenance.document, $0) })
        for number in segments {
            guard let segment = index?.segments[number - 1], segment.role == .sentence, let sentence = Int(segment.label) else { continue }
            description.addDistinct(Vocabulary.kx("sentence"), .integer(sentence))
        }
        try serializer.write(description, in: graph)
        var targetDescription = RDFDescription(target)
        targetDescription.add(Vocabulary.type, Vocabulary.oa("SpecificResource"))
        targetDescription.add(Vocabulary.oa("hasSource"), names.document(provenance.document))
        targetDescription.add(Vocabulary.oa("hasSelector"), each: [exact, position])
        try serializer.write(targetDescription, in: graph)
        var quote = RDFDescription(exact)
        quote.add(Vocabulary.type, Vocabulary.oa("TextQuoteSelector"))
        quote.add(Vocabulary.oa("exact"), .string(index?.excerpt(range) ?? provenance.quote))
        if let prefix = index?.prefix(before: range.lowerBound), !prefix.isEmpty { quote.add(Vocabulary.oa("prefix"), .string(prefix)) }
        if let suffix = index?.suffix(after: range.upperBound), !suffix.isEmpty { quote.add(Vocabulary.oa("suffix"), .string(suffix)) }
        try serializer.write(quote, in: graph)
        var place = RDFDescription(position)
        place.add(Vocabulary.type, Vocabulary.oa("TextPositionSelector"))
        if let index {
            place.add(Vocabulary.oa("start"), .integer(index.codePoint(at: range.lowerBound)))
            place.add(Vocabulary.oa("end"), .integer(index.codePoint(at: range.upperBound)))
        }
        place.add(Vocabulary.kx("utf8Start"), .integer(range.lowerBound))
        place.add(Vocabulary.kx("utf8End"), .integer(range.upperBound))
        try serializer.write(place, in: graph)
    }
}
