/// The `source.txt` of a record's pack, in the loader's layout, and the lines facts quote from it.
struct PackSource {
    let record: PublicationRecord

    var titleLine: String { "Title: " + record.title }
    var authorsLine: String? {
        record.authors.isEmpty ? nil : "Authors: " + record.authors.map(\.name).joined(separator: ", ") + (record.moreAuthors ? " et al." : "")
    }
    var journalLine: String? { record.citationLine.map { "Journal: " + $0 } }
    var doiLine: String? { record.doi.map { "DOI: " + $0 } }
    var pmidLine: String? { record.pmid.map { "PMID: " + $0 } }
    var typeLine: String? { record.types.isEmpty ? nil : "Publication type: " + record.types.joined(separator: "; ") }
    /// The MeSH headings in MEDLINE's notation, such as `MeSH terms: Antineoplastic Agents/*therapeutic use; Humans`.
    var meshLine: String? { record.meshHeadings.isEmpty ? nil : "MeSH terms: " + record.meshHeadings.map(\.written).joined(separator: "; ") }
    var keywordsLine: String? { record.keywords.isEmpty ? nil : "Keywords: " + record.keywords.joined(separator: "; ") }

    /// Header lines, a blank line, then `Abstract` and its paragraphs separated by blank lines; a
    /// structured abstract's labels stand alone as headings, so its sentences are numbered as sentences.
    var text: String {
        var text = [titleLine, authorsLine, journalLine, doiLine, pmidLine, typeLine, meshLine, keywordsLine].compactMap { $0 }.joined(separator: "\n") + "\n"
        if !record.abstract.isEmpty {
            text += "\nAbstract\n\n" + record.abstract.map { ($0.label.map { $0 + "\n\n" } ?? "") + $0.text }.joined(separator: "\n\n") + "\n"
        }
        return text
    }
}
