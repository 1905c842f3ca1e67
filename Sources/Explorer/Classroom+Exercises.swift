import KnowledgeGraph
import KnowledgeQuery
import KnowledgeStore
import Rendering

/// `.hint`, `.reveal`, `.skip` and `.answer`, and the checking of queries typed while an exercise is open.
extension Classroom {
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
        if [.revealed, .skipped].contains(current.current.outcome) {
            session.sink.writeError("the answer has been shown already\n")
            return true
        }
        let shown = current.current.hints
        guard shown < exercise.hints.count else {
            session.sink.writeError(exercise.hints.isEmpty ? "this exercise has no hints; .reveal shows the answer\n" : "no more hints; .reveal shows the answer\n")
            return true
        }
        let label = "Hint \(shown + 1) of \(exercise.hints.count):"
        let lines = Narration(exercise.hints[shown]).lines(width: width(session) - label.count - 1)
        let text = lines.enumerated().map { $0.offset == 0 ? session.settings.style.heading(label) + " " + $0.element : String(repeating: " ", count: label.count + 1) + $0.element }
        say(session, text.joined(separator: "\n") + "\n", markdown: "> **\(label)** \(MarkdownText.escaped(exercise.hints[shown]))")
        current.current.hints = shown + 1
        progress = current
        return true
    }

    func reveal(_ session: Session, _ arguments: [String], _ statement: StatementText) -> Bool {
        guard expect(session, statement, arguments, 0...0, usage: ".reveal"), var current = requireLesson(session, statement) else { return false }
        guard let exercise = exercise(of: current, session) else { return true }
        showAnswer(exercise, of: current.lesson, session)
        if current.current.isOpen { current.current.outcome = .revealed }
        progress = current
        say(session, dimmed(navigation(current, session), session))
        return true
    }

    /// `.skip`: shows and runs the answer of an open exercise, marks it skipped and goes to the next step.
    func skip(_ session: Session, _ arguments: [String], _ statement: StatementText) -> Bool {
        guard expect(session, statement, arguments, 0...0, usage: ".skip"), var current = requireLesson(session, statement) else { return false }
        if let exercise = current.currentStep?.exercise, current.current.isOpen {
            showAnswer(exercise, of: current.lesson, session)
            current.current.outcome = .skipped
            progress = current
        }
        advance(session)
        return true
    }

    /// Shows the accepted answer, runs the query behind it, and gives the explanation.
    private func showAnswer(_ exercise: LessonExercise, of lesson: Lesson, _ session: Session) {
        let style = session.settings.style
        let answer = exercise.answer.revealed
        let shown = answer.isEmpty ? "" : " " + TerminalText.escapeControlCharacters(answer)
        if let query = exercise.demonstration {
            let run = style.caret("»") + " " + TerminalText.escapeControlCharacters(query.text) + "\n"
            say(session, style.heading("Answer:") + (answer.isEmpty ? " " + run : shown + "\n" + run),
                markdown: "**Answer:**" + (answer.isEmpty ? "" : " " + MarkdownText.escaped(answer)))
            self.run(session, query.text, file: lesson.file, line: query.location.line)
        } else {
            say(session, style.heading("Answer:") + shown + "\n", markdown: "**Answer:** \(MarkdownText.escaped(answer))")
        }
        let explanation = Narration(exercise.explanation)
        say(session, "\n" + explanation.text(width: width(session)), markdown: explanation.markdown)
    }

    /// `.answer REPLY`: answers an open exercise that is not answered by a query.
    func answer(_ session: Session, _ arguments: [String], _ statement: StatementText) -> Bool {
        guard var current = requireLesson(session, statement) else { return false }
        guard let exercise = exercise(of: current, session) else { return true }
        if case .query = exercise.answer {
            return fail(session, statement, argument: nil, "this exercise is answered by a query", notes: ["type the query at the prompt, without .answer"])
        }
        guard current.current.isOpen else {
            session.sink.writeError("this exercise is \(current.current.outcome.rawValue) already; .next moves on\n")
            return true
        }
        let text = statement.text.trimmed()
        let reply = String(text.drop { !$0.isWhitespace }).trimmed()
        guard !reply.isEmpty else { return expect(session, statement, arguments, 1...Int.max, usage: ".answer \(exercise.answer.usage)") }
        let verdict = ExerciseReply(text: reply).verdict(for: exercise.answer) { session.graph.sentences(in: $0) }
        current.current.attempts += 1
        switch verdict {
        case .right:
            current.current.outcome = .solved
            progress = current
            sayRight(exercise, current, session)
        case .wrong(let feedback):
            progress = current
            sayWrong(feedback, exercise, current, session)
        }
        return true
    }

    /// Checks a query the student typed against the open exercise, and says how it went.
    func check(_ session: Session, _ statement: StatementText, _ result: QueryResult) {
        guard var current = progress, let exercise = current.currentStep?.exercise, current.current.isOpen,
              case .query(let accepted, let requires) = exercise.answer,
              let given = ExerciseAnswer(statement: statement.text, result: result, executor: session.executor) else { return }
        guard let acceptedResult = try? session.executor.run(accepted.text),
              let expected = ExerciseAnswer(statement: accepted.text, result: acceptedResult, executor: session.executor) else {
            session.sink.writeError("this exercise's answer does not run on the knowledge loaded now, so it cannot be checked\n")
            return
        }
        let feedback = given.feedback(against: expected) ?? missingParts(of: statement.text, requires, schema: session.executor.schema)
            ?? perturbedCopy(for: accepted, answer: expected, current, session)?.feedback(for: statement.text)
        // One change of the progress, so it is saved once: the attempt, and the outcome when right.
        current.current.attempts += 1
        if feedback == nil { current.current.outcome = .solved }
        progress = current
        if let feedback {
            sayWrong(feedback, exercise, current, session)
        } else {
            sayRight(exercise, current, session)
        }
    }

    /// The copy of the knowledge on which a query that names the answer finds something else, made
    /// the first time the open exercise needs it and kept for the knowledge it was made from. Nil
    /// (the check is skipped) on another executor than the loaded graph's (`.connect`), whose
    /// knowledge cannot be copied, on a graph too large to copy quickly, and when the answer
    /// cannot be checked on a copy (see `PerturbedKnowledge`).
    private func perturbedCopy(for accepted: LessonQuery, answer: ExerciseAnswer, _ progress: LessonProgress, _ session: Session) -> PerturbedKnowledge? {
        guard session.connection == nil, let local = session.executor as? GraphExecutor, local.graph === session.graph,
              session.graph.relationCount <= PerturbedKnowledge.maximumRelations else { return nil }
        let exercise = "\(progress.lesson.name)#\(progress.step)"
        if let perturbed, perturbed.exercise == exercise, perturbed.generation == session.generation { return perturbed.copy }
        let copy: PerturbedKnowledge?
        do {
            copy = try PerturbedKnowledge(accepted: accepted.text, answer: answer, graph: session.graph, cancellation: session.cancellation)
        } catch is Interrupted {
            return nil
        } catch {
            copy = nil
        }
        perturbed = (exercise, session.generation, copy)
        return copy
    }

    /// What a query that finds the right rows still lacks: a part of the language the exercise requires.
    private func missingParts(of text: String, _ requires: [LanguagePart], schema: Schema) -> String? {
        guard !requires.isEmpty, let parsed = try? Parser.parse(text) else { return nil }
        let used = LanguagePart.parts(of: parsed, schema: schema)
        let missing = requires.filter { !used.contains($0) }
        guard !missing.isEmpty else { return nil }
        let advice = missing.map(\.advice)
        let joined = advice.count == 1 ? advice[0] : advice.dropLast().joined(separator: ", ") + " and " + (advice.last ?? "")
        return "Right rows, but this exercise asks you to \(joined)."
    }

    private func sayWrong(_ feedback: String, _ exercise: LessonExercise, _ current: LessonProgress, _ session: Session) {
        let style = session.settings.style
        let lines = Narration(feedback).lines(width: width(session) - 2)
        let text = lines.enumerated().map { ($0.offset == 0 ? style.warning("✗") + " " : "  ") + $0.element }.joined(separator: "\n")
        let left = exercise.hints.count - current.current.hints
        let options = "Try again" + (left > 0 ? ", or .hint for a hint (\(left) left)" : "") + "; .reveal shows the answer."
        say(session, text + "\n" + dimmed(options, session, indent: 2), markdown: "> ✗ \(MarkdownText.escaped(feedback))")
    }

    private func sayRight(_ exercise: LessonExercise, _ current: LessonProgress, _ session: Session) {
        let style = session.settings.style
        let lines = Narration("Right. " + exercise.explanation).lines(width: width(session) - 2)
        let text = lines.enumerated().map { ($0.offset == 0 ? style.caret("✓") + " " : "  ") + $0.element }.joined(separator: "\n")
        say(session, text + "\n" + dimmed(navigation(current, session), session, indent: 2),
            markdown: "> ✓ Right. \(Narration(exercise.explanation).markdown.trimmed(.newlines).replacingOccurrences(of: "\n", with: "\n> "))")
    }
}
