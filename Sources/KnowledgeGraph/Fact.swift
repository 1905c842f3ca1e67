/// One statement by a source, attribute or relation alike: the unit `statements` lists and exports use.
public struct Fact: Hashable, Sendable {
    /// What a fact says of its subject: a related entity or an attribute value.
    public enum Object: Hashable, Sendable {
        case entity(String)
        case value(Value)

        /// The entity id or the value as written.
        public var text: String {
            switch self {
            case .entity(let id): return id
            case .value(let value): return value.description
            }
        }
    }

    public var subject: String
    /// The relation type's forward name or the attribute's name.
    public var predicate: String
    public var object: Object
    public var document: String
    public var provenance: [Provenance]
    public var qualifiers: Qualifiers

    public init(subject: String, predicate: String, object: Object, document: String, provenance: [Provenance], qualifiers: Qualifiers) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.document = document
        self.provenance = provenance
        self.qualifiers = qualifiers
    }

    /// True for a relation between entities, false for an attribute value.
    public var isRelation: Bool {
        if case .entity = object { return true }
        return false
    }

    /// `registher status initiated`: subject, predicate and object in words.
    public var triple: String { "\(subject) \(predicate) \(object.text)" }
}

extension Fact {
    public init(_ relation: Relation) {
        self.init(subject: relation.subject, predicate: relation.type, object: .entity(relation.object), document: relation.document,
                  provenance: relation.provenance, qualifiers: relation.qualifiers)
    }

    public init(_ attribute: Attribute, of entity: String) {
        self.init(subject: entity, predicate: attribute.name, object: .value(attribute.value), document: attribute.document,
                  provenance: attribute.provenance, qualifiers: attribute.qualifiers)
    }
}
