import KnowledgeGraph
import KnowledgeQuery

/// Entities read back whole: kind, name, aliases, cross-references, notes, their own quotes and
/// every attribute statement of every source, in batches.
extension Run {
    /// The entities with these ids, in the order given; ids the endpoint does not hold are left out.
    /// Unless `whole`, only their kind, name, aliases, cross-references and notes are read.
    func entities(_ refs: [EntityRef], whole: Bool = true) throws -> [Entity] {
        if !whole, refs.allSatisfy({ memo.basics[$0.id] != nil }) { return refs.compactMap { memo.basics[$0.id] } }
        let ids = refs.map(\.id)
        var basics: [String: Entity] = [:]
        var own: [String: [(order: Int, quote: String, start: Int, end: Int, document: String)]] = [:]
        for row in try batched(ids, { batch in
            """
            SELECT ?e ?k ?name ?alias ?xref ?note ?q ?n ?exact ?start ?end ?doc WHERE {
              { \(values("?e", batch)) \(vocabulary.typed("?e", "?k")) ?e rdfs:label ?name }
              UNION { \(values("?e", batch)) ?e skos:altLabel ?alias } UNION { \(values("?e", batch)) ?e kx:xref ?xref }
              UNION { \(values("?e", batch)) ?e skos:editorialNote ?note }
              \(whole ? "UNION { \(values("?e", batch)) \(Self.quoteBranch) }" : "")
            }
            """
        }) {
            guard let id = id(row["e"]) else { continue }
            var entity = basics[id] ?? Entity(id: id, kind: "", name: "")
            if case .iri(let kindIRI)? = row["k"], let kind = vocabulary.kindName(kindIRI), let name = text(row["name"]) {
                entity.kind = kind
                entity.name = name
            }
            if let alias = text(row["alias"]) { entity.aliases.append(alias) }
            if let xref = text(row["xref"]), let colon = xref.firstIndex(of: ":") {
                entity.xrefs.append(Xref(prefix: String(xref[..<colon]), value: String(xref[xref.index(after: colon)...])))
            }
            if let note = text(row["note"]) { entity.notes.append(note) }
            if let exact = text(row["exact"]), let order = integer(row["n"]), let start = integer(row["start"]), let end = integer(row["end"]),
               case .iri(let documentIRI)? = row["doc"], let document = vocabulary.documentID(documentIRI) {
                own[id, default: []].append((order, exact, start, end, document))
            }
            basics[id] = entity
        }
        let attributes = whole ? try attributeStatements(of: ids) : [:]
        let documents = try self.documents(Set(own.values.flatMap { $0.map(\.document) }))
        var seen: Set<String> = []
        let found = ids.filter { seen.insert($0).inserted }.compactMap { id -> Entity? in
            guard var entity = basics[id], !entity.kind.isEmpty else { return nil }
            entity.aliases = Set(entity.aliases).sorted()
            entity.notes = Set(entity.notes).sorted()
            entity.xrefs = Set(entity.xrefs).sorted { $0.description < $1.description }
            var seen: Set<Int> = []
            entity.provenance = (own[id] ?? []).sorted { $0.order < $1.order }.filter { seen.insert($0.order).inserted }.map { quote in
                Provenance(document: quote.document, quote: Self.folded(quote.quote), start: quote.start, end: quote.end,
                           segments: segmentCitations(documents[quote.document], quote.start, quote.end))
            }
            entity.attributes = (attributes[id] ?? []).map { fact in
                guard case .value(let value) = fact.object else { return nil }
                return Attribute(name: fact.predicate, value: value, document: fact.document, provenance: fact.provenance, qualifiers: fact.qualifiers)
            }.compactMap { $0 }
            return entity
        }
        if !whole { for entity in found { memo.basics[entity.id] = entity } }
        return found
    }

    /// The UNION branch of an entity query that reads the entity's own quotes (each branch names the
    /// entities again, so that each starts from them: see `statementQuery`).
    private static let quoteBranch = """
        ?q oa:hasBody ?e ; kx:order ?n ; oa:hasTarget ?t . ?t oa:hasSource ?doc ; oa:hasSelector ?quote, ?position .
                ?quote oa:exact ?exact . ?position kx:utf8Start ?start ; kx:utf8End ?end
        """

    /// Every attribute statement of these entities, in statement order, by entity id; with their
    /// quotes unless not `quoted`.
    func attributeStatements(of ids: [String], quoted: Bool = true) throws -> [String: [Fact]] {
        var found: [String: [Stated]] = [:]
        var start = 0
        while start < ids.count {
            let batch = ids[start..<min(ids.count, start + Self.batch)]
            start += Self.batch
            for stated in try statements(where: "\(values("?subject", batch)) ?st rdf:subject ?subject ; rdf:object ?value . FILTER(isLiteral(?value))", quoted: quoted) {
                found[stated.fact.subject, default: []].append(stated)
            }
        }
        return found.mapValues { $0.sorted { $0.order < $1.order }.map(\.fact) }
    }

    /// Every relation statement with one of these entities as its subject (`.outgoing`) or object
    /// (`.incoming`), asserted, hedged and denied alike, in the graph's relation order.
    func relationStatements(of ids: [String], _ direction: Direction) throws -> [Fact] {
        try inRelationOrder(try statedRelations(of: ids, direction))
    }

    /// The relation statements of `relationStatements(of:_:)`, in no particular order.
    func statedRelations(of ids: [String], _ direction: Direction) throws -> [Stated] {
        var found: [Stated] = []
        var start = 0
        let end = direction == .outgoing ? "rdf:subject" : "rdf:object"
        while start < ids.count {
            let batch = ids[start..<min(ids.count, start + Self.batch)]
            start += Self.batch
            found += try statements(where: "\(values("?anchor", batch)) ?st \(end) ?anchor ; rdf:object ?other . FILTER(isIRI(?other))")
        }
        return found
    }

    /// Relation statements in the order the compiled graph keeps them: by subject in graph order,
    /// then by their place among the subject's statements.
    func inRelationOrder(_ stated: [Stated]) throws -> [Fact] {
        let kinds = try self.kinds(of: Set(stated.map(\.fact.subject)))
        return stated.sorted { a, b in
            let (x, y) = (EntityRef(id: a.fact.subject, kind: kinds[a.fact.subject] ?? ""), EntityRef(id: b.fact.subject, kind: kinds[b.fact.subject] ?? ""))
            return x == y ? a.order < b.order : x < y
        }.map(\.fact)
    }

    /// The kind of each of these entities, by id.
    func kinds(of ids: Set<String>) throws -> [String: String] {
        var kinds: [String: String] = [:]
        for row in try batched(ids.sorted(), { "SELECT ?e ?k WHERE { \(values("?e", $0)) \(vocabulary.typed("?e", "?k")) }" }) {
            if let ref = ref(row, "e", kind: "k") { kinds[ref.id] = ref.kind }
        }
        return kinds
    }
}
