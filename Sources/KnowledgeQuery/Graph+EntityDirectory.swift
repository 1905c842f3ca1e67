import KnowledgeGraph

extension Graph: EntityDirectory {
    public func lookUp(_ name: String) -> [(id: String, kind: String)] {
        positions(named: name).map { (id(at: $0), kind(at: $0)) }
    }

    /// Every id, name and alias of a small graph; in a large one, those that share the longest
    /// prefix (up to 3 characters) with `word`, from the name table.
    public func words(near word: String) -> [String] {
        if entityCount <= 20_000 { return words(startingWith: "").map(\.word) }
        for length in stride(from: min(3, word.count), through: 1, by: -1) {
            let words = words(startingWith: String(word.prefix(length)), limit: 5000).map(\.word)
            if !words.isEmpty { return words }
        }
        return []
    }
}
