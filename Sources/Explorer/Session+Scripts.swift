import FileSafety
import Foundation
import KnowledgeGraph
import KnowledgeQuery

extension Session {
    /// Runs a script's statements in order. Stops at the first failure unless `keepGoing`,
    /// and always once `cancellation` is cancelled.
    /// - Returns: false when any statement failed or the script was interrupted.
    @discardableResult
    public func runScript(_ text: String, file: String) -> Bool {
        var succeeded = true
        for item in ScriptParser.items(text) where item.kind == .statement {
            if quitRequested { break }
            if cancellation.isCancelled { return false }
            if !execute(item.text, file: file, line: item.line) {
                succeeded = false
                if !settings.keepGoing || cancellation.isCancelled { break }
            }
        }
        return succeeded
    }

    /// Reads and runs a script file, refusing one that is already being read (a `.read` cycle).
    func readFile(_ path: String, span: Range<Int>? = nil, statement: StatementText? = nil) -> Bool {
        let canonical = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        func fail(_ message: String, _ notes: [String] = []) -> Bool {
            if let span, let statement {
                report(statement.diagnostic(for: QueryError(span: span, message: message, notes: notes)))
            } else {
                reportError(message)
            }
            return false
        }
        if readStack.contains(where: { $0.canonical == canonical }) {
            return fail("'\(path)' is already being read", ["the chain is: \((readStack.map(\.path) + [path]).joined(separator: " -> "))"])
        }
        guard readStack.count < 32 else { return fail(".read is nested more than 32 files deep") }
        let text: String
        do {
            text = try FileReader.text(path)
        } catch {
            return fail("\(error)")
        }
        readStack.append((canonical, path))
        defer { readStack.removeLast() }
        return runScript(text, file: path)
    }

    /// Runs a script file given on the command line.
    @discardableResult
    public func runFile(_ path: String) -> Bool {
        readFile(path)
    }
}
