import Foundation
import KnowledgeGraph
import Rendering

/// Keeping lesson progress: every change is stamped, kept for the session and saved by the
/// `ProgressStore`; a lesson started again resumes from what was kept or saved.
extension Classroom {
    /// What is known of a lesson's progress.
    enum SavedProgress {
        /// Nothing: the lesson was never started here.
        case none
        /// Progress kept this session or read from its file, and how the lesson changed since.
        case found(LessonProgress, ProgressChange)
        /// A progress file that cannot be read, with why.
        case unreadable([Diagnostic])
    }

    /// How a lesson changed since its progress was saved.
    struct ProgressChange {
        /// Whether its step titles are other than they were.
        var changed = false
        /// Exercise records kept, and left out because their step is gone (or has no exercise now).
        var kept = 0, lost = 0
    }

    /// The progress `new` should have after a change from `old`: exercises whose outcome, hints or
    /// attempts changed are stamped with the time, and the furthest step reached follows the current
    /// one. The result is kept for the session and, when something changed, saved.
    /// - Returns: nil when there is no lesson running.
    func updated(_ new: LessonProgress?, from old: LessonProgress?) -> LessonProgress? {
        guard var new else { return nil }
        let sameLesson = old?.lesson.name == new.lesson.name
        var changed = !sameLesson || old?.step != new.step || old?.finished != new.finished
            || Set(old?.exercises.keys ?? [:].keys) != Set(new.exercises.keys)
        if sameLesson {
            for (index, record) in new.exercises where !(old?.exercises[index].map { $0.sameProgress(as: record) } ?? false) {
                new.exercises[index]?.changed = now()
                changed = true
            }
        }
        new.reached = max(new.reached, new.step)
        kept[new.lesson.name] = new
        if changed { save(new) }
        return new
    }

    /// Writes `progress` to its file; a file that cannot be written is said once, and the progress stays in memory.
    func save(_ progress: LessonProgress) {
        guard let store = progressStore, !unreadable.contains(progress.lesson.name), let path = store.path(of: progress.lesson) else { return }
        do {
            try store.save(ProgressFile(progress), of: progress.lesson)
            unwritable.remove(path)
        } catch {
            guard unwritable.insert(path).inserted else { return }
            owner?.sink.writeError("kx: progress: \(TerminalText.escapeControlCharacters("\(error)")); the progress of this lesson is kept in memory (this is said once)\n")
        }
    }

    /// What is known of `lesson`'s progress: kept this session, else saved in its file.
    func savedProgress(of lesson: Lesson) -> SavedProgress {
        let file: ProgressFile
        if let progress = kept[lesson.name] {
            file = ProgressFile(progress)
        } else {
            do {
                guard let saved = try progressStore?.load(lesson) else { return .none }
                file = saved
            } catch let error as KnowledgeError {
                return .unreadable(error.diagnostics)
            } catch {
                return .unreadable([Diagnostic(location: nil, message: "\(error)")])
            }
        }
        let (progress, change) = Self.restored(file, for: lesson)
        return .found(progress, change)
    }

    /// The progress of `file` on `lesson` as it is now: each exercise and the current step are found
    /// by their step's title (at the same place, or the one step of that title), so a changed lesson
    /// keeps what still matches.
    static func restored(_ file: ProgressFile, for lesson: Lesson) -> (LessonProgress, ProgressChange) {
        let titles = lesson.steps.map(\.title)
        var change = ProgressChange(changed: titles != file.steps)
        func place(_ index: Int) -> Int? {
            guard file.steps.indices.contains(index) else { return nil }
            let title = file.steps[index]
            if titles.indices.contains(index), titles[index] == title { return index }
            let matches = titles.indices.filter { titles[$0] == title }
            return matches.count == 1 ? matches.first : nil
        }
        let last = max(0, titles.count - 1)
        var progress = LessonProgress(lesson: lesson)
        progress.step = place(file.step) ?? min(file.step, last)
        progress.reached = max(progress.step, place(file.reached) ?? min(file.reached, last))
        progress.finished = file.finished
        for exercise in file.exercises {
            guard let index = place(exercise.step), let kind = lesson.steps[index].exercise,
                  let outcome = ExerciseRecord.Outcome(rawValue: exercise.outcome) else {
                change.lost += 1
                continue
            }
            progress.exercises[index] = ExerciseRecord(outcome: outcome, hints: min(exercise.hints, kind.hints.count), attempts: exercise.attempts, changed: exercise.changed)
            change.kept += 1
        }
        return (progress, change)
    }

    /// What `.lesson` says when it resumes `progress` (nil when there is nothing to resume).
    func resumption(_ progress: LessonProgress, _ change: ProgressChange) -> String? {
        let lesson = progress.lesson
        let restart = ".lesson \(lesson.name) restart starts over."
        var text: String
        if progress.finished {
            text = "You finished this lesson before (\(progress.score)); it starts again at step 1 with your answers kept; \(restart)"
        } else if progress.step > 0 || !progress.exercises.isEmpty {
            text = "Resuming at step \(progress.step + 1) of \(lesson.steps.count) (\(progress.score)); \(restart)"
        } else {
            return nil
        }
        if change.changed {
            let lost = change.lost == 0 ? "" : "; \(change.lost) \(change.lost == 1 ? "exercise's step is" : "exercises' steps are") gone, so \(change.lost == 1 ? "it is" : "they are") left out"
            text = "The lesson has changed since you last took it: the progress of steps whose titles are still there is kept\(lost). " + text
        }
        return text
    }

    /// A lesson's progress in a few words, for `.lessons`: `step 3/8 · 2 of 6 solved`, `done · 6 of 6 solved`, or `—`.
    func progressSummary(of lesson: Lesson) -> String {
        switch savedProgress(of: lesson) {
        case .none: return "—"
        case .unreadable: return "unreadable"
        case .found(let progress, _):
            let solved = "\(progress.solved) of \(lesson.exerciseCount) solved"
            if progress.finished { return "done · " + solved }
            return "step \(progress.step + 1)/\(lesson.steps.count)" + (lesson.exerciseCount > 0 ? " · " + solved : "")
        }
    }

    /// Says once why progress is not saved, when the store keeps it in memory only.
    func sayMemoryOnly(_ session: Session) {
        guard let reason = progressStore?.memoryOnlyReason, !saidMemoryOnly else { return }
        saidMemoryOnly = true
        session.sink.writeError("kx: \(reason), so lesson progress is kept for this session only (this is said once)\n")
    }
}

extension ProgressFile {
    /// The file that saves `progress`.
    init(_ progress: LessonProgress) {
        let steps = progress.lesson.steps
        let exercises = progress.exercises.keys.sorted().compactMap { index -> Exercise? in
            guard steps.indices.contains(index), steps[index].exercise != nil, let record = progress.exercises[index] else { return nil }
            return Exercise(step: index, title: steps[index].title, outcome: record.outcome.rawValue, hints: record.hints,
                            attempts: record.attempts, changed: record.changed)
        }
        let last = max(0, steps.count - 1)
        self.init(lesson: progress.lesson.name, steps: steps.map(\.title), step: min(progress.step, last),
                  reached: min(max(progress.reached, progress.step), last), finished: progress.finished, exercises: exercises)
    }
}
