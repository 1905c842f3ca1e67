import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KnowledgeGraph

/// Reads a PubMed XML file (`PubmedArticleSet`): each `PubmedArticle` becomes a record.
enum PubMedXMLReader {
    /// The text without a byte-order mark, and with an XML declaration that blank lines precede
    /// (as a download may leave) blanked out: libxml2 refuses a declaration anywhere but first.
    /// Its length is kept, so errors keep their line numbers; the text is UTF-8 whatever it declared.
    static func withoutLateDeclaration(_ text: String) -> String {
        let unmarked = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let start = unmarked.drop { $0.isWhitespace }
        guard start.startIndex != unmarked.startIndex, start.hasPrefix("<?xml"), let end = start.range(of: "?>") else { return unmarked }
        return String(unmarked[..<start.startIndex]) + String(repeating: " ", count: start.distance(from: start.startIndex, to: end.upperBound)) + start[end.upperBound...]
    }

    static func read(_ text: String, file: String) throws -> [PublicationRecord] {
        let parser = XMLParser(data: Data(withoutLateDeclaration(text).utf8))
        let handler = PubMedXMLHandler(file: file)
        parser.delegate = handler
        parser.shouldResolveExternalEntities = false
        if !parser.parse() {
            if let problem = handler.problem { throw problem }
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unreadable XML"
            throw RecordReader.error(file, max(1, parser.lineNumber), "expected well-formed PubMed XML (\(reason))")
        }
        if let problem = handler.problem { throw problem }
        if let open = handler.openElement {
            throw RecordReader.error(file, RecordReader.lines(text).count, "expected '</\(open)>' before the end of the file: the XML is truncated")
        }
        guard handler.sawArticleSet else {
            throw RecordReader.error(file, 1, "expected a PubMed XML file whose root element is 'PubmedArticleSet'")
        }
        return handler.records
    }
}
