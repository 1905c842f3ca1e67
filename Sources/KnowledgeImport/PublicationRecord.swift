import KnowledgeGraph

/// One publication as a PubMed record states it. What the record leaves out is nil or empty: never guessed.
public struct PublicationRecord: Equatable, Sendable {
    /// An author as the record names them: the name to print and the family name the pack id comes from.
    public struct Author: Equatable, Sendable {
        public var name: String
        public var familyName: String

        public init(name: String, familyName: String) {
            self.name = name
            self.familyName = familyName
        }
    }

    /// A paragraph of the abstract; `label` is its section's name in a structured abstract, without the colon.
    public struct Paragraph: Equatable, Sendable {
        public var label: String?
        public var text: String

        public init(label: String? = nil, text: String) {
            self.label = label
            self.text = text
        }
    }

    /// The title, without the full stop PubMed ends titles with.
    public var title: String
    public var authors: [Author] = []
    /// Whether the record names only its first authors and then says `et al.` (a page's short author line).
    public var moreAuthors = false
    /// The journal's abbreviated name, such as `Cancer Invest.`.
    public var journal: String?
    /// The publication date as printed, such as `2006 Mar`.
    public var dateText: String?
    public var volume: String?
    public var issue: String?
    public var pages: String?
    public var doi: String?
    public var pmid: String?
    /// PubMed's publication types, such as `Review`.
    public var types: [String] = []
    /// The abstract's paragraphs, each with its label in a structured abstract (`BACKGROUND`).
    public var abstract: [Paragraph] = []
    /// The MeSH headings the record is indexed under, in the record's order.
    public var meshHeadings: [MeshHeading] = []
    /// The keywords the record gives (MEDLINE `OT`, XML `Keyword`, a page's "Keywords:").
    public var keywords: [String] = []
    /// What the reader saw that the import summary should tell: a value given twice that disagrees
    /// (and so is left out), or a short author line that names only the first author.
    public var notes: [ImportNote] = []
    /// Where the record begins, for messages.
    public var location: SourceLocation

    public init(title: String, location: SourceLocation) {
        self.title = title
        self.location = location
    }

    /// The citation line, such as `Cancer Invest. 2006 Mar;24(2):187-91.`, built from the parts the record gives.
    public var citationLine: String? {
        var line = journal ?? ""
        if let dateText { line += line.isEmpty ? dateText : (line.hasSuffix(".") ? " " : ". ") + dateText }
        var numbers = volume ?? ""
        if let issue { numbers += "(\(issue))" }
        if !numbers.isEmpty { line += ";" + numbers }
        // Without a volume or an issue, PubMed prints the pages after the date: `2024 Jan 5:S0140-6736(24)00001-1`.
        if let pages { line += ":" + pages }
        return line.isEmpty ? nil : line + "."
    }

    /// The date in the schema's form (`2006`, `2006-03`, `2006-03-15`), to the precision printed; nil when
    /// the printed date does not begin with a year. A day the month does not have is left out.
    public var date: String? {
        guard let words = dateText?.split(separator: " "), let year = words.first.map(String.init), PartialDate(year) != nil else {
            return nil
        }
        guard words.count > 1, let month = Self.months.firstIndex(where: { words[1].lowercased().hasPrefix($0) && words[1].count <= 9 && words[1].allSatisfy(\.isLetter) }) else {
            return year
        }
        let yearMonth = "\(year)-\(month < 9 ? "0" : "")\(month + 1)"
        guard words.count > 2, let day = Int(words[2]), (1...31).contains(day) else { return yearMonth }
        let date = "\(yearMonth)-\(day < 10 ? "0" : "")\(day)"
        return PartialDate(date) == nil ? yearMonth : date
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
}
