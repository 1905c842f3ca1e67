import Foundation

/// The checks of the schema's mapping keys, which say how kx's words are written in other
/// vocabularies: a kind's and a relation's `biolink`, an xref system's `iri` and `curie`.
enum SchemaMapping {
    /// Why a value is refused, and the value probably meant.
    struct Problem: Error {
        var message: String
        var suggestion: String?
    }

    static let biolinkPrefix = "biolink:"

    /// A Biolink class CURIE: `biolink:` and a class name in CamelCase (`biolink:ClinicalTrial`).
    static func checkClass(_ text: String) -> Problem? {
        let name = text.hasPrefix(biolinkPrefix) ? String(text.dropFirst(biolinkPrefix.count)) : nil
        if let name, let first = name.unicodeScalars.first, ("A"..."Z").contains(first), name.unicodeScalars.allSatisfy(isASCIIAlphanumeric) {
            return nil
        }
        let words = Self.words(local(text))
        let suggestion = words.isEmpty ? nil : biolinkPrefix + words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return Problem(message: "'\(text)' is not a Biolink class: expected 'biolink:' and a class name in CamelCase, such as biolink:Drug",
                       suggestion: suggestion)
    }

    /// A Biolink predicate CURIE: `biolink:` and a predicate name in snake case (`biolink:has_author`).
    static func checkPredicate(_ text: String) -> Problem? {
        let name = text.hasPrefix(biolinkPrefix) ? String(text.dropFirst(biolinkPrefix.count)) : nil
        if let name, let first = name.unicodeScalars.first, ("a"..."z").contains(first),
           name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }) {
            return nil
        }
        let words = Self.words(local(text))
        let suggestion = words.isEmpty ? nil : biolinkPrefix + words.map { $0.lowercased() }.joined(separator: "_")
        return Problem(message: "'\(text)' is not a Biolink predicate: expected 'biolink:' and a predicate name in snake case, such as biolink:related_to",
                       suggestion: suggestion)
    }

    /// An IRI template: an absolute IRI holding `{value}` once, where the identifier goes.
    static func checkTemplate(_ text: String) -> Problem? {
        let pieces = text.components(separatedBy: XrefSystem.placeholder)
        guard pieces.count == 2 else {
            let problem = pieces.count < 2 ? "has no \(XrefSystem.placeholder)" : "holds \(XrefSystem.placeholder) more than once"
            return Problem(message: "the IRI template '\(text)' \(problem): write \(XrefSystem.placeholder) where the identifier goes, as in https://doi.org/\(XrefSystem.placeholder)",
                           suggestion: pieces.count < 2 && IRISyntax.hasScheme(text) ? text + XrefSystem.placeholder : nil)
        }
        let joined = pieces.joined()
        if let bad = IRISyntax.firstDisallowed(in: joined) {
            return Problem(message: "the IRI template '\(text)' holds \(describe(bad)), which an IRI may not hold")
        }
        guard IRISyntax.hasScheme(pieces[0]) else {
            return Problem(message: "the IRI template '\(text)' is not an absolute IRI: it must start with a scheme such as https:",
                           suggestion: pieces[0].hasPrefix("//") ? "https:" + text : nil)
        }
        return nil
    }

    /// A CURIE prefix: a letter or `_`, then letters, digits, `_`, `-` and `.`, not ending in `.`.
    static func checkPrefix(_ text: String) -> Problem? {
        let scalars = text.unicodeScalars
        if let first = scalars.first, first.isASCIILetter || first == "_", scalars.last != ".",
           scalars.allSatisfy({ isASCIIAlphanumeric($0) || "_-.".unicodeScalars.contains($0) }) {
            return nil
        }
        let trimmed = text.hasSuffix(":") ? String(text.dropLast()) : nil
        return Problem(message: "'\(text)' is not a CURIE prefix: expected a letter, then letters, digits, '_', '-' or '.' (without the ':'), such as doi or PMID",
                       suggestion: trimmed.flatMap { checkPrefix($0) == nil ? $0 : nil })
    }

    /// The name after any prefix, as the user probably meant it.
    private static func local(_ text: String) -> String {
        text.firstIndex(of: ":").map { String(text[text.index(after: $0)...]) } ?? text
    }

    /// The words of a name written with spaces, `_`, `-` or in CamelCase: `clinical trial`, `ClinicalTrial` → clinical, trial.
    private static func words(_ text: String) -> [String] {
        var words: [String] = [], current = ""
        for scalar in text.unicodeScalars {
            if !isASCIIAlphanumeric(scalar) {
                if !current.isEmpty { words.append(current) }
                current = ""
                continue
            }
            if ("A"..."Z").contains(scalar), let last = current.unicodeScalars.last, ("a"..."z").contains(last) {
                words.append(current)
                current = ""
            }
            current.unicodeScalars.append(scalar)
        }
        if !current.isEmpty { words.append(current) }
        return words.map { $0.lowercased() }
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCIILetter || ("0"..."9").contains(scalar)
    }

    private static func describe(_ scalar: Unicode.Scalar) -> String {
        scalar == " " ? "a space" : scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value > 0x7F
            ? "the character U+\(String(scalar.value, radix: 16, uppercase: true))" : "'\(scalar)'"
    }
}
