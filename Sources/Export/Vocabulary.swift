/// The standard vocabularies and kx's own core vocabulary (`urn:kx:`, fixed whatever the base).
enum Vocabulary {
    static let kx = Namespace(prefix: "kx", iri: "urn:kx:")
    static let rdf = Namespace(prefix: "rdf", iri: "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
    static let rdfs = Namespace(prefix: "rdfs", iri: "http://www.w3.org/2000/01/rdf-schema#")
    static let owl = Namespace(prefix: "owl", iri: "http://www.w3.org/2002/07/owl#")
    static let xsd = Namespace(prefix: "xsd", iri: "http://www.w3.org/2001/XMLSchema#")
    static let skos = Namespace(prefix: "skos", iri: "http://www.w3.org/2004/02/skos/core#")
    static let dcterms = Namespace(prefix: "dcterms", iri: "http://purl.org/dc/terms/")
    static let prov = Namespace(prefix: "prov", iri: "http://www.w3.org/ns/prov#")
    static let oa = Namespace(prefix: "oa", iri: "http://www.w3.org/ns/oa#")
    static let void = Namespace(prefix: "void", iri: "http://rdfs.org/ns/void#")
    static let np = Namespace(prefix: "np", iri: "http://www.nanopub.org/nschema#")
    static let biolink = Namespace(prefix: "biolink", iri: "https://w3id.org/biolink/vocab/")

    /// The version of the export's shape, `kx:formatVersion`; bumped when docs/rdf-vocabulary.md changes it.
    static let formatVersion = 1

    static func kx(_ local: String) -> RDFTerm { .name(kx, local) }
    static func rdf(_ local: String) -> RDFTerm { .name(rdf, local) }
    static func rdfs(_ local: String) -> RDFTerm { .name(rdfs, local) }
    static func owl(_ local: String) -> RDFTerm { .name(owl, local) }
    static func xsd(_ local: String) -> RDFTerm { .name(xsd, local) }
    static func skos(_ local: String) -> RDFTerm { .name(skos, local) }
    static func dcterms(_ local: String) -> RDFTerm { .name(dcterms, local) }
    static func prov(_ local: String) -> RDFTerm { .name(prov, local) }
    static func oa(_ local: String) -> RDFTerm { .name(oa, local) }
    static func void(_ local: String) -> RDFTerm { .name(void, local) }
    static func np(_ local: String) -> RDFTerm { .name(np, local) }

    static let type = rdf("type")
}
