/// How an exercise's kind of answer is explained to the student.
extension LessonAnswer {
    /// What to do to answer, shown under the question.
    var instruction: String {
        switch self {
        case .query: return "Type a query to answer: it is checked by what it finds."
        case .choice: return "Answer with .answer and a letter."
        case .number: return "Answer with .answer and a number."
        case .text: return "Answer with .answer and a word or a few."
        case .evidence: return "Answer with .answer and the sentence's number, or a quote from it."
        }
    }

    /// What `.answer` takes, for its usage line.
    var usage: String {
        switch self {
        case .query: return "QUERY"
        case .choice: return "LETTER"
        case .number: return "NUMBER"
        case .text: return "TEXT"
        case .evidence: return "SENTENCE|QUOTE"
        }
    }

    /// The right answer in words, as `.reveal` shows it before the query behind it; empty for a
    /// query, which is shown as it runs.
    var revealed: String {
        switch self {
        case .query: return ""
        case .choice(let choices, let correct): return choices.indices.contains(correct) ? "\(LessonLoader.letter(correct))) \(choices[correct])" : ""
        case .number(let value, _): return ExerciseReply.written(value)
        case .text(let accepted): return accepted.first ?? ""
        case .evidence(_, let support): return support.map(\.citation).joined(separator: ", ")
        }
    }

    /// What kind of answer the exercise expects, for a handout on paper.
    var expected: String {
        switch self {
        case .query(_, let requires):
            let parts = requires.map { "'\($0.rawValue)'" }
            return parts.isEmpty ? "Answer with a query." : "Answer with a query that uses \(Self.listed(parts))."
        case .choice: return "Answer with the letter of one choice."
        case .number: return "Answer with a number."
        case .text: return "Answer with a word or a few."
        case .evidence: return "Answer with the sentence of the source that supports it: its number, or a quote from it."
        }
    }

    /// `a`, `a and b`, `a, b and c`.
    static func listed(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }
}
