/// An identifier system entities may be cross-referenced to (`doi`, `pmid`, `nct`, …), with how an
/// identifier of it is written outside kx: as a web address and as a Biolink/KGX CURIE.
public struct XrefSystem: Hashable, Sendable {
    /// The system's name in packs: `doi` in `xrefs: {doi: 10.1/x}`.
    public var name: String
    public var meaning: String
    /// The IRI of an identifier, with `{value}` where the identifier goes: `https://doi.org/{value}`.
    public var iri: String?
    /// The CURIE prefix Biolink and KGX write the identifier with: `doi`, `PMID`.
    public var curie: String?

    /// The placeholder an `iri` template holds once.
    public static let placeholder = "{value}"

    public init(name: String, meaning: String, iri: String? = nil, curie: String? = nil) {
        self.name = name
        self.meaning = meaning
        self.iri = iri
        self.curie = curie
    }
}
