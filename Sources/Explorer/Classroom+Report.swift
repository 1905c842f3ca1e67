import FileSafety
import Foundation
import KnowledgeQuery
import Rendering

/// `.report [FILE]` and `kx --report FILE`: the Markdown summary of the student's lessons.
extension Classroom {
    func report(_ session: Session, _ arguments: [String], _ statement: StatementText) -> Bool {
        guard expect(session, statement, arguments, 0...1, usage: ".report [FILE]") else { return false }
        guard let target = arguments.first else {
            session.sink.write(TerminalText.escapeControlCharacters(report(session).markdown, keepNewlines: true))
            return true
        }
        let path = session.resolve(target, relativeTo: statement.file)
        if let problem = refusal(ofReport: path, session) { return fail(session, statement, argument: 0, problem) }
        do {
            try write(report(session), to: path)
        } catch {
            return fail(session, statement, argument: 0, "\(error)")
        }
        return true
    }

    /// The report of every lesson of the session's knowledge that has progress, in `.lessons` order.
    func report(_ session: Session) -> LessonReport {
        let lessons = self.lessons(for: session).lessons.compactMap { lesson -> (Lesson, LessonProgress?)? in
            switch savedProgress(of: lesson) {
            case .none: return nil
            case .found(let progress, _): return (lesson, progress)
            case .unreadable: return (lesson, nil)
            }
        }
        return LessonReport(lessons: lessons, written: now())
    }

    /// Why the report may not be written to `path`: it is a script being read, played or recorded to.
    private func refusal(ofReport path: String, _ session: Session) -> String? {
        if let script = session.readStack.first(where: { FileTarget.isSameFile($0.path, path) }) {
            return "cannot write the report to '\(path)': it is the script '\(script.path)' being read; nothing was written"
        }
        if let playing, FileTarget.isSameFile(playing, path) { return "cannot write the report to '\(path)': it is the script being played; nothing was written" }
        if let recording = recordingPath, FileTarget.isSameFile(recording, path) {
            return "cannot write the report to '\(path)': it is the transcript being recorded; nothing was written"
        }
        return nil
    }

    private func write(_ report: LessonReport, to path: String) throws {
        try AtomicFile.write(report.markdown, to: path)
        let count = report.lessons.count
        owner?.sink.writeError(TerminalText.escapeControlCharacters("wrote the report of \(count) \(count == 1 ? "lesson" : "lessons") to \(path)") + "\n")
    }

    /// Writes the report to `reportPath` (`kx --report FILE`), when it is set and a lesson was
    /// started this session: at the end of a lesson and of the session.
    /// - Returns: false when it could not be written; that has been reported.
    @discardableResult
    public func writeAskedReport(_ session: Session) -> Bool {
        guard let reportPath, !kept.isEmpty else { return true }
        if let problem = refusal(ofReport: reportPath, session) {
            session.reportError(problem)
            return false
        }
        let report = report(session)
        var undated = report
        undated.written = Date(timeIntervalSince1970: 0)
        if reported == undated.markdown { return true }
        do {
            try write(report, to: reportPath)
            reported = undated.markdown
            return true
        } catch {
            session.reportError("\(error)")
            return false
        }
    }
}
