/// A typed relation between entities: which kinds it links, its inverse name and its meaning.
public struct RelationType: Hashable, Sendable {
    /// The forward name: `addresses`.
    public var name: String
    /// The name of the same relation read from the object's side: `addressed_by`.
    public var inverse: String
    /// Kinds allowed as subject.
    public var domain: [String]
    /// Kinds allowed as object.
    public var range: [String]
    public var meaning: String
    /// The Biolink Model predicate the relation corresponds to, read forward, as a CURIE
    /// (`biolink:has_author`), when one does.
    public var biolink: String?

    public init(name: String, inverse: String, domain: [String], range: [String], meaning: String, biolink: String? = nil) {
        self.name = name
        self.inverse = inverse
        self.domain = domain
        self.range = range
        self.meaning = meaning
        self.biolink = biolink
    }
}
