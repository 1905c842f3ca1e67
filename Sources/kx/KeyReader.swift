import Explorer
import Foundation
import LineEditor
import Rendering

/// Where step-through playback reads its keys from: a line at a time, after showing a prompt.
enum KeyReader {
    /// Lines of standard input; the prompt is shown only when it is a terminal (as with `-c '.step FILE'`).
    static func standardInput(_ prompt: String) -> String? {
        if Terminal.isTerminal(STDIN_FILENO) { fputs(prompt, stdout) }
        fflush(stdout)
        return Swift.readLine(strippingNewline: true)
    }

    /// A line editor for reading keys on a terminal outside the REPL, with no history.
    static func editor() -> LineEditor {
        LineEditor(programName: "kx", historyFile: nil) { _, cursor in Completion(replaceFrom: cursor, candidates: []) }
    }

    /// Lines read with `editor`, the prompt dimmed; Ctrl-C quits (`q`), Ctrl-D ends the input.
    static func reading(_ editor: LineEditor, style: Styler) -> (String) -> String? {
        { prompt in
            fflush(stdout)
            switch editor.readLine(prompt: LineEditor.promptIgnoringEscapes(style.dim(prompt))) {
            case .line(let line): return line
            case .interrupted: return "q"
            case .endOfInput: return nil
            }
        }
    }
}
