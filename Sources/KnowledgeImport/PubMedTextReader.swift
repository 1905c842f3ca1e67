import Foundation
import KnowledgeGraph

/// Reads a PubMed abstract page saved as text. Page chrome is skipped: the record is the journal
/// citation line (`Cancer Invest. 2006 Mar;24(2):187-91. doi: …`), the title and author lines after it,
/// the `PMID:` line, the `Abstract` heading and its paragraphs, and the publication types (the line
/// before the citation, and the "Publication types" section).
enum PubMedTextReader {
    /// Lines that end the abstract on a PubMed page.
    private static let sections: Set<String> = [
        "keywords", "similar articles", "cited by", "publication types", "mesh terms", "substances", "comment in",
        "comment on", "references", "related information", "linkout - more resources", "grants and funding",
        "conflict of interest statement", "full text links", "supplementary concepts", "associated data", "figures",
    ]
    /// PubMed's publication types, as the line before the citation line may give one.
    private static let types: Set<String> = [
        "Review", "Systematic Review", "Meta-Analysis", "Randomized Controlled Trial", "Clinical Trial", "Observational Study",
        "Case Reports", "Editorial", "Comment", "Letter", "Guideline", "Practice Guideline", "Journal Article",
    ]
    private static let citation = #"^(?:\d+\.\s+)?(.+?\.?)\s+(\d{4}(?:\s+[A-Za-z]{3,9}(?:-[A-Za-z]{3,9})?(?:\s+\d{1,2})?)?)\s*;\s*([^\s(:;]+)?(?:\(([^)]+)\))?(?::\s*([^\s;]+?))?\.(?:\s+(.*))?$"#

    static func read(_ text: String, file: String) throws -> PublicationRecord {
        // Numbered, trimmed, non-empty lines; a line that begins with '.' continues the line before it
        // (PubMed pages print the journal and ". 2006 Mar;…" on separate lines).
        var lines: [(number: Int, text: String)] = []
        for (index, raw) in RecordReader.lines(text).enumerated() {
            let line = RecordReader.folded(raw)
            if line.isEmpty { continue }
            if line.hasPrefix("."), let last = lines.indices.last { lines[last].text += line } else { lines.append((index + 1, line)) }
        }
        let pattern = try NSRegularExpression(pattern: citation)
        var found: (index: Int, match: NSTextCheckingResult)?
        for (index, line) in lines.enumerated() {
            if let match = pattern.firstMatch(in: line.text, range: NSRange(line.text.startIndex..., in: line.text)) {
                found = (index, match)
                break
            }
        }
        guard let (at, match) = found else {
            throw RecordReader.error(file, lines.first?.number ?? 1,
                                     "expected a PubMed record: a MEDLINE 'PMID- ' line, PubMed XML, or a page with a journal citation line such as 'Cancer Invest. 2006 Mar;24(2):187-91.'")
        }
        let line = lines[at].text
        func group(_ number: Int) -> String? {
            guard let range = Range<String.Index>(match.range(at: number), in: line), !range.isEmpty else { return nil }
            return String(line[range])
        }
        var rest = lines.dropFirst(at + 1).drop { $0.text.lowercased().hasPrefix("doi:") || $0.text.hasPrefix("Epub") }
        guard let title = rest.first else {
            throw RecordReader.error(file, lines[at].number, "expected the title on a line after the citation line")
        }
        var record = PublicationRecord(title: RecordReader.title(title.text), location: SourceLocation(file: file, line: lines[at].number, column: 1))
        record.journal = group(1)
        record.dateText = group(2)
        record.volume = group(3)
        record.issue = group(4)
        record.pages = group(5)
        rest = rest.dropFirst()
        if let names = rest.first, !isLabel(names.text) {
            record.authors = authors(names.text)
        }
        let all = lines.map(\.text)
        record.doi = ([group(6) ?? ""] + all).lazy.compactMap(doi).first
        record.pmid = all.lazy.compactMap(pmid).first
        if at > 0, types.contains(lines[at - 1].text) { record.types.append(lines[at - 1].text) }
        if let section = all.firstIndex(where: { $0.lowercased() == "publication types" }) {
            for type in all[(section + 1)...].prefix(while: { types.contains($0) }) where !record.types.contains(type) { record.types.append(type) }
        }
        if let heading = all.indices.first(where: { $0 > at && all[$0].lowercased() == "abstract" }) {
            var label: String?
            for paragraph in all[(heading + 1)...] {
                if sections.contains(paragraph.lowercased()) || paragraph.lowercased().hasPrefix("keywords:") || paragraph.hasPrefix("PMID:") || paragraph.hasPrefix("Copyright") || paragraph.hasPrefix("©") { break }
                if paragraph.hasSuffix(":"), paragraph.count <= 40, !paragraph.dropLast().contains(":") {
                    label = String(paragraph.dropLast())
                } else {
                    record.abstract.append(.init(label: label, text: paragraph))
                    label = nil
                }
            }
        }
        return record
    }

