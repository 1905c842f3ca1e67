/// A field of an entity on which sources disagree: different values of a single-valued attribute,
/// or a relation one source asserts and another denies.
public struct Conflict: Hashable, Sendable {
    public var entity: String
    /// The attribute or relation name.
    public var field: String
    /// The statements that disagree, in document order.
    public var facts: [Fact]
}

extension Conflict {
    /// Where sources disagree about `entity`: a single-valued attribute with different asserted
    /// values from different documents, and a relation (of `relations`, the entity's outgoing ones
    /// in relation order) asserted by one document and denied by another. Hedged relations do not count.
    public static func find(in entity: Entity, relations: [Relation], schema: Schema) -> [Conflict] {
        var conflicts: [Conflict] = []
        let kind = schema.kind(entity.kind)
        var names: [String] = []
        for attribute in entity.attributes where !names.contains(attribute.name) { names.append(attribute.name) }
        for name in names where kind?.attribute(name)?.multiple != true {
            let asserted = entity.attributes.filter { $0.name == name && $0.qualifiers.isAsserted }
            if Set(asserted.map(\.value)).count > 1, Set(asserted.map(\.document)).count > 1 {
                conflicts.append(Conflict(entity: entity.id, field: name, facts: asserted.map { Fact($0, of: entity.id) }))
            }
        }
        var byEdge: [String: [Relation]] = [:]
        var edges: [String] = []
        for relation in relations where relation.qualifiers.hedge == nil {
            let key = "\(relation.type) \(relation.object)"
            if byEdge[key] == nil { edges.append(key) }
            byEdge[key, default: []].append(relation)
        }
        for key in edges {
            guard let statements = byEdge[key], Set(statements.map(\.qualifiers.negated)).count > 1,
                  Set(statements.map(\.document)).count > 1 else { continue }
            conflicts.append(Conflict(entity: entity.id, field: statements[0].type, facts: statements.map(Fact.init)))
        }
        return conflicts
    }
}
