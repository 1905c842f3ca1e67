/// A journal citation line as PubMed prints it: `Cancer Invest. 2006 Mar;24(2):187-91. doi: 10.1080/x. Epub 2006 Jan 5.`,
/// numbered in an export (`1. Cancer Invest. …`), or with the journal lost (`. 2006 Mar;24(2):187-91.`).
///
/// Read by hand in one pass: the date is the first four-digit year that follows nothing or a full stop
/// and runs to `;`, `:` or `.`; the volume, issue and pages after it are each bounded in length, so a
/// line of n characters costs O(n) however it is made. A line that gives neither a journal nor a
/// volume, issue or pages (`2019.`) is no citation line.
struct CitationLine: Equatable {
    /// The number an export gives the record (`1.`).
    var number: Int?
    /// The journal before the date, without the full stop that separates them; nil when the line begins with the date.
    var journal: String?
    var dateText: String
    var volume: String?
    var issue: String?
    var pages: String?
    var doi: String?

    private static let dateLength = 40, volumeLength = 24, issueLength = 40, pagesLength = 60, journalLength = 240

    /// The citation `line` gives, or nil when it is no citation line.
    init?(_ line: String) {
        var text = Substring(RecordReader.folded(line))
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 6, text.dropFirst(digits.count).hasPrefix(". ") {
            number = Int(digits)
            text = text.dropFirst(digits.count + 2)
        }
        let characters = Array(text)
        for start in characters.indices where Self.isYear(characters, at: start) {
            // The journal ends in a full stop before the date, or the line begins with the date.
            let end = start > 0 && characters[start - 1] == " " ? start - 1 : start
            guard end == 0 || characters[end - 1] == ".", end <= Self.journalLength, let parsed = Self.numbers(characters, from: start) else { continue }
            let journal = end == 0 ? "" : RecordReader.folded(String(characters[..<(end - 1)]))
            guard !journal.isEmpty || parsed.volume != nil || parsed.issue != nil || parsed.pages != nil else { continue }
            self.journal = journal.isEmpty ? nil : journal
            (dateText, volume, issue, pages) = (parsed.date, parsed.volume, parsed.issue, parsed.pages)
            doi = Self.doi(String(characters[parsed.end...]))
            return
        }
        return nil
    }

    /// Whether four ASCII digits start at `index`, after the line's start or a space, and no digit follows.
    private static func isYear(_ characters: [Character], at index: Int) -> Bool {
        guard index + 4 <= characters.count, index == 0 || characters[index - 1] == " " else { return false }
        guard characters[index..<index + 4].allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        return index + 4 == characters.count || !characters[index + 4].isNumber
    }

    /// The date from `start` (to `;`, `:` or a full stop) and the volume, issue and pages after it, and
    /// where the rest of the line begins; nil when the text there is not laid out as a citation.
    private static func numbers(_ characters: [Character], from start: Int) -> (date: String, volume: String?, issue: String?, pages: String?, end: Int)? {
        var index = start
        while index < characters.count, index - start <= dateLength, characters[index].isLetter || characters[index].isNumber || characters[index] == " " || characters[index] == "-" {
            index += 1
        }
        guard index - start <= dateLength else { return nil }
        let date = String(characters[start..<index]).trimmingSuffixSpaces
        guard isDate(date) else { return nil }
        if index == characters.count { return (date, nil, nil, nil, index) }
        var volume: String?, issue: String?, pages: String?
        if characters[index] == ";" {
            index += 1
            let volumeStart = index
            while index < characters.count, index - volumeStart <= volumeLength, !"(:;. ".contains(characters[index]) { index += 1 }
            guard index - volumeStart <= volumeLength else { return nil }
            volume = index > volumeStart ? String(characters[volumeStart..<index]) : nil
            if index < characters.count, characters[index] == "(" {
                let issueStart = index + 1
                index += 1
                while index < characters.count, index - issueStart <= issueLength, characters[index] != ")" { index += 1 }
                guard index < characters.count, index - issueStart <= issueLength else { return nil }
                issue = RecordReader.folded(String(characters[issueStart..<index])).nonEmpty
                index += 1
            }
        }
        if index < characters.count, characters[index] == ":" {
            index += 1
            let pagesStart = index
            while index < characters.count, index - pagesStart <= pagesLength, characters[index] != ";", characters[index] != " " { index += 1 }
            guard index - pagesStart <= pagesLength else { return nil }
            var written = String(characters[pagesStart..<index])
            if written.hasSuffix(".") {
                written.removeLast()
                index -= 1
            }
            pages = written.nonEmpty
        }
        guard index == characters.count || characters[index] == "." || characters[index] == ";" else { return nil }
        guard volume != nil || issue != nil || pages != nil || index == characters.count || characters[index] == "." else { return nil }
        return (date, volume, issue, pages, index)
    }

    /// Whether `text` is a date as PubMed prints one: a year, then at most four words that are each
    /// months, seasons, days or years, or ranges of them (`2006 Mar`, `2023 Jul-Sep`, `1998 Dec-1999 Jan`).
    static func isDate(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard let year = words.first, year.count == 4, year.allSatisfy({ $0.isASCII && $0.isNumber }), words.count <= 5 else { return false }
        return words.dropFirst().allSatisfy { word in
            word.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
                if part.allSatisfy({ $0.isASCII && $0.isNumber }) { return part.count == 4 || (1...2).contains(part.count) }
                return dateWords.contains(part.lowercased())
            }
        }
    }

    private static let dateWords: Set<String> = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "january", "february", "march", "april",
        "june", "july", "august", "september", "october", "november", "december", "spring", "summer", "autumn", "fall", "winter",
    ]

    /// The DOI a text gives after `doi:` (any case), without the full stop that ends it; nil when it
    /// gives none that begins `10.`.
    static func doi(_ text: String) -> String? {
        guard let range = text.range(of: "doi:", options: .caseInsensitive) else { return nil }
        let value = text[range.upperBound...].drop { $0 == " " }.prefix { !$0.isWhitespace }
        let doi = value.hasSuffix(".") ? String(value.dropLast()) : String(value)
        return doi.hasPrefix("10.") && doi.count > 3 ? doi : nil
    }
}
