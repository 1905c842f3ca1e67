/// An author line as a page or an export prints it: `Lajos Pusztai 1 , Hans Müller 2` on a page,
/// `Pusztai L(1), Müller H(2)(3).` in an export, names separated by commas or semicolons (before a
/// group author), each followed by its affiliation marks.
enum AuthorLine {
    /// The names of `line`, without affiliation marks; empty when it names none.
    static func authors(_ line: String) -> [PublicationRecord.Author] {
        names(line).filter { !generationalSuffixes.contains($0) }.map { name in
            var words = name.split(separator: " ")
            if words.count > 1, let last = words.last, generationalSuffixes.contains(String(last)) { words.removeLast() }
            // `Pusztai L`: the family name comes first and the initials last.
            if words.count > 1, let initials = words.last, isInitials(initials) {
                return .init(name: name, familyName: words.dropLast().joined(separator: " "))
            }
            // `Ingrid van der Berg`: the family name starts at its first particle.
            if let particle = words.dropFirst().firstIndex(where: { familyNameParticles.contains(String($0)) }) {
                return .init(name: name, familyName: words[particle...].joined(separator: " "))
            }
            return .init(name: name, familyName: words.last.map(String.init) ?? name)
        }
    }

    /// Whether `line` is laid out as a list of names: each of at most `wordsPerName` words and
    /// `charactersPerName` characters, with no sentence or colon inside, so a title, an abstract or a
    /// `Keywords:` line is not read as authors.
    static func isAuthorList(_ line: String) -> Bool {
        let names = names(line)
        guard !names.isEmpty, !line.hasSuffix(":") else { return false }
        return names.allSatisfy { name in
            name.count <= charactersPerName && name.split(separator: " ").count <= wordsPerName && !name.contains(". ") && !name.contains("?")
                && !name.contains(":")
        }
    }

    /// Whether every name of `line` ends in initials, as an export prints them (`Pusztai L(1), Müller HJ`).
    static func isInitialedList(_ line: String) -> Bool {
        let names = names(line)
        return !names.isEmpty && isAuthorList(line) && names.allSatisfy { name in
            let words = name.split(separator: " ").filter { !generationalSuffixes.contains(String($0)) }
            return words.count > 1 && words.last.map(isInitials) == true
        }
    }

    /// The names of a line with affiliation marks (`(1)`, `(1,2)`, ` 1 2`, `*`) and the final full stop taken off.
    private static func names(_ line: String) -> [String] {
        let cleaned = line.replacingOccurrences(of: #"\(\d+(,\s*\d+)*\)"#, with: " ", options: .regularExpression)
        return cleaned.replacingOccurrences(of: " and ", with: ", ").split { $0 == "," || $0 == ";" }.map { name -> String in
            let marks: Set<Character> = [" ", ".", "*"]
            let kept = name.reversed().drop { $0.isNumber || marks.contains($0) }
            return RecordReader.folded(String(kept.reversed()))
        }.filter { !$0.isEmpty }
    }

    /// `L`, `HJ`, `JMR`: one to four capital letters.
    private static func isInitials(_ word: Substring) -> Bool {
        (1...4).contains(word.count) && word.allSatisfy(\.isUppercase)
    }

    private static let wordsPerName = 10, charactersPerName = 100

    /// Lower-case words that start a family name: `van der Berg`, `de la Cruz`, `ibn Sina`.
    private static let familyNameParticles: Set<String> = ["van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das",
                                                           "le", "la", "ten", "ter", "bin", "ibn", "al"]

    /// Words after a name that tell a generation rather than a family.
    private static let generationalSuffixes: Set<String> = ["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"]
}
