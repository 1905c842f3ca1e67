import KnowledgeGraph

extension Graph {
    /// How much of the sources the statements cover: entities, statements (attributes and relations), quotes,
    /// and the sentences and header fields that no quote overlaps. With `documents`, only what those
    /// documents state is counted (an entity when one of them describes it). O(statements + segments).
    public func coverage(of documents: Set<String>? = nil) -> (entities: Int, statements: Int, quotes: Int, uncitedSegments: Int) {
        func counted(_ document: String) -> Bool { documents?.contains(document) ?? true }
        var described = 0, statements = 0, quotes = 0
        var cited: [String: [Range<Int>]] = [:]
        func note(_ provenance: [Provenance]) {
            quotes += provenance.count
            for item in provenance { cited[item.document, default: []].append(item.start..<item.end) }
        }
        for entity in entities {
            let provenance = entity.provenance.filter { counted($0.document) }
            let attributes = entity.attributes.filter { counted($0.document) }
            if documents == nil || !provenance.isEmpty || !attributes.isEmpty { described += 1 }
            note(provenance)
            statements += attributes.count
            for attribute in attributes { note(attribute.provenance) }
        }
        for relation in relations where counted(relation.document) {
            statements += 1
            note(relation.provenance)
        }
        var uncited = 0
        for id in documentIDs where counted(id) {
            guard let document = document(id) else { continue }
            var covered = Set<Int>()
            for range in cited[id] ?? [] {
                for segment in document.segments(overlapping: range) { covered.insert(segment.start) }
            }
            uncited += document.segments.filter { $0.needsCitation && !covered.contains($0.start) }.count
        }
        return (described, statements, quotes, uncited)
    }
}
