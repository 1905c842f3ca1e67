extension Graph {
    /// Where sources disagree: for each entity, a single-valued attribute with different asserted
    /// values from different documents, and a relation asserted by one document and denied by another.
    public func conflicts() -> [Conflict] {
        var conflicts: [Conflict] = []
        for position in 0..<entityCount {
            let id = self.id(at: position)
            let kind = schema.kind(self.kind(at: position))
            let attributes = self.attributes(at: position).map(attribute(at:))
            var names: [String] = []
            for attribute in attributes where !names.contains(attribute.name) { names.append(attribute.name) }
            for name in names where kind?.attribute(name)?.multiple != true {
                let asserted = attributes.filter { $0.name == name && $0.qualifiers.isAsserted }
                if Set(asserted.map(\.value)).count > 1, Set(asserted.map(\.document)).count > 1 {
                    conflicts.append(Conflict(entity: id, field: name, facts: asserted.map { Fact($0, of: id) }))
                }
            }
            var byEdge: [String: [Relation]] = [:]
            var edges: [String] = []
            for index in relationIndexes(at: position, .outgoing) where columns.relationHedge[index] == 0 {
                let relation = self.relation(at: index)
                let key = "\(relation.type) \(relation.object)"
                if byEdge[key] == nil { edges.append(key) }
                byEdge[key, default: []].append(relation)
            }
            for key in edges {
                guard let statements = byEdge[key], Set(statements.map(\.qualifiers.negated)).count > 1,
                      Set(statements.map(\.document)).count > 1 else { continue }
                conflicts.append(Conflict(entity: id, field: statements[0].type, facts: statements.map(Fact.init)))
            }
        }
        return conflicts
    }
}
