import Rendering

/// Where a student is in a lesson, and how each exercise went.
struct LessonProgress {
    /// How an exercise stands.
    enum ExerciseState: Equatable {
        /// Not solved yet; `hints` of its hints have been shown.
        case open(hints: Int)
        case solved(hints: Int)
        case revealed
    }

    var lesson: Lesson
    /// The current step's index.
    var step = 0
    /// Exercise states by step index; a step missing here is `.open(hints: 0)`.
    var exercises: [Int: ExerciseState] = [:]

    init(lesson: Lesson) {
        self.lesson = lesson
    }

    var currentStep: LessonStep? {
        lesson.steps.indices.contains(step) ? lesson.steps[step] : nil
    }

    func state(of index: Int) -> ExerciseState {
        exercises[index] ?? .open(hints: 0)
    }

    /// `beyond-progression 3/8 `: the prompt's prefix, with control characters in the name made visible.
    var promptPrefix: String {
        "\(TerminalText.escapeControlCharacters(lesson.name)) \(step + 1)/\(lesson.steps.count) "
    }

    /// `3 of 6 exercises solved, 1 revealed`.
    var score: String {
        let steps = lesson.steps.indices.filter { lesson.steps[$0].exercise != nil }
        let solved = steps.filter { if case .solved = state(of: $0) { return true } else { return false } }.count
        let revealed = steps.filter { state(of: $0) == .revealed }.count
        return "\(solved) of \(steps.count) \(steps.count == 1 ? "exercise" : "exercises") solved" + (revealed > 0 ? ", \(revealed) revealed" : "")
    }
}
