import Foundation
import KnowledgeGraph

/// The IRIs of a kx export under one base IRI (docs/rdf-vocabulary.md), named as the
/// exporter names them (`IRISyntax`), and SPARQL's spelling of them.
struct Vocabulary: Sendable {
    /// The export's base IRI, such as `https://kx.example/`.
    let base: String

    static let core = "urn:kx:"
    static let prefixes = """
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX kx: <urn:kx:>
        """

    var classBase: String { base + "class/" }
    var propertyBase: String { base + "property/" }
    var entityBase: String { base + "entity/" }
    var documentBase: String { base + "document/" }

    /// The prefix lines of every query: the standard ones and this base's.
    var prologue: String {
        Self.prefixes + "\n" + [("kxc", classBase), ("kxp", propertyBase), ("kxe", entityBase), ("kxd", documentBase)]
            .map { "PREFIX \($0.0): <\(SPARQLText.iriContent($0.1))>" }.joined(separator: "\n") + "\n"
    }

    func entity(_ id: String) -> String { SPARQLText.name("kxe", entityBase, IRISyntax.segment(id)) }
    func kind(_ name: String) -> String { SPARQLText.name("kxc", classBase, IRISyntax.segment(name)) }
    func property(_ name: String) -> String { SPARQLText.name("kxp", propertyBase, IRISyntax.segment(name)) }
    func document(_ id: String) -> String { SPARQLText.name("kxd", documentBase, IRISyntax.documentSegment(id)) }

    /// The id of an entity IRI, the name of a class or property IRI, the id of a document IRI.
    func entityID(_ iri: String) -> String? { Self.local(iri, entityBase) }
    func kindName(_ iri: String) -> String? { Self.local(iri, classBase) }

    /// `?e a ?k` for entities only, where `entity` is already bound (by `VALUES`, a key): `kind`
    /// bound to a class of the export's kinds. A `FILTER` on the class's IRI rather than the join
    /// `?k rdfs:subClassOf kx:Entity` or a list of kinds, which lead Oxigraph to join every entity
    /// of each kind first (names of 1,292 entities at 100k relations: 4.6–5.2 s, 0.68 s filtered;
    /// Virtuoso 0.11–0.13 s either way). For an entity not bound yet, see `PatternWriter.kindPattern`.
    func typed(_ entity: String, _ kind: String) -> String {
        "\(entity) a \(kind) . FILTER(STRSTARTS(STR(\(kind)), \(SPARQLText.literal(classBase))))"
    }

    /// `?e a ?k` for entities only, where `entity` is not bound yet: `?k IN` the schema's kinds, a
    /// filter both engines apply after the join that binds `entity` (a selection at 100k relations:
    /// Virtuoso 3.6 s with `STRSTARTS`, 0.08 s with `IN`; Oxigraph 2.2 s with the kinds as `VALUES`,
    /// which it joins first, 0.02 s with `IN`).
    func typed(_ entity: String, _ kind: String, among schema: Schema) -> String {
        "\(entity) a \(kind) . FILTER(\(kind) IN (\(schema.kinds.map { self.kind($0.name) }.joined(separator: ", "))))"
    }
    func propertyName(_ iri: String) -> String? { Self.local(iri, propertyBase) }
    func documentID(_ iri: String) -> String? { Self.local(iri, documentBase) }

    private static func local(_ iri: String, _ base: String) -> String? {
        guard iri.hasPrefix(base) else { return nil }
        let local = iri.dropFirst(base.count)
        // Most ids need no decoding, and Foundation's goes through NSString.
        return local.utf8.contains(UInt8(ascii: "%")) ? String(local).removingPercentEncoding : String(local)
    }
}
