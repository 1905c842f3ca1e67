import KnowledgeGraph
import KnowledgeQuery

/// Documents: citations, dates and segments, read once per connection and kept.
extension Run {
    /// The documents with these ids, from the cache or the endpoint; an id the export lacks is left out.
    func documents(_ ids: Set<String>) throws -> [String: SPARQLExecutor.DocumentInfo] {
        let known = executor.cache.withLock { cache in cache.documents.filter { ids.contains($0.key) } }
        let missing = ids.subtracting(known.keys).sorted()
        guard !missing.isEmpty else { return known }
        var citations: [String: String] = [:], dates: [String: PartialDate] = [:]
        var segments: [String: [(order: Int, segment: Segment)]] = [:]
        var start = 0
        while start < missing.count {
            let batch = missing[start..<min(missing.count, start + Self.batch)]
            start += Self.batch
            // In each branch, so that each starts from the documents (see `statementQuery`).
            let documents = "VALUES ?d { \(batch.map(vocabulary.document).joined(separator: " ")) }"
            let table = try select("""
                SELECT ?d ?citation ?date ?role ?label ?order ?start ?end WHERE {
                  { \(documents) ?d dcterms:bibliographicCitation ?citation . OPTIONAL { ?d dcterms:date ?date } }
                  UNION { \(documents) ?d kx:segment ?s . ?s kx:role ?role ; rdfs:label ?label ; kx:order ?order ; kx:utf8Start ?start ; kx:utf8End ?end }
                }
                """)
            for row in table.rows {
                guard case .iri(let iri)? = row["d"], let id = vocabulary.documentID(iri) else { continue }
                if let citation = text(row["citation"]) { citations[id] = citation }
                if let date = text(row["date"]).flatMap(PartialDate.init) { dates[id] = date }
                if let role = text(row["role"]).flatMap(Segment.Role.init(rawValue:)), let label = text(row["label"]),
                   let order = integer(row["order"]), let from = integer(row["start"]), let to = integer(row["end"]) {
                    segments[id, default: []].append((order, Segment(role: role, label: label, start: from, end: to)))
                }
            }
        }
        var found = known
        for id in missing where citations[id] != nil {
            let info = SPARQLExecutor.DocumentInfo(citation: citations[id] ?? id, date: dates[id],
                                                   segments: (segments[id] ?? []).sorted { $0.order < $1.order }.map(\.segment))
            found[id] = info
        }
        executor.cache.withLock { cache in
            for (id, info) in found { cache.documents[id] = info }
        }
        return found
    }

    /// Every document's id, in id order.
    func documentIDs() throws -> [String] {
        try select("SELECT ?d WHERE { ?d a kx:Document }").rows.compactMap { row in
            guard case .iri(let iri)? = row["d"] else { return nil }
            return vocabulary.documentID(iri)
        }.sorted()
    }

    /// Citations of documents, by id (an unknown one cites itself), for cards and `why`.
    func citations(_ ids: Set<String>) throws -> [String: String] {
        let found = try documents(ids)
        return Dictionary(firsts: ids.map { ($0, found[$0]?.citation ?? $0) })
    }

    /// How a quote at `start..<end` of a document is cited: the segments it overlaps, as the graph cites them.
    func segmentCitations(_ document: SPARQLExecutor.DocumentInfo?, _ start: Int, _ end: Int) -> [String] {
        (document?.segments ?? []).filter { start < $0.end && $0.start < end }.map(\.citation)
    }
}
