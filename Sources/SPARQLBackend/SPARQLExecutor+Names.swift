import KnowledgeGraph
import KnowledgeQuery

/// Names on the endpoint: lookups by the lower-cased keys an export writes for every id, name and
/// alias (an index lookup), did-you-mean and completion words, and how much the endpoint holds.
/// A lookup that fails (the endpoint went away) finds nothing, so the statement reports the name.
extension SPARQLExecutor {
    /// Below this many entities, every name is read once and kept, for did-you-mean and completion.
    static let namesKept = 20_000

    public func lookUp(_ name: String) -> [(id: String, kind: String)] {
        let body = """
            SELECT DISTINCT ?e ?k WHERE { ?e kx:key \(SPARQLText.literal(name.lowercased())) . \(vocabulary.typed("?e", "?k")) }
            """
        lookups.withLock { $0.append(vocabulary.prologue + body) }
        let table = try? select(body, cancellation: nil)
        let run = Run(executor: self, cancellation: nil)
        return (table?.rows ?? []).compactMap { run.ref($0, "e", kind: "k") }.sorted().map { ($0.id, $0.kind) }
    }

    public func words(near word: String) -> [String] {
        if let all = allNames() { return all.map(\.word) }
        for length in stride(from: min(3, word.count), through: 1, by: -1) {
            let words = names(startingWith: String(word.prefix(length)), limit: 5000).map(\.word)
            if !words.isEmpty { return words }
        }
        return []
    }

    public func names(startingWith prefix: String, limit: Int) -> [EntityName] {
        if let all = allNames() {
            let lowered = prefix.lowercased()
            return Array(all.filter { $0.word.lowercased().hasPrefix(lowered) }.prefix(limit))
        }
        return (try? readNames(startingWith: prefix, limit: min(limit, 5000))) ?? []
    }

    public func values(ofAttribute name: String, kind: String) -> [String] {
        let table = try? select("""
            SELECT DISTINCT ?v WHERE { ?e a \(vocabulary.kind(kind)) ; \(vocabulary.property(name)) ?v } LIMIT 5000
            """, cancellation: nil)
        return Set((table?.rows ?? []).compactMap { $0["v"]?.text }).sorted()
    }

    public func contents() throws -> KnowledgeContents {
        if let known = cache.withLock({ $0.contents }) { return known }
        let table = try select("""
            SELECT ?entities ?relations ?documents WHERE {
              { SELECT (COUNT(?e) AS ?entities) WHERE { \(vocabulary.typed("?e", "?k", among: schema)) } }
              { SELECT (COUNT(?st) AS ?relations) WHERE { ?st a kx:Statement ; rdf:object ?o . FILTER(isIRI(?o)) } }
              { SELECT (COUNT(?d) AS ?documents) WHERE { ?d a kx:Document } }
            }
            """, cancellation: nil)
        let run = Run(executor: self, cancellation: nil)
        let row = table.rows.first ?? [:]
        let contents = KnowledgeContents(entities: run.integer(row["entities"]) ?? 0, relations: run.integer(row["relations"]) ?? 0,
                                         documents: run.integer(row["documents"]) ?? 0)
        cache.withLock { $0.contents = contents }
        return contents
    }

    /// Every name of a small endpoint, read once; nil for a large one.
    private func allNames() -> [EntityName]? {
        if let kept = cache.withLock({ $0.names }) { return kept }
        guard let contents = try? contents(), contents.entities <= Self.namesKept, let names = try? readNames(startingWith: "", limit: nil) else { return nil }
        cache.withLock { $0.names = names }
        return names
    }

    /// Ids, names and aliases starting with `prefix` (ignoring case), sorted as the name table sorts them.
    private func readNames(startingWith prefix: String, limit: Int?) throws -> [EntityName] {
        let run = Run(executor: self, cancellation: nil)
        let filter = prefix.isEmpty ? "" : "FILTER(STRSTARTS(LCASE(STR(?w)), \(SPARQLText.literal(prefix.lowercased()))))"
        let table = try select("""
            SELECT DISTINCT ?e ?k ?w WHERE { ?e dcterms:identifier|rdfs:label|skos:altLabel ?w . \(vocabulary.typed("?e", "?k")) \(filter) }
            \(limit.map { "LIMIT \($0)" } ?? "")
            """, cancellation: nil)
        let found = table.rows.compactMap { row -> (EntityName, EntityRef)? in
            guard let ref = run.ref(row, "e", kind: "k"), let word = run.text(row["w"]) else { return nil }
            return (EntityName(word: word, id: ref.id, kind: ref.kind), ref)
        }
        return found.sorted { a, b in
            let (x, y) = (a.0.word.lowercased(), b.0.word.lowercased())
            return x != y ? Array(x.utf8).lexicographicallyPrecedes(Array(y.utf8)) : a.1 != b.1 ? a.1 < b.1 : a.0.word < b.0.word
        }.map(\.0)
    }
}
