import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KnowledgeGraph

/// Collects the elements of each `PubmedArticle` that a `PublicationRecord` holds, as `XMLParser` reports them.
final class PubMedXMLHandler: NSObject, XMLParserDelegate {
    private let file: String
    private(set) var records: [PublicationRecord] = []
    private(set) var problem: KnowledgeError?
    private(set) var sawArticleSet = false

    private var path: [String] = []
    /// The innermost element not yet closed, when the parser stopped.
    var openElement: String? { path.last }
    private var attributes: [[String: String]] = []
    private var text = ""
    private var article: PublicationRecord?
    private var titleSeen = false
    private var year: String?, month: String?, day: String?, medlineDate: String?
    private var foreName: String?, lastName: String?, collectiveName: String?

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    init(file: String) {
        self.file = file
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if path.isEmpty { sawArticleSet = name == "PubmedArticleSet" }
        path.append(name)
        self.attributes.append(attributes)
        if name == "PubmedArticle" {
            article = PublicationRecord(title: "", location: SourceLocation(file: file, line: parser.lineNumber, column: 1))
            titleSeen = false
            (year, month, day, medlineDate) = (nil, nil, nil, nil)
        }
        if name == "Author" { (foreName, lastName, collectiveName) = (nil, nil, nil) }
        // Inline markup inside a title or an abstract paragraph (<i>, <sup>) keeps collecting its text.
        if !["ArticleTitle", "AbstractText"].contains(where: path.dropLast().contains) { text = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let value = RecordReader.folded(text)
        let attributes = self.attributes.last ?? [:]
        let inside = Set(path)
        path.removeLast()
        self.attributes.removeLast()
        guard article != nil else { return }
        switch name {
        case "ArticleTitle":
            article?.title = RecordReader.title(value)
            titleSeen = true
        case "ISOAbbreviation" where inside.contains("Journal"): article?.journal = value.nonEmpty
        case "Title" where inside.contains("Journal") && article?.journal == nil: article?.journal = value.nonEmpty
        case "Volume" where inside.contains("JournalIssue"): article?.volume = value.nonEmpty
        case "Issue" where inside.contains("JournalIssue"): article?.issue = value.nonEmpty
        case "Year" where inside.contains("PubDate"): year = value.nonEmpty
        case "Month" where inside.contains("PubDate"): month = value.nonEmpty
        case "Day" where inside.contains("PubDate"): day = value.nonEmpty
        case "MedlineDate" where inside.contains("PubDate"): medlineDate = value.nonEmpty
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
        case "PubmedArticle":
            finish(parser)
        default: break
        }
        if !["ArticleTitle", "AbstractText"].contains(where: path.contains) { text = "" }
    }

    private func finish(_ parser: XMLParser) {
        guard var record = article else { return }
        article = nil
        guard titleSeen, !record.title.isEmpty else {
            problem = RecordReader.error(file, record.location.line, "the PubmedArticle beginning here has no title: expected an 'ArticleTitle' element")
            parser.abortParsing()
            return
        }
        // A numeric month is printed by name, as PubMed prints dates.
        let monthName = month.flatMap(Int.init).flatMap { (1...12).contains($0) ? Self.months[$0 - 1] : nil } ?? month
        record.dateText = medlineDate ?? year.map { year in [year, monthName, day].compactMap { $0 }.joined(separator: " ") }
        records.append(record)
    }
}
