import KnowledgeGraph

extension Graph {
    /// How many relation statements each relation type has, by forward name. O(r) over one column.
    public func relationCounts() -> [String: Int] {
        var counts = [Int](repeating: 0, count: schema.relations.count)
        for type in columns.relationType { counts[Int(type)] += 1 }
        return Dictionary(uniqueKeysWithValues: zip(schema.relations.map(\.name), counts))
    }

    /// How many quotes cite each document, by document id. O(q) over one column.
    public func quoteCounts() -> [String: Int] {
        var counts = [Int](repeating: 0, count: columns.documentID.count)
        for document in columns.provenanceDocument { counts[Int(document)] += 1 }
        return Dictionary(uniqueKeysWithValues: zip(documentIDs, counts))
    }
}
