import KnowledgeGraph
import KnowledgeQuery
import Rendering

/// `.lessons`, `.lesson NAME`, `.next`, `.back`, `.where` and `.end` (exercises are in `Classroom+Exercises.swift`).
extension Classroom {
    func listLessons(_ session: Session, _ arguments: [String], _ statement: StatementText) -> Bool {
        guard expect(session, statement, arguments, 0...0, usage: ".lessons") else { return false }
        let catalog = lessons(for: session)
        for diagnostic in catalog.diagnostics { session.report(diagnostic) }
        guard !catalog.lessons.isEmpty else {
            // Only folders of packs can hold lessons: not a compiled file, nor the built-in schema lent to packs given alone.
            let folders = session.knowledge.filter { !$0.files.isEmpty && Array($0.files.keys) != ["schema.yaml"] }
                .map { "'\($0.path("lessons"))'" }.joined(separator: ", ")
            let place = folders.isEmpty ? "the loaded knowledge" : folders
            session.sink.writeError(catalog.problems.isEmpty ? "no lessons in \(place)\n" : "none of the lessons in \(place) could be loaded\n")
            return catalog.problems.isEmpty
        }
        // A course column only when there are courses, so that lessons without them list as before.
        let courses = !catalog.courses.isEmpty
        let columns = [Table.Column(name: "name", keepsWidth: true)] + (courses ? [Table.Column(name: "course")] : [])
            + [Table.Column(name: "title"), Table.Column(name: "steps", alignment: .right), Table.Column(name: "exercises", alignment: .right),
               Table.Column(name: "duration"), Table.Column(name: "progress", keepsWidth: true)]
        let rows = catalog.lessons.map { lesson -> [Table.Cell] in
            let course = lesson.course.flatMap { catalog.course(named: $0)?.title } ?? ""
            return [.text(lesson.name)] + (courses ? [.text(course)] : [])
                + [.text(lesson.title), .number(Double(lesson.steps.count)), .number(Double(lesson.exerciseCount)), .text(lesson.duration),
                   .text(progressSummary(of: lesson))]
        }
        session.sink.write(session.renderer.render(Table(columns: columns, rows: rows), noun: Noun("lesson", "lessons")))
        if session.settings.format == .table {
            session.sink.writeError(courses ? "start one with: .lesson NAME, or .lesson COURSE for a course's next lesson\n" : "start one with: .lesson NAME\n")
        }
        return catalog.problems.isEmpty
    }

    func startLesson(_ session: Session, _ arguments: [String], _ statement: StatementText) -> Bool {
        guard expect(session, statement, arguments, 1...2, usage: ".lesson NAME|COURSE [restart]") else { return false }
        if arguments.count == 2, arguments[1].lowercased() != "restart" {
            return fail(session, statement, argument: 1, "expected restart, not '\(arguments[1])'", notes: ["usage: .lesson NAME|COURSE [restart]"])
        }
        switch lookUp(arguments[0], session) {
        case .success(let lesson):
            begin(lesson, session, restart: arguments.count == 2)
            return true
        case .failure(let problem):
            for diagnostic in problem.diagnostics { session.report(diagnostic) }
            return fail(session, statement, argument: 0, problem.message, notes: problem.notes)
        }
    }

    /// Starts the lesson (or a course's next lesson) called `name`, as `.lesson NAME` does (`kx --lesson NAME`):
    /// resumed where it was left, or from the start with `restart`.
    /// - Returns: false when there is no such lesson or it has errors; they have been reported.
    public func startLesson(named name: String, restart: Bool = false, in session: Session) -> Bool {
        switch lookUp(name, session) {
        case .success(let lesson):
            begin(lesson, session, restart: restart)
            return true
        case .failure(let problem):
            for diagnostic in problem.diagnostics { session.report(diagnostic) }
            session.report(Diagnostic(location: nil, message: problem.message, notes: problem.notes))
            return false
        }
    }

    private func lookUp(_ name: String, _ session: Session) -> Result<Lesson, LessonCatalog.LookUpProblem> {
        lessons(for: session).lookUp(name, purpose: "started") { lesson in
            if case .found(let progress, _) = savedProgress(of: lesson) { return progress.finished }
            return false
        }
    }

