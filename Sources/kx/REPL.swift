import CEditLine
import ArgumentParser
import Explorer
import Foundation
import LineEditor
import Rendering

/// The interactive prompt: reads statements with the line editor and hands them to the session.
struct REPL {
    let session: Session
    let historyFile: String?
    /// A lesson to start once the banner is shown (`--lesson NAME`).
    var lesson: String?

    /// `$XDG_STATE_HOME/kx/history` when XDG_STATE_HOME is set, else `~/.kx_history`.
    static func defaultHistoryFile() -> String {
        let environment = ProcessInfo.processInfo.environment
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
            return (state as NSString).appendingPathComponent("kx/history")
        }
        return ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".kx_history")
    }

    /// The prompt in the caret's colour, reset before its trailing space: libedit drops an escape
    /// sequence that ends the prompt, which left the typed line, the output and the shell after exit
    /// in bold green.
    static func coloured(_ prompt: String, _ style: Styler) -> String {
        guard prompt.hasSuffix(" ") else { return style.caret(prompt) }
        return style.caret(String(prompt.dropLast())) + " "
    }

    func run() throws {
        let session = self.session
        let editor = LineEditor(programName: "kx", historyFile: historyFile) { line, cursor in
            let result = session.completions(line, cursor: cursor)
            return Completion(replaceFrom: result.replaceFrom, candidates: result.candidates)
        }
        session.historyProvider = { editor.historyEntries }
        session.classroom.readLine = KeyReader.singleKeys(style: session.settings.style)
        if let error = editor.historyError {
            session.sink.writeError("kx: history: \(error); history is off for this session and the file is left as it is\n")
        }
        let style = session.settings.style
        session.sink.write("kx \(KX.version) · \(session.summary) · \(style.heading(".help")) for help\n")
        if let lesson, !session.classroom.startLesson(named: lesson, in: session) { throw ExitCode(1) }
        var buffer = ""
        while !session.quitRequested {
            let base = buffer.isEmpty ? "kx> " : "...> "
            let prefix = session.promptPrefix?() ?? ""
            let prompt = buffer.isEmpty ? prefix + base : String(repeating: " ", count: max(0, prefix.count + 4 - base.count)) + base
            switch editor.readLine(prompt: LineEditor.promptIgnoringEscapes(Self.coloured(prompt, style))) {
            case .line(let line):
                buffer = buffer.isEmpty ? line : buffer + "\n" + line
                let isDotCommand = buffer.drop { $0 == " " }.hasPrefix(".")
                if !isDotCommand, ScriptParser.needsContinuation(buffer) { continue }
                let statement = buffer
                buffer = ""
                if let error = editor.addHistory(statement) {
                    session.sink.writeError("kx: history: \(error); the history is kept in memory (this is said once)\n")
                }
                session.settings.width = Terminal.width()
                session.cancellation.reset()
                session.execute(ScriptParser.finished(statement), file: "", line: 1)
                LineEditor.interruptRequested = false
                fflush(kx_standard_output())
            case .interrupted:
                buffer = ""
            case .endOfInput:
                // An unfinished statement runs as a script's last one would, so its error is shown, not lost.
                guard !buffer.isEmpty else { return }
                editor.addHistory(buffer)
                if !session.execute(ScriptParser.finished(buffer), file: "", line: 1) { throw ExitCode(1) }
                return
            }
        }
    }
}
