extension PublicationRecord {
    /// The header values the record does not give, in citation order, as the import summary names
    /// them: `author`, `journal`, `date`, `volume`, `issue`, `pages`, `DOI`, `PMID`,
    /// `publication type`, `abstract`, `topics` (neither MeSH headings nor keywords).
    public var missing: [String] {
        let absent: [(String, Bool)] = [
            ("author", authors.isEmpty), ("journal", journal == nil), ("date", date == nil), ("volume", volume == nil),
            ("issue", issue == nil), ("pages", pages == nil), ("DOI", doi == nil), ("PMID", pmid == nil),
            ("publication type", types.isEmpty), ("abstract", abstract.isEmpty), ("topics", meshHeadings.isEmpty && keywords.isEmpty),
        ]
        return absent.filter(\.1).map(\.0)
    }
}
