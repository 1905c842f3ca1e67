extension Graph {
    /// How much of the sources the statements cover: statements (attributes and relations), quotes,
    /// and the sentences and header fields that no quote overlaps. O(statements + segments).
    public func coverage() -> (statements: Int, quotes: Int, uncitedSegments: Int) {
        var statements = relationCount, quotes = 0
        var cited: [String: [Range<Int>]] = [:]
        func note(_ provenance: [Provenance]) {
            quotes += provenance.count
            for item in provenance { cited[item.document, default: []].append(item.start..<item.end) }
        }
        for entity in entities {
            note(entity.provenance)
            statements += entity.attributes.count
            for attribute in entity.attributes { note(attribute.provenance) }
        }
        for relation in relations { note(relation.provenance) }
        var uncited = 0
        for id in documentIDs {
            guard let document = document(id) else { continue }
            var covered = Set<Int>()
            for range in cited[id] ?? [] {
                for segment in document.segments(overlapping: range) { covered.insert(segment.start) }
            }
            uncited += document.segments.filter { $0.needsCitation && !covered.contains($0.start) }.count
        }
        return (statements, quotes, uncited)
    }
}