    private func begin(_ lesson: Lesson, _ session: Session, restart: Bool) {
        let style = session.settings.style
        if let current = progress, current.lesson.name != lesson.name {
            say(session, TerminalText.escapeControlCharacters("(left the lesson '\(current.lesson.name)' at step \(current.step + 1) of \(current.lesson.steps.count))") + "\n")
        }
        sayMemoryOnly(session)
        var resumed: String?
        var fresh = LessonProgress(lesson: lesson)
        let saved = savedProgress(of: lesson)
        let path = progressStore?.path(of: lesson) ?? lesson.name
        if restart {
            let replacesUnreadable = unreadable.remove(lesson.name) != nil
            let replaced = "Starting over: the progress file '\(path)', which could not be read, is replaced."
            switch saved {
            case .unreadable: resumed = replaced
            case .found(let kept, _): resumed = replacesUnreadable ? replaced : "Starting over: the progress kept of this lesson (\(kept.score)) is replaced."
            case .none: break
            }
        } else if case .found(let kept, let change) = saved {
            fresh = kept
            fresh.step = kept.finished ? 0 : kept.step
            resumed = resumption(kept, change)
        } else if case .unreadable(let diagnostics) = saved {
            for diagnostic in diagnostics { session.report(diagnostic) }
            unreadable.insert(lesson.name)
            session.sink.writeError(TerminalText.escapeControlCharacters("kx: progress: the file is left as it is, and this lesson's progress is kept for this session only; .lesson \(lesson.name) restart replaces it") + "\n")
        }
        progress = fresh
        let facts = lesson.facts
        var text = style.heading(TerminalText.escapeControlCharacters(lesson.title)) + "\n"
        text += Narration(facts).text(width: width(session))
        text += dimmed("Move with .next and .back; .where shows where you are, .end leaves. Between steps, every query and dot-command works as usual.", session)
        say(session, text, markdown: "# \(MarkdownText.escaped(lesson.title, startsLine: false))\n\n*\(MarkdownText.escaped(facts))*\n")
        if let resumed {
            say(session, Narration(resumed).text(width: width(session)), markdown: "*\(MarkdownText.escaped(resumed))*")
        }
        showStep(session)
    }

    /// Shows the current step: its narrative, its demonstrations (each shown, then run), its exercise.
    func showStep(_ session: Session) {
        guard let progress, let step = progress.currentStep else { return }
        let style = session.settings.style
        let heading = "Step \(progress.step + 1) of \(progress.lesson.steps.count) · \(step.title)"
        let narration = Narration(step.narrative)
        say(session, "\n" + style.heading(TerminalText.escapeControlCharacters(heading)) + "\n\n" + narration.text(width: width(session)),
            markdown: "## \(MarkdownText.escaped(heading, startsLine: false))\n\n\(narration.markdown)")
        for demonstration in step.demonstrations {
            say(session, "\n" + style.caret("»") + " " + TerminalText.escapeControlCharacters(demonstration.text) + "\n")
            run(session, demonstration.text, file: progress.lesson.file, line: demonstration.location.line)
        }
        if let exercise = step.exercise {
            let outcome = progress.current.outcome
            let label = outcome == .open ? "Exercise:" : "Exercise (\(outcome.rawValue)):"
            let question = Narration(exercise.question).lines(width: width(session) - label.count - 1)
            var text = question.enumerated().map { $0.offset == 0 ? style.heading(label) + " " + $0.element : String(repeating: " ", count: label.count + 1) + $0.element }
            var markdown = "**\(label)** \(MarkdownText.escaped(exercise.question))"
            if case .choice(let choices, _) = exercise.answer {
                for (index, choice) in choices.enumerated() {
                    let letter = LessonLoader.letter(index)
                    text += Narration(choice).lines(width: width(session) - label.count - 4).enumerated().map {
                        String(repeating: " ", count: label.count + 1) + ($0.offset == 0 ? "\(letter)) " : "   ") + $0.element
                    }
                    markdown += "\n\n\(letter)) \(MarkdownText.escaped(choice))"
                }
            }
            say(session, "\n" + text.joined(separator: "\n") + "\n", markdown: markdown)
        }
        say(session, dimmed(navigation(progress, session), session))
    }

    /// `text` wrapped to the narration width and dimmed line by line.
    func dimmed(_ text: String, _ session: Session, indent: Int = 0) -> String {
        Narration(text).lines(width: width(session), indent: indent).map { session.settings.style.dim($0) }.joined(separator: "\n") + "\n"
    }

