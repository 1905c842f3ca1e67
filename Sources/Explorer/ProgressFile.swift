import Foundation

/// What a lesson progress file holds: a student's place in one lesson and how each exercise went.
///
/// The file is JSON (so YAML too: it is read with the YAML reader, whose errors give a line and a
/// column), one a lesson, written by `ProgressStore`:
///
///     {
///       "format": "kx lesson progress",
///       "version": 1,
///       "lesson": "fever-course/first-look",
///       "steps": ["Trials", "The registry"],
///       "step": 1,
///       "reached": 1,
///       "finished": false,
///       "exercises": [
///         {"step": 0, "title": "Trials", "outcome": "solved", "hints": 1, "attempts": 2, "changed": "2025-03-01T09:30:00Z"}
///       ]
///     }
///
/// `steps` holds the lesson's step titles when the file was written, so that a lesson changed
/// since is noticed; an exercise is kept while a step of its title is still there.
public struct ProgressFile: Equatable, Sendable {
    /// The value of `format`, which tells a progress file from any other JSON.
    public static let format = "kx lesson progress"
    /// The version of the format written; a file of another version is reported, not read.
    public static let version = 1
    /// The largest progress file read: a lesson of hundreds of steps takes a few tens of kilobytes.
    public static let maximumSize = 1 << 20

    /// How one exercise went.
    public struct Exercise: Equatable, Sendable {
        /// The index of its step when the file was written.
        public var step: Int
        /// That step's title, by which it is found again in a changed lesson.
        public var title: String
        /// `open`, `solved`, `revealed` or `skipped`.
        public var outcome: String
        /// How many hints were shown.
        public var hints: Int
        /// How many answers were checked.
        public var attempts: Int
        /// When it last changed, or nil.
        public var changed: Date?

        public init(step: Int, title: String, outcome: String, hints: Int, attempts: Int, changed: Date?) {
            self.step = step
            self.title = title
            self.outcome = outcome
            self.hints = hints
            self.attempts = attempts
            self.changed = changed
        }
    }

    /// The lesson's name as `.lesson` takes it (`COURSE/LESSON` in a course).
    public var lesson: String
    /// The step titles of the lesson as it was.
    public var steps: [String]
    /// The current step's index.
    public var step: Int
    /// The furthest step shown.
    public var reached: Int
    /// Whether the lesson was taken to its end.
    public var finished: Bool
    /// The exercises tried, revealed or skipped, by step.
    public var exercises: [Exercise]

    public init(lesson: String, steps: [String], step: Int, reached: Int, finished: Bool, exercises: [Exercise]) {
        self.lesson = lesson
        self.steps = steps
        self.step = step
        self.reached = reached
        self.finished = finished
        self.exercises = exercises
    }

    /// The outcomes a file may give.
    static let outcomes = ExerciseRecord.Outcome.allCases.map(\.rawValue)
}
