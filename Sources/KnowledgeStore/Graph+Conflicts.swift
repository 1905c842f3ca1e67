import KnowledgeGraph

extension Graph {
    /// Where sources disagree, entity by entity in graph order (see `Conflict.find`). Only an
    /// entity whose statements come from more than one document can have a conflict, which the
    /// document columns tell without building it, so only those entities are built.
    public func conflicts() -> [Conflict] {
        (0..<entityCount).filter(isStatedByManyDocuments).flatMap { position in
            Conflict.find(in: entity(at: position), relations: relationIndexes(at: position, .outgoing).map { relation(at: $0) }, schema: schema)
        }
    }

    /// Whether the attributes, or the relations, of the entity at `position` come from more than one document.
    private func isStatedByManyDocuments(_ position: Int) -> Bool {
        let attributes = self.attributes(at: position), documents = columns.attributeDocument
        if let first = attributes.first, attributes.contains(where: { documents[$0] != documents[first] }) { return true }
        let relations = range(columns.outgoingStart, position), relationDocuments = columns.relationDocument
        guard let first = relations.first else { return false }
        return relations.contains { relationDocuments[$0] != relationDocuments[first] }
    }
}
