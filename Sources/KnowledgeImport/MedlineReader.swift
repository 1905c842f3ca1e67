import KnowledgeGraph

/// Reads MEDLINE (`.nbib`) records: `TAG - value` lines, continued on lines indented by six spaces;
/// records are separated by blank lines and each begins with `PMID-`. MeSH headings are the `MH`
/// lines (`Antineoplastic Agents/*therapeutic use`, without descriptor identifiers), keywords the `OT` lines.
enum MedlineReader {
    static func read(_ text: String, file: String) throws -> [PublicationRecord] {
        var records: [PublicationRecord] = []
        var fields: [(tag: String, value: String)] = []
        var start = 0
        for (index, line) in RecordReader.lines(text).enumerated() {
            if line.allSatisfy(\.isWhitespace) {
                if !fields.isEmpty { records.append(try record(fields, file: file, line: start)) }
                fields = []
            } else if line.hasPrefix("      "), !fields.isEmpty {
                fields[fields.count - 1].value += " " + line.drop { $0 == " " }
            } else if line.count >= 5, line.dropFirst(4).hasPrefix("-") {
                if fields.isEmpty { start = index + 1 }
                fields.append((String(line.prefix(4)).trimmingSuffixSpaces, String(line.dropFirst(5).drop { $0 == " " })))
            } else {
                throw RecordReader.error(file, index + 1, "expected a MEDLINE field such as 'TI  - title' or a continuation line indented by six spaces")
            }
        }
        if !fields.isEmpty { records.append(try record(fields, file: file, line: start)) }
        return records
    }

    /// A structured abstract's sections, split before each upper-case label (`RESULTS: `); an
    /// abstract without labels is one paragraph.
    static func paragraphs(_ abstract: String) -> [PublicationRecord.Paragraph] {
        var paragraphs: [PublicationRecord.Paragraph] = []
        var rest = Substring(abstract)
        while let label = rest.range(of: #"(^|(?<=[.?!] ))[A-Z][A-Z ,/&-]{2,40}: "#, options: .regularExpression) {
            let before = RecordReader.folded(rest[..<label.lowerBound])
            if !before.isEmpty {
                if paragraphs.isEmpty { paragraphs.append(.init(text: before)) } else { paragraphs[paragraphs.count - 1].text = before }
            }
            paragraphs.append(.init(label: RecordReader.folded(rest[label].dropLast(2)), text: ""))
            rest = rest[label.upperBound...]
        }
        let last = RecordReader.folded(rest)
        if paragraphs.last?.text.isEmpty == true { paragraphs[paragraphs.count - 1].text = last } else if !last.isEmpty { paragraphs.append(.init(text: last)) }
        return paragraphs.filter { !$0.text.isEmpty }
    }

    private static func record(_ fields: [(tag: String, value: String)], file: String, line: Int) throws -> PublicationRecord {
        func first(_ tag: String) -> String? { fields.first { $0.tag == tag }.map { RecordReader.folded($0.value) }.flatMap { $0.isEmpty ? nil : $0 } }
        guard fields.first?.tag == "PMID" else {
            throw RecordReader.error(file, line, "expected a MEDLINE record to begin with 'PMID- ', found '\(fields[0].tag)'")
        }
        guard let title = first("TI") else {
            throw RecordReader.error(file, line, "the MEDLINE record beginning here has no title: expected a 'TI  - ' field")
        }
        var record = PublicationRecord(title: RecordReader.title(title), location: SourceLocation(file: file, line: line, column: 1))
        record.pmid = first("PMID")
        record.journal = first("TA") ?? first("JT")
        record.dateText = first("DP")
        record.volume = first("VI")
        record.issue = first("IP")
        record.pages = first("PG")
        record.doi = fields.lazy.filter { ["LID", "AID"].contains($0.tag) && $0.value.hasSuffix("[doi]") }
            .map { RecordReader.folded($0.value.dropLast(5)) }.first
        record.types = fields.filter { $0.tag == "PT" }.map { RecordReader.folded($0.value) }
        record.abstract = fields.filter { $0.tag == "AB" }.flatMap { paragraphs(RecordReader.folded($0.value)) }
        record.meshHeadings = fields.filter { $0.tag == "MH" }.compactMap { MeshHeading.medline($0.value) }.uniqued()
        record.keywords = fields.filter { $0.tag == "OT" }.map { RecordReader.folded($0.value) }.filter(\.namesSomething).uniqued()
        let full = fields.filter { $0.tag == "FAU" }.map(\.value)
        if !full.isEmpty {
            record.authors = full.map { name in
                let parts = name.split(separator: ",", maxSplits: 1).map { RecordReader.folded($0) }
                return parts.count == 2 ? .init(name: parts[1] + " " + parts[0], familyName: parts[0]) : .init(name: RecordReader.folded(name), familyName: RecordReader.folded(name))
            }
        } else {
            record.authors = fields.filter { $0.tag == "AU" }.map { short in
                let name = RecordReader.folded(short.value)
                return .init(name: name, familyName: name.split(separator: " ").dropLast().joined(separator: " ").nonEmpty ?? name)
            }
        }
        return record
    }
}
