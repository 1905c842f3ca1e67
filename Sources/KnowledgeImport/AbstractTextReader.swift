import KnowledgeGraph

/// Reads PubMed's own text export, the Abstract (text) format ("Save", Format: Abstract (text), or
/// "Send to", File, Abstract). Records follow one another, each a run of paragraphs separated by blank lines:
///
///     1. Cancer Invest. 2006 Mar;24(2):187-91. doi: 10.1080/07357900500524629.
///
///     Title of the article.
///
///     Pusztai L(1), Esteva FJ(2).
///
///     Author information:
///     (1)Department of …
///
///     BACKGROUND: The abstract, its labels in capitals when it is structured …
///
///     © 2006 Publisher.
///
///     DOI: 10.1080/07357900500524629
///     PMID: 16537188 [Indexed for MEDLINE]
///
///     Conflict of interest statement: …
///
/// Lines wrap at about 80 columns; a paragraph's lines are joined with spaces. A record begins with
/// the next number (`2.`) and a citation line. Paragraphs that link other records ("Comment in",
/// "Erratum in"), the affiliations, the copyright and the conflict of interest statement are left out.
enum AbstractTextReader {
    /// A paragraph: its first line's number and its lines joined, folded.
    private struct Paragraph {
        var line: Int
        var text: String
    }

    /// The first words of paragraphs that link other records to this one.
    private static let links = [
        "comment in", "comment on", "erratum in", "erratum for", "update of", "update in", "retraction in", "retraction of",
        "republished in", "republished from", "expression of concern in", "expression of concern for", "summary for patients in",
        "original report in", "reprint of", "reprint in", "corrected and republished in", "corrected and republished from",
        "retracted and republished in", "retracted and republished from", "dataset use reported in", "dataset described in",
    ]

    /// Whether `text` begins as the export does: with its first record's citation line (read up to the
    /// first blank line), numbered `1.`, and a line of it begins with `PMID: `.
    static func begins(_ text: Substring) -> Bool {
        guard text.hasPrefix("1. ") else { return false }
        let paragraph = RecordReader.lines(String(text.prefix(1_000))).prefix { !$0.allSatisfy(\.isWhitespace) }.joined(separator: " ")
        return CitationLine(paragraph)?.number == 1 && RecordReader.lines(String(text)).contains { $0.hasPrefix("PMID: ") }
    }

    static func read(_ text: String, file: String) throws -> [PublicationRecord] {
        var paragraphs: [Paragraph] = []
        var open = false
        for (index, raw) in RecordReader.lines(String(text.drop { $0 == "\u{FEFF}" })).enumerated() {
            let line = RecordReader.folded(raw)
            if line.isEmpty {
                open = false
            } else if open, let last = paragraphs.indices.last {
                paragraphs[last].text += " " + line
            } else {
                paragraphs.append(Paragraph(line: index + 1, text: line))
                open = true
            }
        }
        var records: [(citation: CitationLine, paragraphs: [Paragraph])] = []
        for paragraph in paragraphs {
            if let citation = CitationLine(paragraph.text), citation.number == records.count + 1 {
                records.append((citation, [paragraph]))
            } else if records.isEmpty {
                throw RecordReader.error(file, paragraph.line, "expected PubMed's Abstract (text) export to begin with its first record's numbered citation line, such as '1. Cancer Invest. 2006 Mar;24(2):187-91.'")
            } else {
                records[records.count - 1].paragraphs.append(paragraph)
            }
        }
        guard !records.isEmpty else {
            throw RecordReader.error(file, 1, "expected PubMed's Abstract (text) export: numbered records such as '1. Cancer Invest. 2006 Mar;24(2):187-91.'")
        }
        return try records.map { try record($0.citation, $0.paragraphs, file: file) }
    }

    /// The record of `paragraphs`, the first of which is its citation line.
    private static func record(_ citation: CitationLine, _ paragraphs: [Paragraph], file: String) throws -> PublicationRecord {
        let location = SourceLocation(file: file, line: paragraphs.first?.line ?? 1, column: 1)
        let body = paragraphs.dropFirst().filter { paragraph in
            let lower = paragraph.text.lowercased()
            return !links.contains { lower == $0 || lower.hasPrefix($0 + " ") } && !lower.hasPrefix("collaborators:")
        }
        guard let title = body.first, !isFooter(title.text), !title.text.lowercased().hasPrefix("author information:") else {
            throw KnowledgeError(Diagnostic(location: location, message: "the record numbered \(citation.number ?? 0) has no title: expected the title in the paragraph after its citation line"))
        }
        var record = PublicationRecord(title: RecordReader.title(title.text), location: location)
        (record.journal, record.dateText) = (citation.journal, citation.dateText)
        (record.volume, record.issue, record.pages) = (citation.volume, citation.issue, citation.pages)

        var rest = body.dropFirst()
        let information = rest.firstIndex { $0.text.lowercased().hasPrefix("author information:") }
        if let names = rest.first, !isFooter(names.text), information == rest.startIndex + 1 || AuthorLine.isInitialedList(names.text) {
            record.authors = AuthorLine.authors(names.text)
            rest = rest.dropFirst()
        }
        if let information { rest = rest[(information + 1)...] }
        var lineDOI: (value: String, line: Int)?
        for paragraph in rest {
            let lower = paragraph.text.lowercased()
            if lower.hasPrefix("keywords:") {
                record.keywords = keywords(String(paragraph.text.dropFirst(9)))
            } else if isFooter(paragraph.text) {
                // The identifiers' paragraph holds one `DOI:`, `PMCID:` and `PMID:` line each, joined.
                if let range = paragraph.text.range(of: "DOI: ") {
                    lineDOI = CitationLine.doi("doi:" + paragraph.text[range.upperBound...]).map { ($0, paragraph.line) }
                }
                if let range = paragraph.text.range(of: "PMID: ") {
                    record.pmid = record.pmid ?? String(paragraph.text[range.upperBound...].prefix { $0.isASCII && $0.isNumber }).nonEmpty
                }
            } else if record.pmid == nil, lineDOI == nil {
                record.abstract += MedlineReader.paragraphs(paragraph.text)
            }
        }
        switch (citation.doi, lineDOI) {
        case let (written?, found?) where written != found.value:
            record.notes.append(ImportNote(location: SourceLocation(file: file, line: found.line, column: 1),
                                           message: "the DOI '\(found.value)' here disagrees with '\(written)' of the citation line at line \(location.line), so the DOI is left out; expected the export as PubMed wrote it"))
        default:
            record.doi = citation.doi ?? lineDOI?.value
        }
        return record
    }

    /// Whether a paragraph is one of those after the abstract: the copyright, the identifiers, the conflict of interest statement.
    private static func isFooter(_ text: String) -> Bool {
        let lower = text.lowercased()
        return text.hasPrefix("©") || lower.hasPrefix("copyright") || lower.hasPrefix("(c) ") || text.hasPrefix("DOI: ") || text.hasPrefix("PMCID: ")
            || text.hasPrefix("PMID: ") || lower.hasPrefix("conflict of interest statement:")
    }

    /// The keywords of a `Keywords: a; b.` paragraph, without its final full stop.
    private static func keywords(_ text: String) -> [String] {
        let written = text.hasSuffix(".") ? String(text.dropLast()) : text
        return written.split(separator: ";").map { RecordReader.folded($0) }.filter(\.namesSomething).uniqued()
    }
}
