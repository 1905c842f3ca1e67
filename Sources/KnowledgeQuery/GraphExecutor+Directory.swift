import KnowledgeGraph

/// Names, completion words and contents, read from the graph's name table and columns.
extension GraphExecutor {
    public func lookUp(_ name: String) -> [(id: String, kind: String)] {
        graph.positions(named: name).map { (graph.id(at: $0), graph.kind(at: $0)) }
    }

    /// Every id, name and alias of a small graph; in a large one, those that share the longest
    /// prefix (up to 3 characters) with `word`, from the name table.
    public func words(near word: String) -> [String] {
        if graph.entityCount <= 20_000 { return graph.words(startingWith: "").map(\.word) }
        for length in stride(from: min(3, word.count), through: 1, by: -1) {
            let words = graph.words(startingWith: String(word.prefix(length)), limit: 5000).map(\.word)
            if !words.isEmpty { return words }
        }
        return []
    }

    public func names(startingWith prefix: String, limit: Int) -> [EntityName] {
        graph.words(startingWith: prefix, limit: limit).map { EntityName(word: $0.word, id: graph.id(at: $0.position), kind: graph.kind(at: $0.position)) }
    }

    public func values(ofAttribute name: String, kind: String) -> [String] {
        graph.values(ofAttribute: name, kind: kind)
    }

    public func contents() -> KnowledgeContents {
        KnowledgeContents(entities: graph.entityCount, relations: graph.relationCount, documents: graph.documentIDs.count)
    }
}
