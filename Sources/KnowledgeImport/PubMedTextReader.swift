import KnowledgeGraph

/// Reads a PubMed abstract page saved or copied from a browser as text.
///
/// The record is found by its parts, and everything else on the page (the banner, the search bar,
/// the navigation list, the tool buttons, the lists of other articles) is left out:
/// - the journal citation line (`Cancer Invest. 2006 Mar;24(2):187-91. doi: …`), whose journal may
///   stand on the line above it (`Cancer Invest` then `. 2006 Mar;…`) or be lost;
/// - the publication types on lines of their own above it or below the title;
/// - the title, given once or twice, and the author lines after it: the full list
///   (`Lajos Pusztai 1, Hans Müller 2`) and the short citation (`Lajos Pusztai et al. Cancer Invest. 2006 Mar.`);
/// - the `PMID:` line, the `Abstract` and its paragraphs, the keywords;
/// - the "Publication types" and "MeSH terms" sections.
///
/// A value the page gives twice (the journal, the date, the first author, the DOI) must agree;
/// when it does not, it is left out and the record notes both places.
enum PubMedTextReader {
    /// A non-empty line of the page, folded, with its line number.
    private struct Line {
        var number: Int
        var text: String
    }

    static func read(_ text: String, file: String) throws -> PublicationRecord {
        var lines: [Line] = []
        for (index, raw) in RecordReader.lines(text).enumerated() {
            let line = RecordReader.folded(raw)
            if !line.isEmpty { lines.append(Line(number: index + 1, text: line)) }
        }
        func location(_ index: Int) -> SourceLocation { SourceLocation(file: file, line: lines[index].number, column: 1) }
        guard let (at, citation) = lines.indices.lazy.compactMap({ index in CitationLine(lines[index].text).map { (index, $0) } }).first else {
            throw RecordReader.error(file, lines.first?.number ?? 1,
                                     "expected a PubMed record: a MEDLINE 'PMID- ' line, PubMed XML, PubMed's Abstract (text) export, or a page with a journal citation line such as 'Cancer Invest. 2006 Mar;24(2):187-91.'")
        }
        // The types in the order the page gives them, repeats removed at the end.
        var types: [String] = []

        // Above the citation line: the journal, when the line begins with the date, and the types.
        var journal = citation.journal.map { (value: $0, at: at) }
        var above = at - 1
        if journal == nil, above >= 0, isJournal(lines[above].text) {
            journal = (lines[above].text, above)
            above -= 1
        }
        var typesAbove: [String] = []
        while above >= 0, typesAbove.count < 4, PublicationTypes.names.contains(lines[above].text) {
            typesAbove.insert(lines[above].text, at: 0)
            above -= 1
        }
        types += typesAbove

        // Below it: the DOI and e-publication date when they continue it on lines of their own, then the title.
        var next = at + 1
        var citationDOI = citation.doi
        while next < lines.count, isContinuation(lines[next].text) {
            citationDOI = citationDOI ?? CitationLine.doi(lines[next].text)
            next += 1
        }
        while next < lines.count, PublicationTypes.names.contains(lines[next].text) || PubMedPageText.isChrome(lines[next].text) {
            if PublicationTypes.names.contains(lines[next].text) { types.append(lines[next].text) }
            next += 1
        }
        guard next < lines.count, !PubMedPageText.isHeading(lines[next].text), !lines[next].text.hasPrefix("PMID:") else {
            throw KnowledgeError(Diagnostic(location: location(at), message: "expected the title on a line after the citation line",
                                            notes: ["a PubMed page gives the title right below the journal citation line; copy the whole page"]))
        }
        var record = PublicationRecord(title: RecordReader.title(lines[next].text), location: location(at))
        let titleIndex = next

        // Between the title and the abstract: the title again, types, the author lines, affiliations and the PMID line.
        var full: (authors: [PublicationRecord.Author], at: Int)?
        var short: (citation: ShortCitation, at: Int)?
        var pmidLine: Int?
        var inAffiliations = false
        var headerEnd = lines.count
        for index in (titleIndex + 1)..<lines.count {
            let line = lines[index].text
            if PubMedPageText.isHeading(line) {
                // "Abstract" among the display options' formats (Abstract, PubMed, PMID) is no heading.
                let isFormat = line.lowercased() == "abstract" && index + 1 < lines.count && PubMedPageText.isChrome(lines[index + 1].text)
                if !isFormat {
                    headerEnd = index
                    break
                }
            } else if PublicationTypes.names.contains(line) {
                types.append(line)
            } else if line.hasPrefix("PMID:") {
                pmidLine = pmidLine ?? index
                inAffiliations = false
            } else if PubMedPageText.isChrome(line) {
                inAffiliations = inAffiliations || line.lowercased().hasPrefix("affiliations")
            } else if short == nil, let parsed = ShortCitation(line) {
                short = (parsed, index)
            } else if full == nil, !inAffiliations, pmidLine == nil, RecordReader.title(line) != record.title, line.first?.isNumber == false,
                      AuthorLine.isAuthorList(line), case let names = AuthorLine.authors(line), !names.isEmpty {
                full = (names, index)
            }
        }

        authors(full.map { ($0.authors, lines[$0.at].number) }, short.map { ($0.citation, location($0.at)) }, &record)
        record.journal = agreed("journal", journal.map { ($0.value, $0.at) }, short.map { ($0.citation.journal, $0.at) }, &record, location) { $0 == $1 }
        record.dateText = agreed("date", (citation.dateText, at), short.map { ($0.citation.dateText, $0.at) }, &record, location) { whole, short in
            whole == short || whole.hasPrefix(short + " ")
        }
        (record.volume, record.issue, record.pages) = (citation.volume, citation.issue, citation.pages)
        if let pmidLine {
            let line = lines[pmidLine].text
            record.pmid = String(line.dropFirst(5).drop { $0 == " " }.prefix { $0.isASCII && $0.isNumber }).nonEmpty
            let lineDOI = line.range(of: "DOI:").flatMap { CitationLine.doi("doi:" + line[$0.upperBound...]) }
            record.doi = agreed("DOI", citationDOI.map { ($0, at) }, lineDOI.map { ($0, pmidLine) }, &record, location) { $0 == $1 }
        } else {
            record.doi = citationDOI
        }

        if headerEnd < lines.count, lines[headerEnd].text.lowercased() == "abstract" {
            record.abstract = abstract(lines[(headerEnd + 1)...].map(\.text))
        }
        let rest = lines[(titleIndex + 1)...].map(\.text)
        record.keywords = keywords(rest)
        for type in section("publication types", rest) where type.count <= 100 { types.append(type) }
        record.types = types.uniqued()
        record.meshHeadings = meshHeadings(section("mesh terms", rest))
        return record
    }

