import Foundation
import KnowledgeGraph

/// The names an export gives kx's things under its base IRI, as docs/rdf-vocabulary.md lays them out:
/// classes, properties, entities, documents and their segments, statements, quotes.
struct ExportNames {
    let base: String
    let classes: Namespace, properties: Namespace, entities: Namespace, documents: Namespace, statements: Namespace, quotes: Namespace

    init(base: String) {
        self.base = base
        classes = Namespace(prefix: "kxc", iri: base + "class/")
        properties = Namespace(prefix: "kxp", iri: base + "property/")
        entities = Namespace(prefix: "kxe", iri: base + "entity/")
        documents = Namespace(prefix: "kxd", iri: base + "document/")
        statements = Namespace(prefix: "kxs", iri: base + "statement/")
        quotes = Namespace(prefix: "kxq", iri: base + "quote/")
    }

    /// Every namespace an export may use, in the order Turtle and TriG declare them.
    var namespaces: [Namespace] {
        [Vocabulary.kx, classes, properties, entities, documents, statements, quotes, Vocabulary.rdf, Vocabulary.rdfs, Vocabulary.owl,
         Vocabulary.xsd, Vocabulary.skos, Vocabulary.dcterms, Vocabulary.prov, Vocabulary.oa, Vocabulary.void, Vocabulary.np, Vocabulary.biolink]
    }

    var dataset: RDFTerm { .iri(base) }
    func kind(_ name: String) -> RDFTerm { .name(classes, IRISyntax.segment(name)) }
    func property(_ name: String) -> RDFTerm { .name(properties, IRISyntax.segment(name)) }
    func entity(_ id: String) -> RDFTerm { .name(entities, IRISyntax.segment(id)) }
    func document(_ id: String) -> RDFTerm { .name(documents, IRISyntax.documentSegment(id)) }
    /// Segment `number` (from 1) of document `id`: `kxd:pusztai-2006.s12`.
    func segment(_ id: String, _ number: Int) -> RDFTerm { .name(documents, IRISyntax.documentSegment(id) + ".s\(number)") }
    /// Statement `number` (from 1) about entity `id`, and its nanopublication's graphs with `part`.
    func statement(_ id: String, _ number: Int, _ part: String? = nil) -> RDFTerm {
        .name(statements, IRISyntax.segment(id) + ".\(number)" + (part.map { "." + $0 } ?? ""))
    }
    /// Quote `quote` (from 1) of statement `number` about `id` (0 for the entity's own), and its `part`.
    func quote(_ id: String, _ number: Int, _ quote: Int, _ part: String? = nil) -> RDFTerm {
        .name(quotes, IRISyntax.segment(id) + ".\(number).\(quote)" + (part.map { "." + $0 } ?? ""))
    }

    /// A Biolink CURIE (`biolink:Drug`) as an IRI.
    func biolink(_ curie: String) -> RDFTerm {
        .name(Vocabulary.biolink, String(curie.drop { $0 != ":" }.dropFirst()))
    }
}