    /// The number a line gives after `PMID:`.
    private static func pmid(_ line: String) -> String? {
        guard let range = line.range(of: #"PMID:\s*\d+"#, options: .regularExpression) else { return nil }
        return String(line[range].drop { !$0.isNumber })
    }

    /// Whether a line is page chrome or a heading rather than the author line.
    private static func isLabel(_ line: String) -> Bool {
        let lower = line.lowercased()
        return lower == "abstract" || lower.hasPrefix("affiliation") || lower.hasPrefix("pmid:") || lower.hasPrefix("author information")
    }

    /// The DOI a line gives after `doi:` (any case), without the full stop that ends the line.
    private static func doi(_ line: String) -> String? {
        guard let range = line.range(of: "doi:", options: .caseInsensitive) else { return nil }
        let value = line[range.upperBound...].drop { $0 == " " }.prefix { !$0.isWhitespace }
        let doi = value.hasSuffix(".") ? String(value.dropLast()) : String(value)
        return doi.hasPrefix("10.") ? doi : nil
    }

    /// The names of an author line: `Lajos Pusztai 1, Hans Müller` or `Pusztai L(1), Müller H`,
    /// without affiliation marks.
    private static func authors(_ line: String) -> [PublicationRecord.Author] {
        let cleaned = line.replacingOccurrences(of: #"\(\d+(,\s*\d+)*\)"#, with: "", options: .regularExpression)
        let names = cleaned.replacingOccurrences(of: " and ", with: ", ").split(separator: ",").map { name -> String in
            let marks: Set<Character> = [" ", ".", "*"]
            let kept = name.reversed().drop { $0.isNumber || marks.contains($0) }
            return RecordReader.folded(String(kept.reversed()))
        }
        // `John Smith, Jr` splits into a name that is only the suffix: it names no author.
        return names.filter { name in !name.isEmpty && !generationalSuffixes.contains(name) }.map { (name: String) -> PublicationRecord.Author in
            var words = name.split(separator: " ")
            if words.count > 1, let last = words.last, generationalSuffixes.contains(String(last)) { words.removeLast() }
            // `Pusztai L`: the family name comes first and the initials last.
            if words.count > 1, let initials = words.last, initials.count <= 3, initials.allSatisfy(\.isUppercase) {
                return .init(name: name, familyName: words.dropLast().joined(separator: " "))
            }
            // `Ingrid van der Berg`: the family name starts at its first particle.
            if let particle = words.dropFirst().firstIndex(where: { familyNameParticles.contains(String($0)) }) {
                return .init(name: name, familyName: words[particle...].joined(separator: " "))
            }
            return .init(name: name, familyName: words.last.map(String.init) ?? name)
        }
    }

    /// Lower-case words that start a family name: `van der Berg`, `de la Cruz`, `ibn Sina`.
    private static let familyNameParticles: Set<String> = ["van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das",
                                                           "le", "la", "ten", "ter", "bin", "ibn", "al"]

    /// Words after a name that tell a generation rather than a family.
    private static let generationalSuffixes: Set<String> = ["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"]
}
