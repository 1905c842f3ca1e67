import Explorer
import Foundation
import KnowledgeGraph
import Rendering

/// A small fictional knowledge root for pictures, with its own schema: a drug, two trials and an
/// effect, with a plain, a hedged and a denied relation, and names full of what DOT, HTML and a
/// terminal must not take raw (quotes, backslashes, a line break, `<>&`, ESC, U+202E).
enum PicturePack {
    /// The hostile name of the drug, as the graph holds it.
    static let drugName = "Zor\"va\\N<b>&amp;</b>\nmab\u{1B}[31m\u{202E}"

    static let schema = """
        kinds:
          - {name: drug, plural: drugs, meaning: A medicine.}
          - {name: trial, plural: trials, meaning: A trial.}
          - {name: effect, plural: effects, meaning: An effect.}
          - {name: note, plural: notes, meaning: "Never used, so never in a legend."}
        relations:
          - {name: tests, inverse: tested_in, domain: [trial], range: [drug], meaning: The trial tests the drug.}
          - {name: effect_of, inverse: has_effect, domain: [effect], range: [drug], meaning: The effect comes from the drug.}
        hedges:
          - {name: asserted, meaning: Stated.}
          - {name: may, meaning: Maybe.}

        """

    static let source = """
        Title: Pictures

        The Kestrel trial tested zorvamab. The Osprey trial did not test it. Zorvamab may shorten fever.

        """

    static let facts = """
        document: {id: pictures-2026, source: source.txt, citation: "Pictures 2026 (made up)"}
        entities:
          - {id: zorvamab, kind: drug, name: \(yaml(drugName)), quote: zorvamab}
          - {id: kestrel, kind: trial, name: "the Kestrel trial", quote: "The Kestrel trial"}
          - {id: osprey, kind: trial, name: "the Osprey trial", quote: "The Osprey trial"}
          - {id: shorter-fever, kind: effect, name: "shorter fever, a name long enough to be wrapped in its box", quote: "shorten fever"}
        relations:
          - {subject: kestrel, type: tests, object: zorvamab, quote: "The Kestrel trial tested zorvamab."}
          - {subject: osprey, type: tests, object: zorvamab, negated: true, quote: "The Osprey trial did not test it."}
          - {subject: shorter-fever, type: effect_of, object: zorvamab, hedge: may, quote: "Zorvamab may shorten fever."}

        """

    static let knowledge = KnowledgeFiles(root: "pictures", files: [
        "schema.yaml": Array(schema.utf8), "pictures-2026/facts.yaml": Array(facts.utf8), "pictures-2026/source.txt": Array(source.utf8),
    ])

    /// A session on the pack writing `format` to a fresh buffer; `settings` may change more.
    static func session(format: OutputFormat = .dot, _ settings: (inout Settings) -> Void = { _ in }) throws -> (Session, BufferSink) {
        var chosen = Settings()
        chosen.format = format
        settings(&chosen)
        let sink = BufferSink()
        return (try Session(knowledge: [knowledge], settings: chosen, sink: sink), sink)
    }

    /// `text` as a YAML double-quoted scalar, every control and format character written as `\uXXXX`.
    private static func yaml(_ text: String) -> String {
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
}
