import FileSafety
import Foundation
import KnowledgeGraph
import KnowledgeQuery
import Rendering

/// Step-through playback of a script (`.step FILE`, `kx --step FILE`): comments are narration;
/// each statement is shown and runs when the instructor presses Enter; `s` skips it, `b` goes
/// back one, `q` (or the end of input) quits. A `#pause` comment waits for Enter before the
/// narration under it; a `#? QUESTION` comment makes the next statement a reveal step, hidden
/// under its question until Enter. Both are plain comments to `.read`, `kx FILE` and `kx test`.
extension Classroom {
    func step(_ session: Session, _ arguments: [String], _ statement: StatementText) -> Bool {
        guard expect(session, statement, arguments, 1...1, usage: ".step FILE") else { return false }
        let path = session.resolve(arguments[0], relativeTo: statement.file)
        return play(path: path, in: session) { message in self.fail(session, statement, argument: 0, message) }
    }

    /// Plays the script at `path`; a problem with the file is reported without a location.
    /// - Returns: false when the file cannot be played.
    public func play(path: String, in session: Session) -> Bool {
        play(path: path, in: session) { message in
            session.reportError(message)
            return false
        }
    }

    private func play(path: String, in session: Session, fail: (String) -> Bool) -> Bool {
        if let playing { return fail("'\(playing)' is being played already; playback does not nest") }
        guard let readLine else { return fail("step-through playback needs a terminal or standard input to read keys from") }
        if let recording = recordingPath, FileTarget.isSameFile(recording, path) {
            return fail("cannot play '\(path)': it is the file being recorded to")
        }
        let text: String
        do {
            text = try FileReader.text(path)
        } catch {
            return fail("\(error)")
        }
        playing = path
        ownRuns += 1
        defer {
            playing = nil
            ownRuns -= 1
        }
        play(Self.scenes(ScriptParser.items(text)), file: path, session: session, readLine: readLine)
        return true
    }

    /// A statement with the comments written above it.
    struct Scene {
        /// The narration, in the parts that pause markers (`#pause`) separate: after each part but
        /// the last the player waits for Enter before showing the next.
        var parts: [[String]]
        /// The question of a reveal step (the `#? QUESTION` line and the comments under it): the
        /// statement stays hidden until Enter reveals it.
        var question: [String]?
        var statement: ScriptItem?

        /// The narration as one text, a pause being a paragraph break.
        var narration: String {
            parts.map { $0.joined(separator: "\n") }.filter { !$0.isEmpty }.joined(separator: "\n\n")
        }

        /// What the transcript says before the statement: the narration, then the question.
        var markdown: String {
            var text = Narration(narration).markdown
            if let question {
                text += (text.isEmpty ? "" : "\n") + "**Question:** " + MarkdownText.escaped(question.joined(separator: " "), startsLine: false) + "\n"
            }
            return text
        }
    }

    /// A comment that is a pause marker: the player waits for Enter before the narration under it.
    static let pauseMarker = "pause"
    /// How a comment that makes the next statement a reveal step starts; the question follows it.
    static let questionMarker = "?"

    /// The script as scenes; comments after the last statement make a last scene of their own.
    /// A pause marker starts a new part of the narration; a question marker starts the question,
    /// which runs to the statement (a pause marker in it is left out: the question waits anyway).
    static func scenes(_ items: [ScriptItem]) -> [Scene] {
        var scenes: [Scene] = []
        var scene = Scene(parts: [[]], question: nil, statement: nil)
        for item in items {
            switch item.kind {
            case .comment where item.text == pauseMarker:
                if scene.question == nil { scene.parts.append([]) }
            case .comment where item.text.hasPrefix(questionMarker) && scene.question == nil:
                let question = String(item.text.dropFirst(questionMarker.count)).trimmed(.whitespace)
                scene.question = question.isEmpty ? [] : [question]
            case .comment:
                if scene.question != nil {
                    scene.question?.append(item.text)
                } else {
                    scene.parts[scene.parts.count - 1].append(item.text)
                }
            case .statement:
                scene.statement = item
                scenes.append(scene)
                scene = Scene(parts: [[]], question: nil, statement: nil)
            case .expectation: continue
            }
        }
        if scene.parts != [[]] || scene.question != nil {
            // Closing narration has nothing to hide: its question is shown as narration.
            if let question = scene.question { scene.parts[scene.parts.count - 1] += question }
            scene.question = nil
            scenes.append(scene)
        }
        return scenes
    }

    /// What the instructor pressed: Enter, s, b, or q (also the end of input).
    private enum Key {
        case enter, skip, back, quit
    }

