import KnowledgeGraph
import KnowledgeQuery

/// `kinds`, `relations`, `sources` and `conflicts`: counted by the engine, laid out as in memory.
extension Run {
    /// How many entities each kind has, by kind name.
    func kindCounts() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try select("SELECT ?k (COUNT(?e) AS ?n) WHERE { \(vocabulary.typed("?e", "?k", among: schema)) } GROUP BY ?k").rows {
            if case .iri(let iri)? = row["k"], let kind = vocabulary.kindName(iri), let count = integer(row["n"]) { counts[kind] = count }
        }
        return counts
    }

    /// How many relation statements each relation type has, by forward name.
    func relationCounts() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try select("SELECT ?p (COUNT(?st) AS ?n) WHERE { ?st a kx:Statement ; rdf:predicate ?p ; rdf:object ?o . FILTER(isIRI(?o)) } GROUP BY ?p").rows {
            if case .iri(let iri)? = row["p"], let name = vocabulary.propertyName(iri), let count = integer(row["n"]) { counts[name] = count }
        }
        return counts
    }

    /// Each document with its sentence count and how many quotes cite it, in id order.
    func sources() throws -> [ResultTables.Source] {
        let ids = try documentIDs()
        let documents = try self.documents(Set(ids))
        var quotes: [String: Int] = [:]
        for row in try select("SELECT ?d (COUNT(?q) AS ?n) WHERE { ?q a oa:Annotation ; oa:hasTarget ?t . ?t oa:hasSource ?d } GROUP BY ?d").rows {
            if case .iri(let iri)? = row["d"], let id = vocabulary.documentID(iri), let count = integer(row["n"]) { quotes[id] = count }
        }
        return ids.map { id in
            ResultTables.Source(id: id, sentences: documents[id]?.segments.filter { $0.role == .sentence }.count ?? 0, quotes: quotes[id] ?? 0,
                                citation: documents[id]?.citation ?? id)
        }
    }

    /// `conflicts`: the engine finds the entities whose single-valued attributes have several asserted
    /// values from several documents, or whose relations one document asserts and another denies;
    /// their statements are read back and judged as in memory (`Conflict.find`).
    func conflictRows() throws -> Rows {
        let single = schema.kinds.flatMap { kind in kind.attributes.filter { !$0.multiple }.map(\.name) }
        let candidates = try select("""
            SELECT DISTINCT ?s WHERE {
              { ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?x ; prov:wasDerivedFrom ?d1 ; kx:negated false .
                ?b rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?y ; prov:wasDerivedFrom ?d2 ; kx:negated false .
                FILTER(isLiteral(?x) && ?x != ?y && ?d1 != ?d2)
                VALUES ?p { \(Set(single).sorted().map(vocabulary.property).joined(separator: " ")) } }
              UNION
              { ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?d1 ; kx:negated true .
                ?b rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?d2 ; kx:negated false .
                FILTER(isIRI(?o) && ?d1 != ?d2) }
            }
            """).rows.compactMap { id($0["s"]) }
        let kinds = try self.kinds(of: Set(candidates))
        let refs = candidates.map { EntityRef(id: $0, kind: kinds[$0] ?? "") }.sorted()
        let entities = try self.entities(refs)
        let outgoing = Dictionary(grouping: try relationStatements(of: refs.map(\.id), .outgoing).compactMap(Self.relation), by: \.subject)
        let conflicts = entities.flatMap { Conflict.find(in: $0, relations: outgoing[$0.id] ?? [], schema: schema) }
        return try statementFields(for: FactPlan(stages: []), facts: conflicts.flatMap(\.facts)).conflicts(conflicts)
    }
}