    /// What the student can do now, in one line.
    func navigation(_ progress: LessonProgress, _ session: Session) -> String {
        let last = progress.step + 1 == progress.lesson.steps.count
        if let exercise = progress.currentStep?.exercise, progress.current.isOpen {
            let left = exercise.hints.count - progress.current.hints
            let hint = left > 0 ? ".hint for a hint (\(left) left), " : ""
            return "\(exercise.answer.instruction) \(hint).reveal shows the answer, .skip moves on."
        }
        if last { return "This is the last step: .next ends the lesson." }
        return progress.step == 0 ? "Type .next to go on." : "Type .next to go on, .back to go back."
    }

    func requireLesson(_ session: Session, _ statement: StatementText) -> LessonProgress? {
        guard let progress else {
            _ = fail(session, statement, argument: nil, "no lesson is running", notes: ["start one with .lesson NAME; .lessons lists them"])
            return nil
        }
        return progress
    }

    func next(_ session: Session, _ arguments: [String], _ statement: StatementText) -> Bool {
        guard expect(session, statement, arguments, 0...0, usage: ".next"), requireLesson(session, statement) != nil else { return false }
        advance(session)
        return true
    }

    /// Moves to the next step and shows it; after the last step, ends the lesson with its score.
    func advance(_ session: Session) {
        guard var current = progress else { return }
        guard current.step + 1 < current.lesson.steps.count else {
            current.finished = true
            progress = current
            let text = "End of the lesson '\(current.lesson.title)': \(current.score)."
            say(session, "\n" + Narration(text).text(width: width(session)), markdown: "*\(MarkdownText.escaped(text))*")
            progress = nil
            writeAskedReport(session)
            return
        }
        current.step += 1
        progress = current
        showStep(session)
    }

    func back(_ session: Session, _ arguments: [String], _ statement: StatementText) -> Bool {
        guard expect(session, statement, arguments, 0...0, usage: ".back"), var current = requireLesson(session, statement) else { return false }
        guard current.step > 0 else {
            session.sink.writeError("this is the first step\n")
            return true
        }
        current.step -= 1
        progress = current
        showStep(session)
        return true
    }

    func showWhere(_ session: Session, _ arguments: [String], _ statement: StatementText) -> Bool {
        guard expect(session, statement, arguments, 0...0, usage: ".where"), let current = requireLesson(session, statement) else { return false }
        let lesson = current.lesson
        var text = session.settings.style.heading(TerminalText.escapeControlCharacters(lesson.title)) + " (\(TerminalText.escapeControlCharacters(lesson.name)))\n"
        let titleWidth = lesson.steps.map { TerminalText.displayWidth(of: TerminalText.escapeControlCharacters($0.title)) }.max() ?? 0
        let numberWidth = String(lesson.steps.count).count
        for (index, step) in lesson.steps.enumerated() {
            let marker = index == current.step ? "▸" : " "
            let number = String(index + 1).leftPadded(to: numberWidth)
            var status = ""
            if step.exercise != nil {
                let record = current.record(of: index)
                let hints = record.hints > 0 ? " (\(record.hints) \(record.hints == 1 ? "hint" : "hints") shown)" : ""
                status = record.isOpen ? "exercise" + hints : "exercise \(record.outcome.rawValue)" + (record.outcome == .solved ? hints : "")
            }
            let title = TerminalText.escapeControlCharacters(step.title)
            let padding = String(repeating: " ", count: max(0, titleWidth - TerminalText.displayWidth(of: title)))
            text += "\(marker) \(number). \(title)\(status.isEmpty ? "" : padding + "  " + status)\n"
        }
        text += "\(current.score).\n"
        say(session, text)
        return true
    }

    func end(_ session: Session, _ arguments: [String], _ statement: StatementText) -> Bool {
        guard expect(session, statement, arguments, 0...0, usage: ".end"), let current = requireLesson(session, statement) else { return false }
        let text = "Left the lesson '\(current.lesson.title)' at step \(current.step + 1) of \(current.lesson.steps.count): \(current.score)."
        say(session, Narration(text).text(width: width(session)), markdown: "*\(MarkdownText.escaped(text))*")
        progress = nil
        writeAskedReport(session)
        return true
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
