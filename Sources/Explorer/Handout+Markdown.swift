import KnowledgeGraph
import Rendering

extension Handout {
    /// The handout as Markdown: the title and facts, then each step's narration, its demonstrations
    /// (the query in a `kx` block, its output as the session's `markdown` format writes it, a picture
    /// as its DOT source in a `dot` block) and its exercise without the answer; then the hints, and
    /// the sentences of the sources evidence exercises ask about. Every string from the lesson or the
    /// knowledge is escaped with `MarkdownText.escaped`, so none can add markup.
    public var markdown: String {
        var blocks = ["# \(MarkdownText.escaped(lesson.title, startsLine: false))", "*\(MarkdownText.escaped(lesson.facts))*"]
        let numbers = Dictionary(uniqueKeysWithValues: exercises.map { ($0.step, $0.number) })
        for (index, step) in lesson.steps.enumerated() {
            blocks.append("## \(MarkdownText.escaped(heading(ofStep: index), startsLine: false))")
            blocks.append(Narration(step.narrative).markdown)
            if steps.indices.contains(index) {
                for run in steps[index].demonstrations { blocks += Self.markdown(run) }
            }
            guard let exercise = step.exercise, let number = numbers[index] else { continue }
            blocks.append("### Exercise \(number)")
            blocks.append(Narration(exercise.question).markdown)
            if case .choice(let choices, _) = exercise.answer {
                blocks += choices.enumerated().map { "\(LessonLoader.letter($0.offset))) \(MarkdownText.escaped($0.element, startsLine: false))" }
            }
            blocks.append("*\(MarkdownText.escaped(exercise.answer.expected, startsLine: false))*")
        }
        let hinted = exercises.filter { !$0.exercise.hints.isEmpty }
        if !hinted.isEmpty {
            blocks.append("## Hints")
            for (number, step, exercise) in hinted {
                blocks.append("### Exercise \(number) · \(MarkdownText.escaped(heading(ofStep: step), startsLine: false))")
                blocks.append(exercise.hints.enumerated().map { "\($0.offset + 1). \(MarkdownText.escaped($0.element, startsLine: false))" }.joined(separator: "\n"))
            }
        }
        if !sources.isEmpty {
            blocks.append("## The sources' sentences")
            for source in sources {
                blocks.append("### \(MarkdownText.escaped(source.document, startsLine: false))")
                blocks.append(source.sentences.map { "- **\(MarkdownText.escaped($0.citation, startsLine: false))**: \(MarkdownText.escaped(Self.unlabelled($0), startsLine: false))" }
                    .joined(separator: "\n"))
            }
        }
        return Self.joined(blocks)
    }

    /// The answer key as Markdown: for each exercise its question, the accepted answer (the query and
    /// its output, the right choice, the number and what counts it, the forms accepted, or the
    /// sentences that support the fact, with the quotes `why` shows) and the explanation.
    public var answerKeyMarkdown: String {
        var blocks = ["# Answer key: \(MarkdownText.escaped(lesson.title, startsLine: false))", "*\(MarkdownText.escaped(lesson.facts))*"]
        for (number, index, exercise) in exercises {
            blocks.append("## Exercise \(number) · \(MarkdownText.escaped(heading(ofStep: index), startsLine: false))")
            blocks.append(Narration(exercise.question).markdown)
            let shown = steps.indices.contains(index) ? steps[index].answer : nil
            switch exercise.answer {
            case .query(_, let requires):
                blocks.append("**Answer:** the query" + (requires.isEmpty ? "" : " (it must use \(LessonAnswer.listed(requires.map { "`\($0.rawValue)`" })))"))
                if let shown { blocks += Self.markdown(shown) }
            case .choice(let choices, let correct):
                let choice = choices.indices.contains(correct) ? MarkdownText.escaped(choices[correct], startsLine: false) : ""
                blocks.append("**Answer:** \(LessonLoader.letter(correct))) \(choice)")
            case .number(let value, _):
                blocks.append("**Answer:** \(ExerciseReply.written(value))" + (shown == nil ? "" : ", counted by:"))
                if let shown { blocks += Self.markdown(shown) }
            case .text(let accepted):
                let forms = accepted.map { "“\(MarkdownText.escaped($0, startsLine: false))”" }
                blocks.append("**Answer:** \(forms.first ?? "")" + (forms.count > 1 ? "; also accepted: \(forms.dropFirst().joined(separator: ", "))" : ""))
                blocks.append("*Answers are compared ignoring case, spacing and punctuation.*")
            case .evidence(_, let support):
                blocks.append("**Answer:** " + (support.count == 1 ? "the sentence" : "any of the sentences") + " the fact's quotes are in:")
                blocks.append(support.map { sentence in
                    let text = sentence.text.isEmpty ? "" : ": “\(MarkdownText.escaped(sentence.text, startsLine: false))”"
                    return "- **\(MarkdownText.escaped(sentence.citation, startsLine: false))** (\(MarkdownText.escaped(sentence.document, startsLine: false)))\(text)"
                }.joined(separator: "\n"))
                if let shown {
                    blocks.append("The quotes, as `why` shows them:")
                    blocks += Self.markdown(shown)
                }
            }
            blocks.append("**Explanation:** " + Narration(exercise.explanation).markdown.trimmed(.newlines))
        }
        return Self.joined(blocks)
    }

    /// A query in a `kx` block, then what it wrote, its notes, and its picture's DOT.
    static func markdown(_ run: Run) -> [String] {
        var blocks = [TranscriptRecorder.fenced(run.query.text, info: "kx").trimmed(.newlines)]
        if let error = run.error {
            blocks.append(TranscriptRecorder.fenced(TranscriptRecorder.withoutEscapes(error), info: "text").trimmed(.newlines))
            return blocks
        }
        let output = demoted(run.markdown).trimmed(.newlines)
        if !output.isEmpty { blocks.append(output) }
        blocks += run.notes.map { "*note: \(MarkdownText.escaped($0, startsLine: false))*" }
        if let dot = run.dot {
            blocks.append("The picture, in Graphviz's DOT (draw it with `dot -Tsvg`):")
            blocks.append(TranscriptRecorder.fenced(dot, info: "dot").trimmed(.newlines))
        }
        return blocks
    }

    /// Markdown output with its headings (a card's `## name`, `### attributes`) one level down, so
    /// they sit under the step's heading; lines inside fenced blocks are left as they are.
    static func demoted(_ markdown: String) -> String {
        var fence: Substring?
        return markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if let open = fence {
                if line.hasPrefix(open) { fence = nil }
                return String(line)
            }
            if line.hasPrefix("```") {
                fence = line.prefix { $0 == "`" }
                return String(line)
            }
            return line.hasPrefix("#") ? "#" + line : String(line)
        }.joined(separator: "\n")
    }

    /// Blocks separated by blank lines, ending with one newline.
    static func joined(_ blocks: [String]) -> String {
        blocks.map { $0.trimmed(.newlines) }.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    }
}
