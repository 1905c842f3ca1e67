import FileSafety
import Foundation
import KnowledgeQuery
import Rendering

/// Writes a session to a Markdown file as it happens (`.record FILE`, `kx --record FILE`):
/// each statement as a fenced `kx` code block, each result as a Markdown table (or text), notes
/// and errors as fenced `text` blocks without colour, and lesson narration as prose.
///
/// Crash safety: unlike `.output` files (written to a temporary file and renamed when closed), a
/// transcript is appended to in place, each entry written whole with one `write` and forced to disk
/// with `fsync`. A crash therefore leaves every entry recorded so far intact and readable, which
/// for a class handout is worth more than all-or-nothing. The file is opened by `FileTarget`, which
/// refuses a symbolic link, a FIFO, a device (but `/dev/null`) or a folder.
final class TranscriptRecorder {
    let path: String
    private var descriptor: Int32
    /// The statements being run, innermost last, with the text each has written so far.
    private var frames: [Frame] = []
    /// The first write error, reported once.
    private(set) var failure: String?

    private struct Frame {
        var statement: StatementText
        /// A lesson or playback command: its line is not shown unless it writes something.
        var quiet: Bool
        var fenced = false
        var text = ""
    }

    /// Creates (or empties) the file at `path`.
    /// - Throws: `FileError` when it cannot be written or is not a regular file.
    init(path: String) throws {
        self.path = path
        descriptor = try FileTarget.openEmptied(path)
    }

    deinit {
        close()
    }

    /// Stops recording; what was written stays.
    func close() {
        guard descriptor >= 0 else { return }
        Foundation.close(descriptor)
        descriptor = -1
    }

    /// A statement starts: text written so far by the statement around it comes first.
    func started(_ statement: StatementText, quiet: Bool) {
        if !frames.isEmpty { flush(&frames[frames.count - 1]) }
        var frame = Frame(statement: statement, quiet: quiet)
        if !quiet {
            append(Self.fenced(statement.text, info: "kx"))
            frame.fenced = true
        }
        frames.append(frame)
    }

    /// Text the running statement wrote to the screen.
    func wrote(_ text: String) {
        guard !frames.isEmpty else { return }
        frames[frames.count - 1].text += text
    }

    /// The statement ends: its result as Markdown, or else what it wrote (notes, errors) as text.
    func finished(result: QueryResult?) {
        guard var frame = frames.popLast() else { return }
        if let result {
            append(Self.markdown(result))
        } else {
            flush(&frame)
        }
    }

    /// Prose, such as lesson narration: paragraphs of Markdown.
    func prose(_ markdown: String) {
        append(markdown.trimmed(.newlines) + "\n")
    }

    /// A statement shown but not run by the session itself, such as an accepted answer being revealed.
    func code(_ text: String) {
        append(Self.fenced(text, info: "kx"))
    }

    private func flush(_ frame: inout Frame) {
        var text = Self.withoutEscapes(frame.text)
        frame.text = ""
        // `.echo on` repeats the statement first; the transcript shows it once, in its own block.
        if text.hasPrefix(frame.statement.text + "\n") { text.removeFirst(frame.statement.text.count + 1) }
        guard !text.trimmed().isEmpty else { return }
        if !frame.fenced {
            append(Self.fenced(frame.statement.text, info: "kx"))
            frame.fenced = true
        }
        append(Self.fenced(text, info: "text"))
    }

    /// Writes one entry and a blank line, then forces it to disk.
    private func append(_ entry: String) {
        guard descriptor >= 0 else { return }
        let bytes = Array((entry + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                if failure == nil { failure = "cannot write '\(path)': \(String(cString: strerror(errno)))" }
                return
            }
            offset += written
        }
        fsync(descriptor)
    }

    /// A result in the markdown format; an empty list says so in words instead of an empty table.
    static func markdown(_ result: QueryResult) -> String {
        if case .entities(let list) = result, list.ids.isEmpty {
            return "*(\(list.noun.counted(0))\(list.emptiness.map(\.words).map { ": \(MarkdownText.escaped($0, startsLine: false))" } ?? ""))*\n"
        }
        return ResultRenderer(format: .markdown, width: nil, style: .plain).render(result)
    }

    /// `text` in a fence longer than any run of backticks inside it, so the text cannot close it,
    /// with control characters made visible.
    static func fenced(_ raw: String, info: String) -> String {
        let text = TerminalText.escapeControlCharacters(raw, keepNewlines: true)
        var longest = 0, run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        let body = text.hasSuffix("\n") ? text : text + "\n"
        return "\(fence)\(info)\n\(body)\(fence)\n"
    }

    /// `text` without ANSI escape sequences (colour), so the file reads the same everywhere.
    static func withoutEscapes(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else {
                if scalar != "\u{01}" && scalar != "\u{02}" { output.append(scalar) }
                continue
            }
            guard let next = scalars.next(), next == "[" else { continue }
            // A control sequence ends with a byte in @…~.
            while let byte = scalars.next(), !(0x40...0x7E).contains(byte.value) {}
        }
        return String(output)
    }
}
