import KnowledgeGraph

extension FactsWriter {
    /// A topic of the publication: a MeSH descriptor or a keyword, as an entity and the `topic` relation to it.
    struct Topic: Equatable {
        /// `mesh-antineoplastic-agents` or `keyword-grey-fever`: the vocabulary and the name's slug, so
        /// the same heading imported from two records is one entity of the literature.
        var id: String
        var name: String
        var vocabulary: String
        /// The descriptor's identifier, when the record gives it.
        var mesh: String?
        /// The heading or keyword as `source.txt` writes it, quoted on its own line of MeSH terms or keywords.
        var quote: String
        /// Where `source.txt` names the vocabulary: its `MeSH terms` or `Keywords` line.
        var vocabularyQuote: String
    }

    /// The record's topics: each MeSH descriptor (its qualifiers are written in the quote, not in the
    /// topic), then each keyword. Ids taken by the publication or its authors, or by an earlier topic
    /// of the same slug, are not reused.
    func topics(_ source: PackSource, taken: Set<String>) -> [Topic] {
        var used = taken
        var topics: [Topic] = []
        var topicIDs: Set<String> = []
        /// Adds the topics of `entries`, each `(name, identifier, written)`, quoted from their line `key: a; b; c`.
        func add(_ entries: [(name: String, mesh: String?, written: String)], vocabulary: String, key: String, line: String) {
            // A quote is found where it first occurs: one the lines above its own hold would cite them.
            // Looking each one up there costs the length of those lines, so it is done within a budget
            // (far above a real record's); beyond it the quote is the entry as written, found all the same.
            // The line is a whole line below the title's: the text above it ends at the line break before it.
            let above = String(source.text[..<(source.text.range(of: "\n" + line + "\n")?.lowerBound ?? source.text.endIndex)])
                .replacingOccurrences(of: "\n", with: " ")
            let pinned = above.utf8.count * entries.count <= Self.lookupBudget
            var written = ""
            for (index, entry) in entries.enumerated() {
                let before = index == 0 ? key + ": " : "; "
                written += before + entry.written
                var topicID = vocabulary + "-" + (entry.name.slug.isEmpty ? Self.hash(entry.name) : entry.name.slug)
                if used.contains(topicID), !topicIDs.contains(topicID) { topicID += "-topic" }
                guard used.insert(topicID).inserted else { continue }
                topicIDs.insert(topicID)
                // The entry alone, with the separator before it, with the entry before it, or the line up to it.
                let candidates = [entry.written, before + entry.written] + (index > 0 ? [entries[index - 1].written + "; " + entry.written] : []) + [written]
                let quote = pinned ? candidates.first { !above.contains($0) } ?? written : entry.written
                let vocabularyQuote = pinned && above.contains(key) ? key + ": " + entries[0].written : key
                topics.append(Topic(id: topicID, name: entry.name, vocabulary: vocabulary, mesh: entry.mesh, quote: quote, vocabularyQuote: vocabularyQuote))
            }
        }
        if let line = source.meshLine {
            add(record.meshHeadings.map { ($0.descriptor, $0.identifier, $0.written) }, vocabulary: "mesh", key: "MeSH terms", line: line)
        }
        if let line = source.keywordsLine {
            add(record.keywords.map { ($0, nil, $0) }, vocabulary: "keyword", key: "Keywords", line: line)
        }
        return topics
    }

    /// How many characters the quotes' look-ups may compare, for one line of topics.
    private static let lookupBudget = 50_000_000

    /// The topics' entities and the publication's `topic` relations to them, as lines of `facts.yaml`.
    static func lines(_ topics: [Topic], publication: String) -> (entities: [String], relations: [String]) {
        var entities: [String] = []
        for topic in topics {
            entities += ["  - id: \(topic.id)", "    kind: topic", "    name: \(topic.name.yamlQuoted)", "    quote: \(topic.quote.yamlQuoted)"]
            if let mesh = topic.mesh { entities.append("    xrefs: {mesh: \(mesh.yamlQuoted)}") }
            entities += ["    attributes:", "      vocabulary: {value: \(topic.vocabulary), quote: \(topic.vocabularyQuote.yamlQuoted)}"]
        }
        let relations = topics.map { "  - {subject: \(publication), type: topic, object: \($0.id), quote: \($0.quote.yamlQuoted)}" }
        return (entities, relations)
    }

    /// An id for a name with no letter or digit a slug keeps (`心臓`): its FNV-1a hash, in hexadecimal.
    private static func hash(_ name: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
