import KnowledgeGraph

extension Graph {
    /// `24 entities, 41 relations from 1 document`: how the REPL, `.load` and `kx compile` describe a graph.
    public var summary: String {
        "\(Noun.entity.counted(entityCount)), \(Noun("relation", "relations").counted(relationCount)) from \(Noun("document", "documents").counted(documentIDs.count))"
    }
}
