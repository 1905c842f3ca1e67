import KnowledgeGraph

/// Collects the elements of each `PubmedArticle` that a `PublicationRecord` holds, as `XMLScanner` reports them.
struct PubMedXMLHandler {
    private let file: String
    private(set) var records: [PublicationRecord] = []
    private(set) var sawArticleSet = false

    private var path: [String] = []
    /// How many elements of each name are open, so a check of the enclosing elements does not walk the path.
    private var open: [String: Int] = [:]
    private var attributes: [[String: String]] = []
    private var text = ""
    private var article: PublicationRecord?
    private var titleSeen = false
    private var year: String?, month: String?, day: String?, medlineDate: String?
    private var foreName: String?, lastName: String?, collectiveName: String?
    private var heading: MeshHeading?

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    init(file: String) {
        self.file = file
    }

    /// Takes the next thing the document holds; throws where an article lacks what a record needs.
    mutating func take(_ event: XMLScanner.Event) throws {
        switch event {
        case let .start(name, attributes, line): start(name, attributes, line: line)
        case let .text(string): text += string
        case let .end(name): try end(name)
        }
    }

    private mutating func start(_ name: String, _ attributes: [String: String], line: Int) {
        if path.isEmpty { sawArticleSet = name == "PubmedArticleSet" }
        // Inline markup inside a title or an abstract paragraph (<i>, <sup>) keeps collecting its text.
        if !isCollecting { text = "" }
        path.append(name)
        open[name, default: 0] += 1
        self.attributes.append(attributes)
        if name == "PubmedArticle" {
            article = PublicationRecord(title: "", location: SourceLocation(file: file, line: line, column: 1))
            titleSeen = false
            (year, month, day, medlineDate) = (nil, nil, nil, nil)
        }
        if name == "Author" { (foreName, lastName, collectiveName) = (nil, nil, nil) }
        if name == "MeshHeading" { heading = nil }
    }

    /// Whether the text read now belongs to a title, an abstract paragraph or a keyword still open.
    private var isCollecting: Bool { isOpen("ArticleTitle") || isOpen("AbstractText") || isOpen("Keyword") }

    private func isOpen(_ name: String) -> Bool { open[name, default: 0] > 0 }

    private mutating func end(_ name: String) throws {
        let value = RecordReader.folded(text)
        let attributes = self.attributes.last ?? [:]
        path.removeLast()
        self.attributes.removeLast()
        open[name, default: 1] -= 1
        defer { if !isCollecting { text = "" } }
        guard article != nil else { return }
        switch name {
        case "ArticleTitle":
            article?.title = RecordReader.title(value)
            titleSeen = true
        case "ISOAbbreviation" where isOpen("Journal"): article?.journal = value.nonEmpty
        case "Title" where isOpen("Journal") && article?.journal == nil: article?.journal = value.nonEmpty
        case "Volume" where isOpen("JournalIssue"): article?.volume = value.nonEmpty
        case "Issue" where isOpen("JournalIssue"): article?.issue = value.nonEmpty
        case "Year" where isOpen("PubDate"): year = value.nonEmpty
        case "Month" where isOpen("PubDate"): month = value.nonEmpty
        case "Day" where isOpen("PubDate"): day = value.nonEmpty
        case "MedlineDate" where isOpen("PubDate"): medlineDate = value.nonEmpty
        case "MedlinePgn": article?.pages = value.nonEmpty
        case "PMID" where path.last == "MedlineCitation": article?.pmid = value.nonEmpty
        case "ELocationID" where attributes["EIdType"] == "doi" && article?.doi == nil: article?.doi = value.nonEmpty
        case "ArticleId" where attributes["IdType"] == "doi" && article?.doi == nil: article?.doi = value.nonEmpty
        case "PublicationType": if let type = value.nonEmpty { article?.types.append(type) }
        case "AbstractText":
            if !value.isEmpty { article?.abstract.append(.init(label: attributes["Label"].map(RecordReader.folded), text: value)) }
        case "LastName": lastName = value.nonEmpty
        case "ForeName": foreName = value.nonEmpty
        case "CollectiveName": collectiveName = value.nonEmpty
        case "Author":
            if let lastName {
                article?.authors.append(.init(name: foreName.map { $0 + " " + lastName } ?? lastName, familyName: lastName))
            } else if let collectiveName {
                article?.authors.append(.init(name: collectiveName, familyName: collectiveName))
            }
        case "DescriptorName" where isOpen("MeshHeading") && heading == nil && !value.isEmpty:
            let identifier = attributes["UI"].map(RecordReader.folded).flatMap { $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } ? $0.nonEmpty : nil }
            heading = MeshHeading(descriptor: value, identifier: identifier, major: attributes["MajorTopicYN"] == "Y")
        case "QualifierName" where isOpen("MeshHeading") && !value.isEmpty:
            heading?.qualifiers.append(.init(name: value, major: attributes["MajorTopicYN"] == "Y"))
        case "MeshHeading":
            if let heading { article?.meshHeadings.append(heading) }
        case "Keyword" where isOpen("KeywordList") && value.namesSomething:
            article?.keywords.append(value)
        case "PubmedArticle":
            try finish()
        default: break
        }
    }

    private mutating func finish() throws {
        guard var record = article else { return }
        article = nil
        guard titleSeen, !record.title.isEmpty else {
            throw RecordReader.error(file, record.location.line, "the PubmedArticle beginning here has no title: expected an 'ArticleTitle' element")
        }
        // A numeric month is printed by name, as PubMed prints dates.
        let monthName = month.flatMap(Int.init).flatMap { (1...12).contains($0) ? Self.months[$0 - 1] : nil } ?? month
        (record.meshHeadings, record.keywords) = (record.meshHeadings.uniqued(), record.keywords.uniqued())
        record.dateText = medlineDate ?? year.map { year in [year, monthName, day].compactMap { $0 }.joined(separator: " ") }
        records.append(record)
    }
}
