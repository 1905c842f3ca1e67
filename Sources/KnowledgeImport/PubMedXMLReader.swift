import KnowledgeGraph

/// Reads a PubMed XML file (`PubmedArticleSet`): each `PubmedArticle` becomes a record.
enum PubMedXMLReader {
    static func read(_ text: String, file: String) throws -> [PublicationRecord] {
        var handler = PubMedXMLHandler(file: file)
        do {
            try XMLScanner.scan(text) { try handler.take($0) }
        } catch let failure as XMLScanner.Failure {
            if let name = failure.unclosed {
                throw RecordReader.error(file, RecordReader.lines(text).count, "expected '</\(name)>' before the end of the file: the XML is truncated")
            }
            let lines = RecordReader.lines(text)
            throw KnowledgeError(Diagnostic(location: SourceLocation(file: file, line: failure.line, column: failure.column),
                                            message: "expected well-formed PubMed XML (\(failure.reason))",
                                            sourceLine: failure.line <= lines.count ? String(lines[failure.line - 1]) : nil))
        }
        guard handler.sawArticleSet else {
            throw RecordReader.error(file, 1, "expected a PubMed XML file whose root element is 'PubmedArticleSet'")
        }
        return handler.records
    }
}
