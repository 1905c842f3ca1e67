/// The short citation a PubMed page prints near its title: `Lajos Pusztai et al. Cancer Invest. 2006 Mar.`,
/// the first author (or the authors, when there are few), the journal and the date.
struct ShortCitation: Equatable {
    var authors: [PublicationRecord.Author]
    /// Whether the names end in `et al.`: the record has more authors than the line names.
    var moreAuthors: Bool
    var journal: String
    var dateText: String

    /// The short citation `line` gives, or nil when it is not one.
    init?(_ line: String) {
        let text = RecordReader.folded(line)
        guard text.hasSuffix("."), text.count <= 400 else { return nil }
        let body = String(text.dropLast())
        guard let dateStart = body.ranges(of: ". ").last, CitationLine.isDate(String(body[dateStart.upperBound...])) else { return nil }
        let names: Substring, journal: Substring
        if let etAl = body.range(of: " et al. ") {
            (names, journal, moreAuthors) = (body[..<etAl.lowerBound], body[etAl.upperBound..<dateStart.lowerBound], true)
        } else if let separator = body.range(of: ". "), separator.upperBound <= dateStart.lowerBound {
            (names, journal, moreAuthors) = (body[..<separator.lowerBound], body[separator.upperBound..<dateStart.lowerBound], false)
        } else {
            return nil
        }
        let written = RecordReader.folded(journal)
        guard !written.isEmpty, !written.contains(". "), AuthorLine.isAuthorList(String(names)) else { return nil }
        authors = AuthorLine.authors(String(names))
        guard !authors.isEmpty else { return nil }
        self.journal = written
        dateText = String(body[dateStart.upperBound...])
    }
}
