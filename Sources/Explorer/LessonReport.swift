import Foundation
import Rendering

/// A Markdown summary of a student's lessons, to hand in (`.report`, `kx --lesson NAME --report FILE`):
/// for each lesson, how far the student got and how each exercise went, and a score. Every text
/// from a lesson is escaped (`MarkdownText.escaped`), so a title or question cannot add markup.
struct LessonReport {
    /// A lesson and what is known of its progress; nil when its progress file could not be read.
    var lessons: [(lesson: Lesson, progress: LessonProgress?)]
    /// When the report was written.
    var written: Date

    var markdown: String {
        var text = "# Lesson report\n\nWritten \(ProgressFile.timestamp(written)).\n"
        if lessons.isEmpty { return text + "\nNo lesson has been started yet.\n" }
        var solved = 0, firstTry = 0, exercises = 0
        for (lesson, progress) in lessons {
            text += "\n## \(MarkdownText.escaped(lesson.title, startsLine: false))\n\n"
            guard let progress else {
                text += "\(MarkdownText.escaped(lesson.name)): its progress file could not be read.\n"
                continue
            }
            let reached = "reached step \(progress.reached + 1) of \(lesson.steps.count)" + (progress.finished ? ", finished" : "")
            text += "\(MarkdownText.escaped(lesson.name)) · \(reached).\n"
            let steps = lesson.steps.indices.filter { lesson.steps[$0].exercise != nil }
            guard !steps.isEmpty else {
                text += "\nThis lesson has no exercises.\n"
                continue
            }
            text += "\n| step | exercise | outcome | hints | attempts | last changed |\n| ---: | --- | --- | ---: | ---: | --- |\n"
            for index in steps {
                let record = progress.record(of: index)
                let question = lesson.steps[index].exercise.map { Self.cell($0.question) } ?? ""
                let changed = record.changed.map(ProgressFile.timestamp) ?? ""
                text += "| \(index + 1) | \(question) | \(Self.outcome(record)) | \(record.hints) | \(record.attempts) | \(changed) |\n"
                if record.outcome == .solved, record.hints == 0, record.attempts <= 1 { firstTry += 1 }
            }
            let records = steps.map(progress.record(of:))
            let count = { (outcome: ExerciseRecord.Outcome) in records.filter { $0.outcome == outcome }.count }
            let lessonFirstTry = records.filter { $0.outcome == .solved && $0.hints == 0 && $0.attempts <= 1 }.count
            text += "\n**Score:** \(count(.solved)) of \(steps.count) \(steps.count == 1 ? "exercise" : "exercises") solved (\(lessonFirstTry) first try), "
                + "\(count(.revealed)) revealed, \(count(.skipped)) skipped.\n"
            solved += count(.solved)
            exercises += steps.count
        }
        if lessons.count > 1 {
            text += "\n## Total\n\n\(solved) of \(exercises) \(exercises == 1 ? "exercise" : "exercises") solved (\(firstTry) first try) in \(lessons.count) lessons.\n"
        }
        return text
    }

    /// How an exercise went, in words: `solved first try`, `solved after 2 hints, 3 attempts`, `revealed`, `skipped`, `not tried`.
    static func outcome(_ record: ExerciseRecord) -> String {
        let hints = record.hints == 1 ? "1 hint" : "\(record.hints) hints"
        let attempts = record.attempts == 1 ? "1 attempt" : "\(record.attempts) attempts"
        switch record.outcome {
        case .solved:
            if record.hints == 0, record.attempts <= 1 { return "solved first try" }
            return "solved after " + [record.hints > 0 ? hints : nil, record.attempts > 1 || record.hints > 0 ? attempts : nil].compactMap { $0 }.joined(separator: ", ")
        case .revealed: return "revealed"
        case .skipped: return "skipped"
        case .open:
            if record.attempts == 0, record.hints == 0 { return "not tried" }
            return "not solved yet (" + [record.attempts > 0 ? attempts : nil, record.hints > 0 ? hints : nil].compactMap { $0 }.joined(separator: ", ") + ")"
        }
    }

    /// `text` as a table cell: escaped, with `|` escaped too.
    static func cell(_ text: String) -> String {
        MarkdownText.escaped(text, startsLine: false).map { $0 == "|" ? "\\|" : String($0) }.joined()
    }
}
