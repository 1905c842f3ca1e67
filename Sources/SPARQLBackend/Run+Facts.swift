import KnowledgeGraph
import KnowledgeQuery

/// Statements read back from their nodes: subject, predicate, object, qualifiers, notes and quotes.
extension Run {
    /// A statement with its place among its subject's statements.
    struct Stated {
        var order: Int
        var fact: Fact
    }

    /// Every statement `pattern` binds to `?st`, with its quotes unless not `quoted`, in no particular
    /// order. The pattern's own variables must not start with `?f`, which the query uses.
    /// One query: the statement's triples, its notes and its quotes are three branches of a UNION.
    func statements(where pattern: String, quoted: Bool = true) throws -> [Stated] {
        try statements(from: select(Self.statementQuery(pattern, quoted: quoted)).rows)
    }

    /// The query behind `statements(where:)`. The pattern opens every branch of the UNION, so each
    /// branch starts from the statements it picks (engines such as Oxigraph evaluate a branch on
    /// its own before joining it with what stands outside: 3 s instead of 4 ms at 10k relations).
    static func statementQuery(_ pattern: String, quoted: Bool = true) -> String {
        let quotes = """

              UNION { \(pattern)
                ?fq oa:hasBody ?st ; kx:order ?fk ; oa:hasTarget ?ft . ?ft oa:hasSelector ?fquote, ?fposition .
                ?fquote oa:exact ?fexact . ?fposition kx:utf8Start ?fstart ; kx:utf8End ?fend }
            """
        return """
            SELECT ?st ?fs ?fp ?fo ?fn ?fdoc ?fneg ?fhedge ?fasof ?fnote ?fq ?fk ?fexact ?fstart ?fend WHERE {
              { \(pattern)
                ?st rdf:subject ?fs ; rdf:predicate ?fp ; rdf:object ?fo ; kx:order ?fn ; prov:wasDerivedFrom ?fdoc ; kx:negated ?fneg .
                OPTIONAL { ?st kx:hedge ?fhedge } OPTIONAL { ?st kx:asOf ?fasof } }
              UNION { \(pattern)
                ?st skos:editorialNote ?fnote }\(quoted ? quotes : "")
            }
            """
    }

    /// Statements from the rows of `statementQuery`.
    func statements(from rows: [[String: RDFTerm]]) throws -> [Stated] {
        struct Partial {
            var order = 0, subject = "", predicate = "", object: RDFTerm?, document = ""
            var qualifiers = Qualifiers()
            var notes: [String] = []
            var quotes: [(order: Int, quote: String, start: Int, end: Int)] = []
            var complete = false
        }
        var byNode: [String: Partial] = [:]
        for row in rows {
            guard let node = row["st"]?.text else { continue }
            var partial = byNode[node] ?? Partial()
            if let subject = id(row["fs"]), case .iri(let predicateIRI)? = row["fp"], let predicate = vocabulary.propertyName(predicateIRI),
               let order = integer(row["fn"]), case .iri(let documentIRI)? = row["fdoc"], let document = vocabulary.documentID(documentIRI) {
                partial.order = order
                partial.subject = subject
                partial.predicate = predicate
                partial.object = row["fo"]
                partial.document = document
                partial.qualifiers.negated = boolean(row["fneg"])
                partial.qualifiers.hedge = text(row["fhedge"])
                partial.qualifiers.asOf = text(row["fasof"]).flatMap(PartialDate.init)
                partial.complete = true
            }
            if let note = text(row["fnote"]) { partial.notes.append(note) }
            if let exact = text(row["fexact"]), let order = integer(row["fk"]), let start = integer(row["fstart"]), let end = integer(row["fend"]) {
                partial.quotes.append((order, exact, start, end))
            }
            byNode[node] = partial
        }
        // Only the documents of quotes are read: they cite them by segment.
        let documents = try self.documents(Set(byNode.values.filter { !$0.quotes.isEmpty }.map(\.document)))
        var stated: [Stated] = []
        for partial in byNode.values where partial.complete {
            guard let object = try self.object(partial.object, of: partial.subject, predicate: partial.predicate) else { continue }
            var qualifiers = partial.qualifiers
            qualifiers.notes = partial.notes.sorted()
            let document = documents[partial.document]
            var seen: Set<Int> = []
            let provenance = partial.quotes.sorted { $0.order < $1.order }.filter { seen.insert($0.order).inserted }.map { quote in
                Provenance(document: partial.document, quote: Self.folded(quote.quote), start: quote.start, end: quote.end,
                           segments: segmentCitations(document, quote.start, quote.end))
            }
            stated.append(Stated(order: partial.order, fact: Fact(subject: partial.subject, predicate: partial.predicate, object: object,
                                                                    document: partial.document, provenance: provenance, qualifiers: qualifiers)))
        }
        return stated
    }

    /// A statement's object: a related entity, or the attribute's value typed as the schema types it
    /// for the subject's kind.
    private func object(_ term: RDFTerm?, of subject: String, predicate: String) throws -> Fact.Object? {
        switch term {
        case .iri(let iri)?:
            return vocabulary.entityID(iri).map { .entity($0) }
        case .literal(let lexical, let datatype, _)?:
            return .value(value(lexical, datatype: datatype, attribute: predicate))
        default:
            return nil
        }
    }

    /// A literal as a `Value`: numbers, dates and URLs by datatype, an enumeration where the schema says the attribute is one.
    func value(_ lexical: String, datatype: String?, attribute: String) -> Value {
        switch datatype {
        case XSD.decimal?, XSD.double?, XSD.integer?:
            if let number = Double(lexical) { return .number(number) }
        case XSD.gYear?, XSD.gYearMonth?, XSD.date?:
            if let date = PartialDate(lexical) { return .date(date) }
        case XSD.anyURI?:
            return .url(lexical)
        default:
            break
        }
        let enumerated = schema.kinds.contains { kind in
            if case .enumeration(let allowed)? = kind.attribute(attribute)?.type { return allowed.contains(lexical) }
            return false
        }
        return enumerated ? .enumeration(lexical) : .text(lexical)
    }

    /// A quote with every run of white space as one space, as the graph gives quotes.
    static func folded(_ text: String) -> String {
        var out = ""
        var inSpace = false
        for scalar in text.unicodeScalars {
            let space = scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r"
            if space, inSpace { continue }
            out.unicodeScalars.append(space ? " " : scalar)
            inSpace = space
        }
        return out
    }
}
