import KnowledgeGraph

/// A lesson: a titled sequence of steps over the knowledge, read from `lessons/NAME.yaml` (or
/// `lessons/COURSE/NAME.yaml` in a course).
public struct Lesson: Sendable {
    /// The file's name without `.yaml`, as typed after `.lesson`; `COURSE/NAME` in a course.
    public var name: String
    /// The file's path as shown in messages, such as `Knowledge/lessons/beyond-progression.yaml`.
    public var file: String
    /// The lesson's title, shown when it starts and by `.lessons`.
    public var title: String
    /// Who the lesson is for, such as "medical students and residents".
    public var audience: String
    /// How long it takes, in the author's words, such as "30 minutes".
    public var duration: String
    /// The steps, in order; at least one.
    public var steps: [LessonStep]
    /// The course (the folder under `lessons/`) the lesson is in, or nil.
    public var course: String? = nil
    /// The knowledge folder on disk the lesson was read from; nil when embedded. Progress is kept per folder.
    public var knowledgeFolder: String? = nil

    /// The name without its course: `NAME`.
    public var shortName: String {
        name.split(separator: "/").last.map(String.init) ?? name
    }

    /// How many steps have an exercise.
    public var exerciseCount: Int {
        steps.filter { $0.exercise != nil }.count
    }

    /// `For AUDIENCE · DURATION · N steps, M exercises`: what a lesson says of itself as it starts,
    /// and under a handout's title.
    public var facts: String {
        let exercises = exerciseCount
        return "For \(audience) · \(duration) · \(steps.count) \(steps.count == 1 ? "step" : "steps"), "
            + "\(exercises) \(exercises == 1 ? "exercise" : "exercises")"
    }
}

/// One step of a lesson: narrative, then demonstrations (shown, then run), then an optional exercise.
public struct LessonStep: Sendable {
    /// A short title, shown above the step and by `.where`.
    public var title: String
    /// Paragraphs separated by blank lines; lines starting with `- ` are list items.
    public var narrative: String
    /// Queries shown, then run, after the narrative; a handout draws those that ask for a picture.
    public var demonstrations: [LessonQuery]
    /// The step's exercise, if it has one.
    public var exercise: LessonExercise?
}

/// A question the student answers, checked by `answer`.
public struct LessonExercise: Sendable {
    /// What the student is asked.
    public var question: String
    /// What the exercise accepts, and how an answer is checked.
    public var answer: LessonAnswer
    /// Shown one at a time by `.hint`; at most `LessonLoader.maximumHints`.
    public var hints: [String]
    /// Shown once the exercise is solved, revealed or skipped.
    public var explanation: String

    /// The query `.reveal` and `.skip` show and run: the accepted query, the query a number is
    /// counted by, or `why FACT` for an evidence question; nil when there is none.
    public var demonstration: LessonQuery? {
        switch answer {
        case .query(let query, _): return query
        case .number(_, let countedBy): return countedBy
        case .evidence(let fact, _): return fact
        case .choice, .text: return nil
        }
    }
}

/// What an exercise accepts. A query is typed at the prompt; every other answer is typed after `.answer`.
public enum LessonAnswer: Sendable {
    /// A query, checked by what it finds on the graph and on a perturbed copy of it, and by the
    /// parts of the language it must use (`requires`).
    case query(LessonQuery, requires: [LanguagePart])
    /// One of `choices`, lettered A, B, C… in order; `correct` is the index of the right one.
    case choice(choices: [String], correct: Int)
    /// A number; `countedBy`, when given, is a `count` query whose result the loader checks it against.
    case number(Double, countedBy: LessonQuery?)
    /// A short text, matched against `accepted` ignoring case, spacing and punctuation.
    case text(accepted: [String])
    /// The sentence that supports a fact: `fact` is the `why` statement that shows its quotes, and
    /// `support` the sentences those quotes are in. Answered by a sentence's number or by quoting it.
    case evidence(LessonQuery, support: [EvidenceSentence])
}

/// A sentence (or other cited segment) of a source that a fact's quote is in.
public struct EvidenceSentence: Hashable, Sendable {
    /// The document's id, such as `pusztai-2006`.
    public var document: String
    /// How it is cited: `sentence 7`, `Title`.
    public var citation: String
    /// The sentence's text, as the source has it; empty when the source text is not at hand.
    public var text: String
}

/// A part of the query language an exercise may require an answer to use (`requires: [where, and]`).
public enum LanguagePart: String, CaseIterable, Sendable {
    case kind, `where`, and, or, not, has, contains = "~", forward = "->", backward = "<-", count, select
    case order = "order by", limit, path, neighbors, why, show, statements

    /// What the student is told to do when an answer does not use this part.
    public var advice: String {
        switch self {
        case .kind: return "list a kind by its plural name, such as trials"
        case .where: return "filter with where"
        case .and: return "combine conditions with and"
        case .or: return "combine conditions with or"
        case .not: return "leave rows out with not"
        case .has: return "keep entries that have a field, with has"
        case .contains: return "match part of a text with ~"
        case .forward: return "follow a relation forwards with ->"
        case .backward: return "follow a relation backwards with <-"
        case .count: return "count with count"
        case .select: return "choose the columns with select"
        case .order: return "sort with order by"
        case .limit: return "keep the first rows with limit"
        case .path: return "find the connection with path"
        case .neighbors: return "look around an entity with neighbors"
        case .why: return "show the quotes with why"
        case .show: return "show one entity with show"
        case .statements: return "list statements with statements"
        }
    }
}

/// A query written in a lesson file, with where it is written (for error messages).
public struct LessonQuery: Sendable {
    /// The query, as written.
    public var text: String
    /// Where the query's first character is in the lesson file.
    public var location: SourceLocation
    /// Whether a handout draws the result as a picture (`{query: QUERY, picture: true}`), which the
    /// loader allows only for a result that is a graph; at the prompt the result is shown as usual.
    public var picture = false
}