    private func play(_ scenes: [Scene], file: String, session: Session, readLine: (String) -> String?) {
        let style = session.settings.style
        let total = scenes.filter { $0.statement != nil }.count
        say(session, style.dim("Playing \(file): \(total) \(total == 1 ? "statement" : "statements"). Enter runs each one; s skips it, b goes back one, q quits.") + "\n")
        var index = 0
        // What became of each statement, by scene: run (true) or skipped; going back and running
        // or skipping it again replaces it, so the totals never exceed the statements.
        var outcomes: [Int: Bool] = [:]
        while index < scenes.count {
            let scene = scenes[index]
            switch present(scene, session, readLine: readLine) {
            case .enter:
                // The transcript gets the narration of statements that run, once each time they run.
                let markdown = scene.markdown
                if !markdown.isEmpty { recorder?.prose(markdown) }
                index += 1
                guard let statement = scene.statement else { continue }
                session.execute(statement.text, file: file, line: statement.line)
                outcomes[index - 1] = true
                if session.quitRequested { return }
            case .skip:
                if scene.statement != nil {
                    say(session, style.dim("(skipped)") + "\n")
                    outcomes[index] = false
                }
                index += 1
            case .back:
                if let previous = scenes[..<index].lastIndex(where: { $0.statement != nil }) {
                    index = previous
                } else {
                    session.sink.writeError("this is the first statement\n")
                }
            case .quit:
                let number = scenes[...index].filter { $0.statement != nil }.count
                say(session, style.dim("Stopped at statement \(number) of \(total) of \(file).") + "\n")
                return
            }
        }
        let ran = outcomes.values.filter { $0 }.count
        say(session, style.dim("End of \(file): \(ran) run, \(outcomes.count - ran) skipped.") + "\n")
    }

    /// The prompt at a pause marker.
    public static let pausePrompt = "[Enter] go on · s skip · b back · q quit "
    /// The prompt under the question of a reveal step, the statement hidden.
    public static let revealPrompt = "[Enter] reveal the answer · s skip · b back · q quit "

    /// Shows a scene part by part, waiting at each pause, then its question (waiting with the
    /// statement hidden), then its statement, not yet run.
    /// - Returns: the key that decided the scene: Enter to run its statement (or, with none, to go on).
    private func present(_ scene: Scene, _ session: Session, readLine: (String) -> String?) -> Key {
        for (number, part) in scene.parts.enumerated() {
            say(session, (number == 0 ? "\n" : "") + narration(part, session))
            guard number < scene.parts.count - 1 else { break }
            let key = self.key(Self.pausePrompt, help: "press Enter to go on, s to skip the statement, b to go back one, q to quit", session, readLine)
            if key != .enter { return key }
        }
        guard let statement = scene.statement else { return .enter }
        if let question = scene.question {
            let label = "Question:"
            let lines = Narration(question.joined(separator: "\n")).lines(width: width(session) - label.count - 1)
            let text = lines.isEmpty ? [session.settings.style.heading(label)]
                : lines.enumerated().map { $0.offset == 0 ? session.settings.style.heading(label) + " " + $0.element : String(repeating: " ", count: label.count + 1) + $0.element }
            say(session, text.joined(separator: "\n") + "\n")
            let key = self.key(Self.revealPrompt, help: "press Enter to reveal the answer, s to skip it, b to go back one, q to quit", session, readLine)
            if key != .enter { return key }
        }
        let lines = statement.text.split(separator: "\n", omittingEmptySubsequences: false)
        say(session, lines.enumerated().map { ($0.offset == 0 ? session.settings.style.caret("»") + " " : "  ") + TerminalText.escapeControlCharacters(String($0.element)) }
            .joined(separator: "\n") + "\n")
        return key(Self.playbackPrompt, help: "press Enter to run the statement, s to skip it, b to go back one, q to quit", session, readLine)
    }

    /// Narration lines for the terminal, each wrapped to the narration width; an empty line stays empty.
    private func narration(_ lines: [String], _ session: Session) -> String {
        let width = width(session)
        return lines.map { line in
            line.isEmpty ? "\n" : TerminalText.wrap(TerminalText.escapeControlCharacters(line), width: width).joined(separator: "\n") + "\n"
        }.joined()
    }

    /// Reads keys after `prompt` until one is Enter, s, b or q; says `help` after any other.
    private func key(_ prompt: String, help: String, _ session: Session, _ readLine: (String) -> String?) -> Key {
        while true {
            guard let typed = readLine(prompt).map({ $0.trimmed(.whitespace).lowercased() }) else { return .quit }
            switch typed {
            case "": return .enter
            case "s": return .skip
            case "b": return .back
            case "q": return .quit
            default: session.sink.writeError(help + "\n")
            }
        }
    }
}
