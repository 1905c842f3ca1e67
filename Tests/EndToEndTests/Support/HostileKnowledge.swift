import Foundation

/// A fictional knowledge root whose every free-text field carries terminal attacks: ESC/CSI (colour,
/// clear screen), OSC (window title), BEL, C1 CSI (U+009B), bidirectional overrides and isolates,
/// DEL, spreadsheet formulas and HTML. Written in a test's temporary folder.
enum HostileKnowledge {
    /// The attack appended to every field.
    static let attack = "\u{1B}[31mRED\u{1B}]0;pwned\u{07}\u{9B}2J\u{202E}evil\u{2066}\u{7F}"
    /// What `attack` looks like once escaped for a terminal.
    static let escapedAttack = "\\u{1B}[31mRED\\u{1B}]0;pwned\\u{07}\\u{9B}2J\\u{202E}evil\\u{2066}\\u{7F}"
    /// The lesson's name (its file name), which TAB completes and the prompt shows.
    static let lessonName = "les\u{1B}[31mson"

    /// Writes the knowledge under `root`: two packs that disagree on a value (so `conflicts` has
    /// rows) and a lesson. Returns `root`.
    @discardableResult
    static func write(in root: URL) throws -> URL {
        let h = attack
        try writePack(root.appendingPathComponent("pack"), source: """
            Title: Examplinib\(h) study

            Methods\(h)

            Examplinib\(h) was given daily\(h) to patients with =cmd\(h) disease.

            """, facts: """
            document: {id: hostile, source: source.txt, citation: \(yaml("Cite" + h))}
            entities:
              - id: examplinib
                kind: drug
                name: \(yaml("Examplinib" + h))
                aliases: [\(yaml("=HYPERLINK" + h)), "<script>alert(1)</script>"]
                quote: \(yaml("Examplinib" + h))
                note: \(yaml("Note" + h))
                attributes:
                  target: {value: \(yaml("=cmd" + h)), quote: \(yaml("=cmd" + h + " disease")), note: \(yaml("AttrNote" + h))}
              - id: daily-dosing
                kind: treatment
                name: \(yaml("daily" + h + " <img src=x onerror=alert(1)>"))
                quote: \(yaml("Methods" + h))
                attributes:
                  setting: {value: \(yaml("# Heading" + h)), quote: \(yaml("daily" + h + " to patients"))}
            relations:
              - {subject: daily-dosing, type: uses, object: examplinib, quote: \(yaml("Examplinib" + h + " was given daily")), note: \(yaml("RelNote" + h))}
            """)
        try writePack(root.appendingPathComponent("pack2"), source: "Examplinib\(h) targets =other\(h) cells.\n", facts: """
            document: {id: hostile-two, source: source.txt, citation: \(yaml("Two" + h))}
            entities:
              - id: examplinib
                kind: drug
                name: \(yaml("Examplinib" + h))
                quote: \(yaml("Examplinib" + h))
                attributes:
                  target: {value: \(yaml("=other" + h)), quote: \(yaml("=other" + h + " cells"))}
            """)
        let lessons = root.appendingPathComponent("lessons")
        try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
        try write("""
            title: \(yaml("Lesson" + h))
            audience: \(yaml("aud" + h))
            duration: \(yaml("5" + h + " minutes"))
            steps:
              - title: \(yaml("Step" + h))
                narrative: \(yaml("Narr" + h + " <script>x</script>\n# not a heading"))
                demonstration: show examplinib
                exercise:
                  question: \(yaml("Which" + h + " drug?"))
                  answer: drugs
                  hints: [\(yaml("Hint" + h))]
                  explanation: \(yaml("Because" + h))
            """, to: lessons.appendingPathComponent(lessonName + ".yaml"))
        return root
    }

    /// A pack that does not load, quoting hostile text in its errors: a bad id, an unknown kind and key.
    static func writeBrokenPack(in folder: URL) throws {
        let h = attack
        try writePack(folder, source: "Examplinib\(h) was given.\n", facts: """
            document: {id: broken, source: source.txt, citation: \(yaml("Cite" + h))}
            entities:
              - id: \(yaml("bad" + h))
                kind: \(yaml("drugg" + h))
                name: \(yaml("Examplinib" + h))
                quote: \(yaml("Examplinib" + h))
              - id: other
                kind: drug
                \(yaml("nam" + h)): x
                quote: \(yaml("not in the source" + h))
            """)
    }

    private static func writePack(_ folder: URL, source: String, facts: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try write(source, to: folder.appendingPathComponent("source.txt"))
        try write(facts + "\n", to: folder.appendingPathComponent("facts.yaml"))
    }

    private static func write(_ text: String, to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8)) else { throw CocoaError(.fileWriteUnknown) }
    }

    /// `text` as a YAML double-quoted scalar, every control and format character written as `\uXXXX`.
    static func yaml(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\": output += "\\" + String(scalar)
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x2028...0x2069).contains(scalar.value):
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    /// The control characters, DEL, C1 controls and bidirectional overrides in `text`, except the
    /// line ends and tabs a terminal is meant to get.
    static func rawControls(in text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            guard scalar != "\r", scalar != "\n", scalar != "\t" else { return false }
            return scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }
}
