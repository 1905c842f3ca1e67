import Foundation
import KnowledgeGraph

extension RDFExporter {
    /// One statement as the export writes it: the triple, its qualifiers, document and quotes.
    struct Statement {
        let number: Int
        let predicate: String
        let object: RDFTerm
        let document: String
        let provenance: [Provenance]
        let qualifiers: Qualifiers
    }

    /// An entity, its own quotes, then its statements (attributes, then relations) and theirs.
    func writeEntity(at position: Int) throws {
        let entity = graph.entity(at: position)
        let subject = names.entity(entity.id)
        var description = RDFDescription(subject)
        description.add(Vocabulary.type, names.kind(entity.kind))
        description.add(Vocabulary.dcterms("identifier"), .string(entity.id))
        description.add(Vocabulary.rdfs("label"), .string(entity.name))
        for alias in entity.aliases { description.addDistinct(Vocabulary.skos("altLabel"), .string(alias)) }
        // Names matched ignoring case, as kx matches them: an index lookup on an endpoint instead of a scan.
        for word in [entity.id, entity.name] + entity.aliases { description.addDistinct(Vocabulary.kx("key"), .string(word.lowercased())) }
        for xref in entity.xrefs {
            if let template = graph.schema.xrefSystem(xref.prefix)?.iri {
                description.addDistinct(Vocabulary.skos("exactMatch"), .iri(template.replacingOccurrences(of: XrefSystem.placeholder, with: IRISyntax.path(xref.value))))
            }
        }
        for xref in entity.xrefs { description.addDistinct(Vocabulary.kx("xref"), .string(xref.description)) }
        for note in entity.notes { description.addDistinct(Vocabulary.skos("editorialNote"), .string(note)) }
        let relations = graph.relationIndexes(at: position, .outgoing).map { graph.relation(at: $0) }
        let attributes = entity.attributes.enumerated().map { offset, attribute in
            Statement(number: offset + 1, predicate: attribute.name, object: Self.literal(attribute.value), document: attribute.document,
                      provenance: attribute.provenance, qualifiers: attribute.qualifiers)
        }
        let statements = attributes + relations.enumerated().map { offset, relation in
            Statement(number: attributes.count + offset + 1, predicate: relation.type, object: names.entity(relation.object),
                      document: relation.document, provenance: relation.provenance, qualifiers: relation.qualifiers)
        }
        // The plain triples: what a source plainly asserts, each once, beside the entity in RDF 1.1.
        var plain = RDFDescription(subject)
        for statement in statements where statement.qualifiers.isAsserted {
            plain.addDistinct(names.property(statement.predicate), statement.object)
        }
        if layout == .reification {
            for (predicate, object) in plain.pairs { description.add(predicate, object) }
        }
        try serializer.write(description, in: nil)
        for (offset, provenance) in entity.provenance.enumerated() {
            try writeQuote(provenance, offset + 1, of: entity.id, statement: 0, body: subject, in: nil)
        }
        var stated: Set<RDFDescriptionKey> = []
        for statement in statements {
            let firstTime = statement.qualifiers.isAsserted && stated.insert(RDFDescriptionKey(statement.predicate, statement.object)).inserted
            try writeStatement(statement, about: entity.id, firstTime: firstTime)
        }
    }

    /// A statement in the layout's form. `firstTime` is true for the first statement of its triple
    /// about this subject, whose plain triple (when asserted) RDF 1.2 counts.
    func writeStatement(_ statement: Statement, about id: String, firstTime: Bool) throws {
        let subject = names.entity(id), predicate = names.property(statement.predicate)
        let node = names.statement(id, statement.number)
        let asserted = statement.qualifiers.isAsserted
        var description = RDFDescription(node)
        switch layout {
        case .reification:
            description.add(Vocabulary.type, each: [Vocabulary.kx("Statement"), Vocabulary.rdf("Statement")])
            description.add(Vocabulary.rdf("subject"), subject)
            description.add(Vocabulary.rdf("predicate"), predicate)
            description.add(Vocabulary.rdf("object"), statement.object)
        case .reifiers, .nanopublications:
            description.add(Vocabulary.type, Vocabulary.kx("Statement"))
        }
        description.add(Vocabulary.kx("order"), .integer(statement.number))
        description.add(Vocabulary.prov("wasDerivedFrom"), names.document(statement.document))
        description.add(Vocabulary.kx("negated"), .boolean(statement.qualifiers.negated))
        if let hedge = statement.qualifiers.hedge { description.add(Vocabulary.kx("hedge"), .string(hedge)) }
        if let asOf = statement.qualifiers.asOf { description.add(Vocabulary.kx("asOf"), Self.date(asOf)) }
        for note in statement.qualifiers.notes { description.addDistinct(Vocabulary.skos("editorialNote"), .string(note)) }
        switch layout {
        case .reification:
            try serializer.write(description, in: nil)
            try writeQuotes(of: statement, about: id, in: nil)
        case .reifiers:
            try serializer.writeReified(subject, predicate, statement.object, annotations: description, asserted: asserted, countsTriple: firstTime)
            try writeQuotes(of: statement, about: id, in: nil)
        case .nanopublications:
            let assertion = names.statement(id, statement.number, "assertion"), provenance = names.statement(id, statement.number, "provenance")
            let information = names.statement(id, statement.number, "pubinfo"), head = names.statement(id, statement.number, "head")
            var nanopublication = RDFDescription(node)
            nanopublication.add(Vocabulary.type, Vocabulary.np("Nanopublication"))
            nanopublication.add(Vocabulary.np("hasAssertion"), assertion)
            nanopublication.add(Vocabulary.np("hasProvenance"), provenance)
            nanopublication.add(Vocabulary.np("hasPublicationInfo"), information)
            try serializer.write(nanopublication, in: head)
            var claim: RDFDescription
            if asserted {
                claim = RDFDescription(subject)
                claim.add(predicate, statement.object)
            } else {
                // Hedged or denied: the assertion is the reified statement, never the plain triple.
                claim = RDFDescription(node)
                claim.add(Vocabulary.type, Vocabulary.rdf("Statement"))
                claim.add(Vocabulary.rdf("subject"), subject)
                claim.add(Vocabulary.rdf("predicate"), predicate)
                claim.add(Vocabulary.rdf("object"), statement.object)
            }
            try serializer.write(claim, in: assertion)
            var origin = RDFDescription(assertion)
            origin.add(Vocabulary.prov("wasDerivedFrom"), names.document(statement.document))
            try serializer.write(origin, in: provenance)
            try serializer.write(description, in: provenance)
            try writeQuotes(of: statement, about: id, in: provenance)
            var publication = RDFDescription(node)
            publication.add(Vocabulary.dcterms("creator"), .string(options.creator))
            publication.add(Vocabulary.dcterms("isPartOf"), names.dataset)
            try serializer.write(publication, in: information)
        }
    }

    private func writeQuotes(of statement: Statement, about id: String, in graph: RDFTerm?) throws {
        for (offset, quote) in statement.provenance.enumerated() {
            try writeQuote(quote, offset + 1, of: id, statement: statement.number, body: names.statement(id, statement.number), in: graph)
        }
    }
}

/// A predicate and object, to tell statements of the same triple apart from new ones.
struct RDFDescriptionKey: Hashable {
    let predicate: String
    let object: RDFTerm

    init(_ predicate: String, _ object: RDFTerm) {
        self.predicate = predicate
        self.object = object
    }
}
