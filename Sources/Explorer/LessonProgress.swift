import Foundation
import Rendering

/// Where a student is in a lesson, and how each exercise went; kept by `ProgressStore` between sessions.
struct LessonProgress {
    var lesson: Lesson
    /// The current step's index.
    var step = 0
    /// The furthest step shown, by index.
    var reached = 0
    /// Whether the student went past the last step (`.next` there); a finished lesson taken again keeps its answers.
    var finished = false
    /// Exercise records by step index; a step missing here has an open exercise, untried.
    var exercises: [Int: ExerciseRecord] = [:]

    init(lesson: Lesson) {
        self.lesson = lesson
    }

    var currentStep: LessonStep? {
        lesson.steps.indices.contains(step) ? lesson.steps[step] : nil
    }

    func record(of index: Int) -> ExerciseRecord {
        exercises[index] ?? ExerciseRecord()
    }

    /// The current step's record.
    var current: ExerciseRecord {
        get { record(of: step) }
        set { exercises[step] = newValue }
    }

    /// `beyond-progression 3/8 `: the prompt's prefix, with control characters in the name made visible.
    var promptPrefix: String {
        "\(TerminalText.escapeControlCharacters(lesson.name)) \(step + 1)/\(lesson.steps.count) "
    }

    /// How many exercises are solved.
    var solved: Int {
        lesson.steps.indices.filter { lesson.steps[$0].exercise != nil && record(of: $0).outcome == .solved }.count
    }

    /// `3 of 6 exercises solved, 1 revealed, 1 skipped`.
    var score: String {
        let steps = lesson.steps.indices.filter { lesson.steps[$0].exercise != nil }
        let outcomes = steps.map { record(of: $0).outcome }
        let solved = outcomes.filter { $0 == .solved }.count
        let revealed = outcomes.filter { $0 == .revealed }.count
        let skipped = outcomes.filter { $0 == .skipped }.count
        return "\(solved) of \(steps.count) \(steps.count == 1 ? "exercise" : "exercises") solved"
            + (revealed > 0 ? ", \(revealed) revealed" : "") + (skipped > 0 ? ", \(skipped) skipped" : "")
    }
}

/// How one exercise went: its outcome, the hints shown and the answers tried.
struct ExerciseRecord: Equatable {
    /// Where an exercise stands. Only an open exercise checks answers.
    enum Outcome: String, Equatable, CaseIterable {
        case open, solved, revealed, skipped
    }

    var outcome = Outcome.open
    /// How many of its hints have been shown.
    var hints = 0
    /// How many answers were checked, right or wrong.
    var attempts = 0
    /// When the outcome, hints or attempts last changed; nil before the exercise was tried.
    var changed: Date?

    var isOpen: Bool { outcome == .open }

    /// Whether `other` has the same outcome, hints and attempts (whenever they changed).
    func sameProgress(as other: ExerciseRecord) -> Bool {
        outcome == other.outcome && hints == other.hints && attempts == other.attempts
    }
}
