import KnowledgeGraph

/// Reads the publication records of one file, whichever of the four PubMed formats it is in.
public enum RecordReader {
    /// The records of `text`, read from the file named `file` in messages.
    /// - Throws: `KnowledgeError` naming the file, line and what was expected when the file is no record.
    /// - Throws: also when the file's extension names one format (`.xml`, `.nbib`) and the text is another.
    public static func read(_ text: String, file: String) throws -> [PublicationRecord] {
        let found = format(of: text)
        if let named = format(named: file), named != found {
            throw error(file, 1, "the file is named as \(named.name) but reads as \(found.name); expected \(named.expectation), or a file named for what it holds")
        }
        return try read(text, file: file, as: found)
    }

    /// The format a file's extension names: `.xml` PubMed XML, `.nbib` and `.medline` MEDLINE; nil for
    /// other names (`.txt` may hold a page or the text export).
    static func format(named file: String) -> Format? {
        let name = file.lowercased()
        if name.hasSuffix(".xml") { return .xml }
        if name.hasSuffix(".nbib") || name.hasSuffix(".medline") { return .medline }
        return nil
    }

    /// The four formats: PubMed XML, MEDLINE (`.nbib`), PubMed's Abstract (text) export, and a PubMed
    /// abstract page saved as text.
    public enum Format: CaseIterable, Sendable {
        case xml, medline, abstractText, page

        /// The format's name in messages.
        var name: String {
            switch self {
            case .xml: "PubMed XML"
            case .medline: "MEDLINE"
            case .abstractText: "PubMed's Abstract (text) export"
            case .page: "a saved PubMed page"
            }
        }

        /// What a file of this format holds, for an error's suggestion.
        var expectation: String {
            switch self {
            case .xml: "XML that begins with '<' (PubMed's Save, Format: PubMed XML)"
            case .medline: "MEDLINE lines such as 'PMID- 12345678' (PubMed's Save, Format: PubMed)"
            case .abstractText, .page: "text"
            }
        }
    }

    /// The format `text` is in: XML when it begins with `<`, MEDLINE when a line begins with `PMID-`,
    /// the Abstract (text) export when it begins with a citation line numbered `1.` and a line begins
    /// with `PMID: `, else a page.
    public static func format(of text: String) -> Format {
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if start.hasPrefix("<") { return .xml }
        if lines(text).contains(where: { $0.hasPrefix("PMID-") }) { return .medline }
        if AbstractTextReader.begins(start) { return .abstractText }
        return .page
    }

    /// The records of `text` read as `format`, whatever the text looks like.
    /// An author with no letter or digit in their name (an empty `FAU - `, a stray comma) is left out.
    public static func read(_ text: String, file: String, as format: Format) throws -> [PublicationRecord] {
        let records: [PublicationRecord] = switch format {
        case .xml: try PubMedXMLReader.read(text, file: file)
        case .medline: try MedlineReader.read(text, file: file)
        case .abstractText: try AbstractTextReader.read(text, file: file)
        case .page: [try PubMedTextReader.read(text, file: file)]
        }
        // A title with no letter or digit (a lone '.', left empty once its full stop is dropped) is no title.
        if let untitled = records.first(where: { record in !record.title.contains { $0.isLetter || $0.isNumber } }) {
            throw KnowledgeError(Diagnostic(location: untitled.location, message: "the record beginning here has no title: expected a title with a letter or digit"))
        }
        return records.map { record in
            var named = record
            named.authors.removeAll { author in !author.name.contains { $0.isLetter || $0.isNumber } }
            named.types.removeAll { type in !type.contains { $0.isLetter || $0.isNumber } }
            // A field with no letter or digit (`LID -  [doi]`, a page range '-') states nothing: it is left out.
            for field in [\PublicationRecord.journal, \.dateText, \.volume, \.issue, \.pages, \.doi, \.pmid] {
                if let value = named[keyPath: field], !value.contains(where: { $0.isLetter || $0.isNumber }) { named[keyPath: field] = nil }
            }
            return named
        }
    }

    /// The lines of `text`, ended by LF or CR LF (one `Character`, so splitting at "\n" alone keeps it whole).
    static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }

    /// An error at `line` of `file`.
    static func error(_ file: String, _ line: Int, _ message: String) -> KnowledgeError {
        KnowledgeError(Diagnostic(location: SourceLocation(file: file, line: line, column: 1), message: message))
    }

    /// `text` with runs of white space (and control characters) folded to one space and trimmed.
    static func folded(_ text: some StringProtocol) -> String {
        text.split { $0.isWhitespace || $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control } }.joined(separator: " ")
    }

    /// `title` without the full stop PubMed ends titles with (a question mark or bracket is kept).
    static func title(_ title: String) -> String {
        let title = folded(title)
        return title.hasSuffix(".") ? String(title.dropLast()) : title
    }
}
