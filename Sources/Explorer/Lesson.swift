import KnowledgeGraph

/// A lesson: a titled sequence of steps over the knowledge, read from `lessons/NAME.yaml`.
public struct Lesson: Sendable {
    /// The file's name without `.yaml`, as typed after `.lesson`.
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

    /// How many steps have an exercise.
    public var exerciseCount: Int {
        steps.filter { $0.exercise != nil }.count
    }
}

/// One step of a lesson: narrative, then demonstrations (shown, then run), then an optional exercise.
public struct LessonStep: Sendable {
    /// A short title, shown above the step and by `.where`.
    public var title: String
    /// Paragraphs separated by blank lines; lines starting with `- ` are list items.
    public var narrative: String
    /// Queries shown, then run, after the narrative.
    public var demonstrations: [LessonQuery]
    /// The step's exercise, if it has one.
    public var exercise: LessonExercise?
}

/// A question the student answers with a query, checked by comparing results with `answer`'s.
public struct LessonExercise: Sendable {
    /// What the student is asked.
    public var question: String
    /// The accepted answer: a query that lists entities or counts them.
    public var answer: LessonQuery
    /// Shown one at a time by `.hint`; at most `LessonLoader.maximumHints`.
    public var hints: [String]
    /// Shown once the exercise is solved or revealed.
    public var explanation: String
}

/// A query written in a lesson file, with where it is written (for error messages).
public struct LessonQuery: Sendable {
    /// The query, as written.
    public var text: String
    /// Where the query's first character is in the lesson file.
    public var location: SourceLocation
}
