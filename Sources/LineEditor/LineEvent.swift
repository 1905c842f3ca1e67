/// The outcome of one `LineEditor.readLine(prompt:)` call.
public enum LineEvent: Equatable {
    /// The user pressed Return; the text has no trailing newline but may contain
    /// embedded newlines when a multi-line history entry was recalled.
    case line(String)
    /// The user pressed Ctrl-C: the line was abandoned and the cursor is on a fresh line.
    case interrupted
    /// Ctrl-D on an empty line, or the input was closed.
    case endOfInput
}
