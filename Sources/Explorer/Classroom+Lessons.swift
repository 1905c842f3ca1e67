import KnowledgeGraph
import KnowledgeQuery
import Rendering

/// `.lessons`, `.lesson NAME`, `.next`, `.back`, `.hint`, `.reveal`, `.where` and `.end`.
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
        let columns = [Table.Column(name: "name", keepsWidth: true), Table.Column(name: "title"), Table.Column(name: "steps", alignment: .right),
                       Table.Column(name: "exercises", alignment: .right), Table.Column(name: "duration")]
        let rows = catalog.lessons.map { lesson -> [Table.Cell] in
            [.text(lesson.name), .text(lesson.title), .number(Double(lesson.steps.count)), .number(Double(lesson.exerciseCount)), .text(lesson.duration)]
        }
        session.sink.write(session.renderer.render(Table(columns: columns, rows: rows), noun: Noun("lesson", "lessons")))
        if session.settings.format == .table { session.sink.writeError("start one with: .lesson NAME\n") }
        return catalog.problems.isEmpty
    }

    func startLesson(_ session: Session, _ arguments: [String], _ statement: StatementText) -> Bool {
        guard expect(session, statement, arguments, 1...1, usage: ".lesson NAME") else { return false }
        switch lookUp(arguments[0], session) {
        case .success(let lesson):
            begin(lesson, session)
            return true
        case .failure(let problem):
            for diagnostic in problem.diagnostics { session.report(diagnostic) }
            return fail(session, statement, argument: 0, problem.message, notes: problem.notes)
        }
    }

    /// Starts the lesson called `name`, as `.lesson NAME` does (`kx --lesson NAME`).
    /// - Returns: false when there is no such lesson or it has errors; they have been reported.
    public func startLesson(named name: String, in session: Session) -> Bool {
        switch lookUp(name, session) {
        case .success(let lesson):
            begin(lesson, session)
            return true
        case .failure(let problem):
            for diagnostic in problem.diagnostics { session.report(diagnostic) }
            session.report(Diagnostic(location: nil, message: problem.message, notes: problem.notes))
            return false
        }
    }

    struct LookUpProblem: Error {
        var message: String
        var notes: [String]
        var diagnostics: [Diagnostic] = []
    }

    private func lookUp(_ name: String, _ session: Session) -> Result<Lesson, LookUpProblem> {
        let catalog = lessons(for: session)
        if let lesson = catalog.lesson(named: name) { return .success(lesson) }
        if let broken = catalog.problems.first(where: { $0.lesson == name }) {
            return .failure(LookUpProblem(message: "lesson '\(name)' has errors, so it cannot be started", notes: [], diagnostics: broken.diagnostics))
        }
        let names = catalog.lessons.map(\.name)
        let notes = QueryError.suggestion(name, names) + (names.isEmpty ? ["there are no lessons"] : ["lessons: \(names.joined(separator: ", "))"])
        return .failure(LookUpProblem(message: "no lesson named '\(name)'", notes: notes))
    }

    private func begin(_ lesson: Lesson, _ session: Session) {
        let style = session.settings.style
        if let current = progress, current.lesson.name != lesson.name {
            say(session, TerminalText.escapeControlCharacters("(left the lesson '\(current.lesson.name)' at step \(current.step + 1) of \(current.lesson.steps.count))") + "\n")
        }
        progress = LessonProgress(lesson: lesson)
        let exercises = lesson.exerciseCount
        let facts = "For \(lesson.audience) · \(lesson.duration) · \(lesson.steps.count) steps, \(exercises) \(exercises == 1 ? "exercise" : "exercises")"
        var text = style.heading(TerminalText.escapeControlCharacters(lesson.title)) + "\n"
        text += Narration(facts).text(width: width(session))
        text += dimmed("Move with .next and .back; .where shows where you are, .end leaves. Between steps, every query and dot-command works as usual.", session)
        say(session, text, markdown: "# \(MarkdownText.escaped(lesson.title, startsLine: false))\n\n*\(MarkdownText.escaped(facts))*\n")
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
            let state = progress.state(of: progress.step)
            let label = state == .revealed ? "Exercise (revealed):" : state.isSolved ? "Exercise (solved):" : "Exercise:"
            let question = Narration(exercise.question).lines(width: width(session) - label.count - 1)
            let text = question.enumerated().map { $0.offset == 0 ? style.heading(label) + " " + $0.element : String(repeating: " ", count: label.count + 1) + $0.element }
            say(session, "\n" + text.joined(separator: "\n") + "\n", markdown: "**\(label)** \(MarkdownText.escaped(exercise.question))")
        }
        say(session, dimmed(navigation(progress, session), session))
    }

    /// `text` wrapped to the narration width and dimmed line by line.
    func dimmed(_ text: String, _ session: Session, indent: Int = 0) -> String {
        Narration(text).lines(width: width(session), indent: indent).map { session.settings.style.dim($0) }.joined(separator: "\n") + "\n"
    }

    /// What the student can do now, in one line.
    private func navigation(_ progress: LessonProgress, _ session: Session) -> String {
        let last = progress.step + 1 == progress.lesson.steps.count
        if let exercise = progress.currentStep?.exercise, case .open(let hints) = progress.state(of: progress.step) {
            let left = exercise.hints.count - hints
            let hint = left > 0 ? ".hint for a hint (\(left) left), " : ""
            return "Type a query to answer: it is checked by what it finds. \(hint).reveal shows the answer, .next moves on."
        }
        if last { return "This is the last step: .next ends the lesson." }
        return progress.step == 0 ? "Type .next to go on." : "Type .next to go on, .back to go back."
    }

    private func requireLesson(_ session: Session, _ statement: StatementText) -> LessonProgress? {
        guard let progress else {
            _ = fail(session, statement, argument: nil, "no lesson is running", notes: ["start one with .lesson NAME; .lessons lists them"])
            return nil
        }
        return progress
    }

    func next(_ session: Session, _ arguments: [String], _ statement: StatementText) -> Bool {
        guard expect(session, statement, arguments, 0...0, usage: ".next"), var current = requireLesson(session, statement) else { return false }
        guard current.step + 1 < current.lesson.steps.count else {
            let text = "End of the lesson '\(current.lesson.title)': \(current.score)."
            say(session, "\n" + Narration(text).text(width: width(session)), markdown: "*\(MarkdownText.escaped(text))*")
            progress = nil
            return true
        }
        current.step += 1
        progress = current
        showStep(session)
        return true
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

    /// The open step's exercise; when it has none, says so and returns nil.
    private func exercise(of progress: LessonProgress, _ session: Session) -> LessonExercise? {
        guard let exercise = progress.currentStep?.exercise else {
            session.sink.writeError("step \(progress.step + 1) has no exercise\n")
            return nil
        }
        return exercise
    }

    func hint(_ session: Session, _ arguments: [String], _ statement: StatementText) -> Bool {
        guard expect(session, statement, arguments, 0...0, usage: ".hint"), var current = requireLesson(session, statement) else { return false }
        guard let exercise = exercise(of: current, session) else { return true }
        let shown: Int
        switch current.state(of: current.step) {
        case .revealed:
            session.sink.writeError("the answer has been revealed already\n")
            return true
        case .open(let hints), .solved(let hints):
            shown = hints
        }
        guard shown < exercise.hints.count else {
            session.sink.writeError(exercise.hints.isEmpty ? "this exercise has no hints; .reveal shows the answer\n" : "no more hints; .reveal shows the answer\n")
            return true
        }
        let label = "Hint \(shown + 1) of \(exercise.hints.count):"
        let lines = Narration(exercise.hints[shown]).lines(width: width(session) - label.count - 1)
        let text = lines.enumerated().map { $0.offset == 0 ? session.settings.style.heading(label) + " " + $0.element : String(repeating: " ", count: label.count + 1) + $0.element }
        say(session, text.joined(separator: "\n") + "\n", markdown: "> **\(label)** \(MarkdownText.escaped(exercise.hints[shown]))")
        current.exercises[current.step] = current.state(of: current.step).isSolved ? .solved(hints: shown + 1) : .open(hints: shown + 1)
        progress = current
        return true
    }

    func reveal(_ session: Session, _ arguments: [String], _ statement: StatementText) -> Bool {
        guard expect(session, statement, arguments, 0...0, usage: ".reveal"), var current = requireLesson(session, statement) else { return false }
        guard let exercise = exercise(of: current, session) else { return true }
        let style = session.settings.style
        say(session, style.heading("Answer:") + " " + style.caret("»") + " " + TerminalText.escapeControlCharacters(exercise.answer.text) + "\n",
            markdown: "**Answer:**")
        run(session, exercise.answer.text, file: current.lesson.file, line: exercise.answer.location.line)
        let explanation = Narration(exercise.explanation)
        say(session, "\n" + explanation.text(width: width(session)), markdown: explanation.markdown)
        if !current.state(of: current.step).isSolved { current.exercises[current.step] = .revealed }
        progress = current
        say(session, dimmed(navigation(current, session), session))
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
                switch current.state(of: index) {
                case .solved: status = "exercise solved"
                case .revealed: status = "exercise revealed"
                case .open(let hints): status = "exercise" + (hints > 0 ? " (\(hints) \(hints == 1 ? "hint" : "hints") shown)" : "")
                }
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
        return true
    }

    /// Checks a query the student typed against the open exercise, and says how it went.
    func check(_ session: Session, _ statement: StatementText, _ result: QueryResult) {
        guard var current = progress, let exercise = current.currentStep?.exercise,
              case .open(let hints) = current.state(of: current.step),
              let given = ExerciseAnswer(statement: statement.text, result: result, executor: session.executor) else { return }
        let style = session.settings.style
        guard let acceptedResult = try? session.executor.run(exercise.answer.text),
              let accepted = ExerciseAnswer(statement: exercise.answer.text, result: acceptedResult, executor: session.executor) else {
            session.sink.writeError("this exercise's answer does not run on the knowledge loaded now, so it cannot be checked\n")
            return
        }
        if let feedback = given.feedback(against: accepted) {
            let lines = Narration(feedback).lines(width: width(session) - 2)
            let text = lines.enumerated().map { ($0.offset == 0 ? style.warning("✗") + " " : "  ") + $0.element }.joined(separator: "\n")
            let left = exercise.hints.count - hints
            let options = "Try again" + (left > 0 ? ", or .hint for a hint (\(left) left)" : "") + "; .reveal shows the answer."
            say(session, text + "\n" + dimmed(options, session, indent: 2), markdown: "> ✗ \(MarkdownText.escaped(feedback))")
            return
        }
        current.exercises[current.step] = .solved(hints: hints)
        progress = current
        let lines = Narration("Right. " + exercise.explanation).lines(width: width(session) - 2)
        let text = lines.enumerated().map { ($0.offset == 0 ? style.caret("✓") + " " : "  ") + $0.element }.joined(separator: "\n")
        say(session, text + "\n" + dimmed(navigation(current, session), session, indent: 2), markdown: "> ✓ Right. \(Narration(exercise.explanation).markdown.trimmed(.newlines).replacingOccurrences(of: "\n", with: "\n> "))")
    }
}

extension LessonProgress.ExerciseState {
    var isSolved: Bool {
        if case .solved = self { return true }
        return false
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