    /// The authors from the full author line (its names and line number) and the short citation (and
    /// where it is): the full line's when both are given and their first authors agree, the short
    /// citation's when it is the only one (noting that it names only the first), none when they disagree.
    private static func authors(_ full: (names: [PublicationRecord.Author], line: Int)?, _ short: (citation: ShortCitation, at: SourceLocation)?,
                                _ record: inout PublicationRecord) {
        switch (full, short) {
        case let (full?, short?) where full.names.first?.name != short.citation.authors.first?.name:
            record.notes.append(ImportNote(location: short.at, message: "the first author '\(short.citation.authors.first?.name ?? "")' of the short citation disagrees with '\(full.names.first?.name ?? "")' of the author line at line \(full.line), so the authors are left out; expected one record on the page"))
        case let (full?, _):
            record.authors = full.names
        case let (nil, short?):
            record.authors = short.citation.authors
            record.moreAuthors = short.citation.moreAuthors
            if short.citation.moreAuthors {
                record.notes.append(ImportNote(location: short.at, message: "the page names only the first author ('\(short.citation.authors.map(\.name).joined(separator: ", ")) et al.'); the others are left out: expected the page's full author line, or import the record as MEDLINE (.nbib) or PubMed XML"))
            }
        case (nil, nil):
            break
        }
    }

    /// The headings of a "MeSH terms" section. A page lists a descriptor once with each of its
    /// qualifiers (`Zorvamab / administration & dosage*`, `Zorvamab / adverse effects`): one heading.
    private static func meshHeadings(_ lines: [String]) -> [MeshHeading] {
        var headings: [MeshHeading] = []
        var descriptors: [String: Int] = [:]
        for line in lines {
            guard let heading = MeshHeading.page(line) else { continue }
            if let same = descriptors[heading.descriptor] {
                headings[same].major = headings[same].major || heading.major
                headings[same].qualifiers += heading.qualifiers
            } else {
                descriptors[heading.descriptor] = headings.count
                headings.append(heading)
            }
        }
        return headings.map { heading in
            var unique = heading
            unique.qualifiers = heading.qualifiers.uniqued()
            return unique
        }
    }

