import KnowledgeGraph

/// The `facts.yaml` of a record's pack: the publication, its authors and its topics (MeSH descriptors
/// and keywords), every value quoted from `source.txt`, and a commented worksheet of the abstract's
/// sentences for the curator.
struct FactsWriter {
    let record: PublicationRecord
    let id: String
    let origin: String

    /// PubMed's publication types as the schema's `type` values; types it has no value for are left out.
    static let types: [String: String] = [
        "Review": "review", "Systematic Review": "systematic-review", "Meta-Analysis": "meta-analysis",
        "Randomized Controlled Trial": "trial-report", "Clinical Trial": "trial-report", "Clinical Trial, Phase I": "trial-report",
        "Clinical Trial, Phase II": "trial-report", "Clinical Trial, Phase III": "trial-report", "Clinical Trial, Phase IV": "trial-report",
        "Controlled Clinical Trial": "trial-report", "Observational Study": "observational-study", "Case Reports": "case-report",
        "Editorial": "editorial", "Comment": "comment", "Letter": "letter", "Guideline": "guideline", "Practice Guideline": "guideline",
        "Journal Article": "journal-article",
    ]

    var text: String {
        let source = PackSource(record: record)
        var lines = [
            "# Imported by kx import from \(origin) (a PubMed record). Every value below is quoted from source.txt;",
            "# the abstract's own facts are left to the curator (its sentences are listed at the end).",
            "# To model a sentence, add entities (id, kind, name, quote) to entities: and relations (subject,",
            "# type, object, quote, and hedge: may or negated: true when the source says so) to relations:.",
            "# kx -c kinds and kx -c schema list the kinds and their fields; kx check DIR checks the pack.",
            "",
            "document:",
            "  id: \(id)",
            "  source: source.txt",
        ]
        if let date = record.date { lines.append("  date: \(date)") }
        lines += ["  citation: \(citation.yamlQuoted)", "", "entities:"]
        lines += ["  - id: \(id)", "    kind: publication", "    name: \(name.yamlQuoted)", "    quote: \(source.titleLine.yamlQuoted)"]
        let xrefs = [("doi", record.doi), ("pmid", record.pmid)].compactMap { key, value in value.map { "\(key): \($0.yamlQuoted)" } }
        if !xrefs.isEmpty { lines.append("    xrefs: {\(xrefs.joined(separator: ", "))}") }
        lines.append("    attributes:")
        lines += attributes(source).map { "      \($0.name): {value: \($0.value.yamlQuoted), quote: \($0.quote.yamlQuoted)}" }
        let types = record.types.compactMap { type in Self.types[type].map { (value: $0, quote: record.types.count == 1 ? source.typeLine ?? type : type) } }
        if !types.isEmpty {
            lines.append("      type:")
            lines += types.map { "        - {value: \($0.value), quote: \($0.quote.yamlQuoted)}" }
        }
        let people = personIDs
        for (author, person) in zip(record.authors, people) where !lines.contains("  - id: \(person)") {
            lines += ["  - id: \(person)", "    kind: person", "    name: \(author.name.yamlQuoted)", "    quote: \(author.name.yamlQuoted)"]
        }
        let topics = Self.lines(topics(source, taken: Set([id] + people)), publication: id)
        lines += topics.entities
        lines += ["", "relations:"]
        for (index, (author, person)) in zip(record.authors, people).enumerated() {
            let quote = index == 0 ? "Authors: " + author.name : author.name
            lines.append("  - {subject: \(id), type: \(index == 0 ? "first_author" : "author"), object: \(person), quote: \(quote.yamlQuoted)}")
        }
        lines += topics.relations
        let sentences = SourceDocument(id: id, citation: citation, text: source.text)
        let numbered = sentences.segments.filter { $0.role == .sentence }.map { "#   \($0.label). \(RecordReader.folded(sentences.excerpt($0.start..<$0.end)))" }
        if !numbered.isEmpty {
            lines += ["", "# Worksheet: the abstract's sentences, as the loader numbers them. Cite them in the facts you add."] + numbered
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The publication's name: `Pusztai et al. 2006`, `Pusztai and Müller 2006`, or its title without authors.
    var name: String {
        let year = record.date.map { " " + $0.prefix(4) } ?? ""
        switch record.authors.count {
        case 0: return record.title
        case 1 where record.moreAuthors: return record.authors[0].familyName + " et al." + year
        case 1: return record.authors[0].familyName + year
        case 2: return record.authors[0].familyName + " and " + record.authors[1].familyName + year
        default: return record.authors[0].familyName + " et al." + year
        }
    }

    /// How to cite the record: first author, title, citation line and DOI, as far as the record gives them.
    var citation: String {
        let authors = record.authors.first.map { $0.familyName + (record.authors.count > 1 || record.moreAuthors ? " et al. " : ". ") } ?? ""
        let title = record.title.last.map { ".?!".contains($0) } == true ? record.title : record.title + "."
        return authors + title + (record.citationLine.map { " " + $0 } ?? "") + (record.doi.map { " doi:" + $0 } ?? "")
    }

    /// The authors' entity ids, slugs of their names; the same name twice is one person.
    var personIDs: [String] {
        record.authors.map { $0.name.slug.isEmpty ? "author" : $0.name.slug }
    }

    /// The single-valued attributes the record states, each with its quote.
    private func attributes(_ source: PackSource) -> [(name: String, value: String, quote: String)] {
        var attributes = [(name: "title", value: record.title, quote: source.titleLine)]
        if let journal = record.journal { attributes.append(("journal", journal, "Journal: " + journal)) }
        if let date = record.date, let text = record.dateText { attributes.append(("date", date, text)) }
        let numbers = record.volume.flatMap { volume in record.issue.map { "\(volume)(\($0))" } } ?? source.journalLine
        if let volume = record.volume, volume.allSatisfy(\.isASCII), Int(volume) != nil, let numbers { attributes.append(("volume", volume, numbers)) }
        if let issue = record.issue, let numbers { attributes.append(("issue", issue, numbers)) }
        if let pages = record.pages { attributes.append(("pages", pages, pages)) }
        if let doi = record.doi, let line = source.doiLine { attributes.append(("doi", doi, line)) }
        if let pmid = record.pmid, let line = source.pmidLine { attributes.append(("pmid", pmid, line)) }
        return attributes
    }
}
