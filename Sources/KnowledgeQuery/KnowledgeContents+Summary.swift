import KnowledgeGraph
import KnowledgeStore

extension KnowledgeContents {
    /// `24 entities, 41 relations from 1 document`: how the REPL, `.load` and `kx compile` describe knowledge.
    public var summary: String {
        "\(Noun.entity.counted(entities)), \(Noun("relation", "relations").counted(relations)) from \(Noun("document", "documents").counted(documents))"
    }
}

extension Graph {
    /// The summary of everything the graph holds.
    public var summary: String {
        KnowledgeContents(entities: entityCount, relations: relationCount, documents: documentIDs.count).summary
    }
}