    /// The value of a field the page gives in one or two places; when both give it and `same` says
    /// they differ, nil, and a note of both places on `record`.
    private static func agreed(_ field: String, _ first: (String, Int)?, _ second: (String, Int)?, _ record: inout PublicationRecord,
                               _ location: (Int) -> SourceLocation, _ same: (String, String) -> Bool) -> String? {
        guard let first else { return second?.0 }
        guard let second else { return first.0 }
        if same(first.0, second.0) { return first.0 }
        record.notes.append(ImportNote(location: location(second.1), message: "the \(field) '\(second.0)' here disagrees with '\(first.0)' at line \(location(first.1).line), so the \(field) is left out; expected one record on the page"))
        return nil
    }

    /// Whether the line above a citation line that begins with its date is the journal's name: not
    /// a publication type, a heading or chrome, and short, as the journal's link is.
    private static func isJournal(_ line: String) -> Bool {
        !PublicationTypes.names.contains(line) && !PubMedPageText.isHeading(line) && !PubMedPageText.isChrome(line)
            && line.count <= 120 && !line.contains(":") && !line.hasSuffix(".")
    }

    /// A line that continues the citation line: its DOI, or when it was published online.
    private static func isContinuation(_ line: String) -> Bool {
        let lower = line.lowercased()
        return lower.hasPrefix("doi:") || lower.hasPrefix("epub ") || lower.hasPrefix("ecollection ") || lower.hasPrefix("print ")
            || lower == "online ahead of print."
    }

    /// The abstract's paragraphs from the lines after its heading, up to the next section, the
    /// keywords, a copyright line or the PMID line. A label stands on a line of its own (`Background:`)
    /// or begins every paragraph (`Importance: …`).
    private static func abstract(_ lines: [String]) -> [PublicationRecord.Paragraph] {
        var paragraphs: [PublicationRecord.Paragraph] = []
        var label: String?
        for line in lines {
            let lower = line.lowercased()
            if PubMedPageText.isHeading(line) || PubMedPageText.isChrome(line) || lower.hasPrefix("keywords:") || line.hasPrefix("PMID:")
                || line.hasPrefix("©") || lower.hasPrefix("copyright") { break }
            if line.hasSuffix(":"), line.count <= 40, !line.dropLast().contains(":") {
                label = String(line.dropLast())
            } else {
                paragraphs.append(.init(label: label, text: line))
                label = nil
            }
        }
        let inline = paragraphs.map { $0.label == nil ? inlineLabel($0.text) : nil }
        guard paragraphs.count > 1, inline.allSatisfy({ $0 != nil }) else { return paragraphs }
        return zip(paragraphs, inline).compactMap { paragraph, split in split.map { .init(label: $0.label, text: $0.text) } ?? paragraph }
    }

    /// `Design, setting, and participants` and the text after it, for a paragraph that begins with a label and a colon.
    private static func inlineLabel(_ paragraph: String) -> (label: String, text: String)? {
        guard let colon = paragraph.prefix(61).range(of: ": ") else { return nil }
        let label = paragraph[..<colon.lowerBound]
        guard label.first?.isUppercase == true, label.split(separator: " ").count <= 8,
              label.allSatisfy({ $0.isLetter || " ,&/-".contains($0) }) else { return nil }
        let text = RecordReader.folded(paragraph[colon.upperBound...])
        return text.isEmpty ? nil : (String(label), text)
    }

    /// The keywords of a `Keywords: a; b.` line, or of the line after a `Keywords` heading.
    private static func keywords(_ lines: [String]) -> [String] {
        guard let index = lines.firstIndex(where: { line in
            let lower = line.lowercased()
            return lower == "keywords" || lower == "keywords:" || lower.hasPrefix("keywords: ")
        }) else { return [] }
        var written = String(lines[index].dropFirst(8).drop { $0 == ":" || $0 == " " })
        if written.isEmpty, index + 1 < lines.count, !PubMedPageText.isHeading(lines[index + 1]) { written = lines[index + 1] }
        if written.hasSuffix(".") { written.removeLast() }
        return written.split(separator: ";").map { RecordReader.folded($0) }.filter(\.namesSomething).uniqued()
    }

    /// The lines of the section under `heading` (lower case), up to the next heading or chrome.
    private static func section(_ heading: String, _ lines: [String]) -> [String] {
        guard let start = lines.firstIndex(where: { $0.lowercased() == heading }) else { return [] }
        return Array(lines[(start + 1)...].prefix { !PubMedPageText.isHeading($0) && !PubMedPageText.isChrome($0) })
    }
}
