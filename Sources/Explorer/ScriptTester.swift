import FileSafety
import Foundation
import KnowledgeGraph
import KnowledgeQuery

/// Runs a script whose statements carry their expected output in `#> ` lines, doctest-style,
/// and reports (or, with `update`, rewrites) every statement whose output differs.
public struct ScriptTester {
    public struct Outcome {
        public var statements = 0
        /// One unified diff per statement whose output differs.
        public var mismatches: [String] = []
        /// Whether the file was rewritten.
        public var updated = false
    }

    let knowledge: [KnowledgeFiles]
    /// The endpoint each script runs on, and how to connect to it; nil: the loaded knowledge.
    let endpoint: (url: String, connector: (String, Cancellation) throws -> any Executor)?

    public init(knowledge: [KnowledgeFiles], endpoint: (url: String, connector: (String, Cancellation) throws -> any Executor)? = nil) {
        self.knowledge = knowledge
        self.endpoint = endpoint
    }

    /// Checks one file. Each statement's output is its results and its errors (without colour), in
    /// the order written, compared line by line with trailing white space ignored. With `update`,
    /// every expectation is rewritten with the actual output; since error messages name lines and
    /// new expectations move the lines below them, the file is run and rewritten until it agrees
    /// with itself (at most three times). The outcome lists the differences found before updating.
    public func check(file: String, update: Bool) throws -> Outcome {
        var (outcome, replacements, text) = try run(file: file)
        guard update, !outcome.mismatches.isEmpty else { return outcome }
        var rerun = outcome
        for _ in 0..<3 where !rerun.mismatches.isEmpty {
            try Self.rewrite(file: file, text: text, replacements: replacements)
            (rerun, replacements, text) = try run(file: file)
        }
        outcome.updated = true
        return outcome
    }

    typealias Replacement = (statement: ScriptItem, expectation: ScriptItem?, actual: [String])

    /// Runs every statement of `file` in one session and compares its output with its expectation.
    private func run(file: String) throws -> (Outcome, [Replacement], String) {
        let text = try FileReader.text(file)
        let sink = BufferSink()
        var settings = Settings()
        settings.keepGoing = true
        let session = try Session(knowledge: knowledge, settings: settings, sink: sink)
        defer { session.finish() }
        if let endpoint {
            session.connector = endpoint.connector
            session.use(try endpoint.connector(endpoint.url, session.cancellation), connection: endpoint.url)
        }
        let items = ScriptParser.items(text)
        var outcome = Outcome()
        var replacements: [Replacement] = []
        for (index, item) in items.enumerated() where item.kind == .statement {
            sink.reset()
            session.execute(item.text, file: file, line: item.line)
            outcome.statements += 1
            let next = index + 1 < items.count ? items[index + 1] : nil
            let expectation = next?.kind == .expectation ? next : nil
            let actual = Self.normalized(sink.transcript)
            let expected = Self.normalized(expectation?.text ?? "")
            if actual != expected {
                let label = "\(file):\(item.line): \(item.text.split(separator: "\n").first ?? "")"
                outcome.mismatches.append(UnifiedDiff.diff(expected: expected, actual: actual, expectedLabel: "\(label) (expected)", actualLabel: "\(label) (actual)"))
            }
            replacements.append((item, expectation, actual))
            if session.quitRequested { break }
        }
        return (outcome, replacements, text)
    }

    /// Lines with trailing white space removed, and no trailing empty lines.
    static func normalized(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var line = String(line)
            while line.last?.isWhitespace == true { line.removeLast() }
            return line
        }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Writes the file with every statement's expectation replaced by its actual output, atomically
    /// (`AtomicFile`: never through a link planted beside it or at the file).
    static func rewrite(file: String, text: String, replacements: [Replacement]) throws {
        // A file with CRLF line ends keeps them, on the new expectation lines too.
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        var lines = ScriptParser.lines(of: text)
        let endsWithNewline = lines.last == ""
        if endsWithNewline { lines.removeLast() }
        var result: [String] = []
        var skip: Set<Int> = []
        var insertions: [Int: [String]] = [:]
        for replacement in replacements {
            if let expectation = replacement.expectation {
                skip.formUnion((expectation.line - 1)..<(expectation.line - 1 + expectation.lineCount))
            }
            let last = replacement.statement.line - 1 + replacement.statement.lineCount - 1
            insertions[last] = replacement.actual.map { $0.isEmpty ? "#>" : "#> " + $0 }
        }
        for (index, line) in lines.enumerated() {
            if !skip.contains(index) { result.append(line) }
            if let inserted = insertions[index] { result += inserted }
        }
        let output = result.joined(separator: newline) + (endsWithNewline ? newline : "")
        try AtomicFile.write(output, to: file)
    }
}
