import FileSafety
import Foundation
import KnowledgeGraph
import KnowledgeQuery
import Rendering

/// Step-through playback of a script (`.step FILE`, `kx --step FILE`): comments are narration;
/// each statement is shown and runs when the instructor presses Enter; `s` skips it, `b` goes
/// back one, `q` (or the end of input) quits.
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
        var narration: [String]
        var statement: ScriptItem?
    }

    /// The script as scenes; comments after the last statement make a last scene of their own.
    static func scenes(_ items: [ScriptItem]) -> [Scene] {
        var scenes: [Scene] = []
        var narration: [String] = []
        for item in items {
            switch item.kind {
            case .comment: narration.append(item.text)
            case .statement:
                scenes.append(Scene(narration: narration, statement: item))
                narration = []
            case .expectation: continue
            }
        }
        if !narration.isEmpty { scenes.append(Scene(narration: narration, statement: nil)) }
        return scenes
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
            show(scene, session)
            guard let statement = scene.statement else {
                index += 1
                continue
            }
            var key: String?
            while true {
                key = readLine(Self.playbackPrompt).map { $0.trimmed(.whitespace).lowercased() }
                guard let typed = key, !["", "s", "b", "q"].contains(typed) else { break }
                session.sink.writeError("press Enter to run the statement, s to skip it, b to go back one, q to quit\n")
            }
            switch key {
            case ""?:
                // The transcript gets the narration of statements that run, once each time they run.
                if !scene.narration.isEmpty { recorder?.prose(Narration(scene.narration.joined(separator: "\n")).markdown) }
                session.execute(statement.text, file: file, line: statement.line)
                outcomes[index] = true
                index += 1
                if session.quitRequested { return }
            case "s"?:
                say(session, style.dim("(skipped)") + "\n")
                outcomes[index] = false
                index += 1
            case "b"?:
                if let previous = scenes[..<index].lastIndex(where: { $0.statement != nil }) {
                    index = previous
                } else {
                    session.sink.writeError("this is the first statement\n")
                }
            default:
                let number = scenes[...index].filter { $0.statement != nil }.count
                say(session, style.dim("Stopped at statement \(number) of \(total) of \(file).") + "\n")
                return
            }
        }
        let ran = outcomes.values.filter { $0 }.count
        say(session, style.dim("End of \(file): \(ran) run, \(outcomes.count - ran) skipped.") + "\n")
    }

    /// Shows a scene's narration and its statement, not yet run.
    private func show(_ scene: Scene, _ session: Session) {
        let width = width(session)
        var text = "\n"
        for line in scene.narration {
            text += line.isEmpty ? "\n" : TerminalText.wrap(TerminalText.escapeControlCharacters(line), width: width).joined(separator: "\n") + "\n"
        }
        if let statement = scene.statement {
            let lines = statement.text.split(separator: "\n", omittingEmptySubsequences: false)
            text += lines.enumerated().map { ($0.offset == 0 ? session.settings.style.caret("»") + " " : "  ") + TerminalText.escapeControlCharacters(String($0.element)) }
                .joined(separator: "\n") + "\n"
        }
        let closing = scene.statement == nil && !scene.narration.isEmpty
        say(session, text, markdown: closing ? Narration(scene.narration.joined(separator: "\n")).markdown : nil)
    }
}
