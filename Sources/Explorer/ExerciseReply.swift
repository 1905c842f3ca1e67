import Foundation

/// What a student typed after `.answer`, judged against an exercise that is not answered by a query:
/// a choice's letter, a number, a short text, or the sentence that supports a fact.
struct ExerciseReply {
    /// The reply as typed, without the command.
    var text: String

    /// How a reply went: right, or wrong with what to tell the student.
    enum Verdict: Equatable {
        case right
        case wrong(String)
    }

    /// Judges the reply; `sentences` gives a document's cited segments, to tell a quote from the wrong sentence.
    func verdict(for answer: LessonAnswer, sentences: (String) -> [(citation: String, text: String)]) -> Verdict {
        let reply = text.trimmed()
        switch answer {
        case .query:
            return .wrong("This exercise is answered by a query: type it at the prompt, without .answer.")
        case .choice(let choices, let correct):
            let letters = choices.indices.map(LessonLoader.letter)
            let letter = reply.uppercased().trimmingCharacters(in: CharacterSet(charactersIn: "().) "))
            guard let index = letters.firstIndex(of: letter) else {
                return .wrong("Answer with the letter of a choice: \(letters.joined(separator: ", ")).")
            }
            return index == correct ? .right : .wrong("Not \(letter).")
        case .number(let value, _):
            guard let given = Self.number(reply) else { return .wrong("Answer with a number, such as .answer 3.") }
            if given == value { return .right }
            return .wrong("Not \(Self.written(given)).")
        case .text(let accepted):
            let given = Self.normalized(reply)
            guard !given.isEmpty else { return .wrong("Type your answer after .answer.") }
            return accepted.contains { Self.normalized($0) == given } ? .right : .wrong("Not the answer the exercise expects.")
        case .evidence(_, let support):
            return evidence(reply, support: support, sentences: sentences)
        }
    }

    /// A sentence's number (`7`, `sentence 7`, `s7`) or a quote of at least three words from it.
    private func evidence(_ reply: String, support: [EvidenceSentence], sentences: (String) -> [(citation: String, text: String)]) -> Verdict {
        let cited = Set(support.map { $0.citation.lowercased() })
        let bare = reply.lowercased().replacingOccurrences(of: "sentence", with: "").trimmingCharacters(in: CharacterSet(charactersIn: "s. "))
        if !bare.isEmpty, bare.allSatisfy(\.isNumber) {
            return cited.contains("sentence \(bare)") ? .right : .wrong("Sentence \(bare) does not state this fact.")
        }
        if cited.contains(reply.lowercased()) { return .right }
        let quote = Self.normalized(reply)
        guard quote.split(separator: " ").count >= 3 else {
            return .wrong("Answer with the sentence's number (.answer 7), or quote at least three words of it.")
        }
        if support.contains(where: { Self.contains($0.text, quote) }) { return .right }
        for document in Set(support.map(\.document)).sorted() {
            if let other = sentences(document).first(where: { Self.contains($0.text, quote) }) {
                return .wrong("That is from \(other.citation), which does not state this fact.")
            }
        }
        return .wrong("That text is not in the source as quoted; check the wording, or answer with the sentence's number.")
    }

    /// Whether `text`, normalized, holds the normalized `quote` as whole words.
    private static func contains(_ text: String, _ quote: String) -> Bool {
        " \(normalized(text)) ".contains(" \(quote) ")
    }

    /// Words for small numbers, so that `.answer two` is read as 2.
    private static let numberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]

    /// The number `text` writes (`2`, `2.5`, `1,200`, `two`), or nil.
    static func number(_ text: String) -> Double? {
        let plain = text.trimmed().lowercased().replacingOccurrences(of: ",", with: "")
        if let index = numberWords.firstIndex(of: plain) { return Double(index) }
        guard !plain.isEmpty, plain.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }), let value = Double(plain), value.isFinite else { return nil }
        return value
    }

    /// `2` for 2.0, `0.5` for 0.5.
    static func written(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// Lower case without diacritics, letters and digits only, words separated by one space:
    /// how short texts and quotes are compared.
    static func normalized(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        let words = folded.split { !($0.isLetter || $0.isNumber) }
        return words.joined(separator: " ")
    }
}
