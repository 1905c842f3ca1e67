/// Where a session's output goes: results to one stream, errors and notes to another.
///
/// The REPL writes both to the terminal; `-c` and scripts write results to standard output and
/// errors to standard error; tests collect them in memory.
public protocol OutputSink: AnyObject {
    /// Writes result text exactly as given.
    func write(_ text: String)
    /// Writes an error or a note; the text ends with a newline.
    func writeError(_ text: String)
}

/// An output sink that keeps everything in memory, for tests and for `kx test`.
public final class BufferSink: OutputSink {
    public private(set) var output = ""
    public private(set) var errors = ""
    /// Results and errors together, in the order they were written.
    public private(set) var transcript = ""

    public init() {}

    public func write(_ text: String) {
        output += text
        transcript += text
    }

    public func writeError(_ text: String) {
        errors += text
        transcript += text
    }

    /// Empties every buffer.
    public func reset() {
        output = ""
        errors = ""
        transcript = ""
    }
}
