import FileSafety
import Foundation
import KnowledgeGraph
import KnowledgeQuery
import Rendering

extension Session {
    /// A dot-command's words with their offsets in the line; `"…"` quotes a word with spaces.
    struct Word {
        var text: String
        var span: Range<Int>
    }

    static func words(_ line: String) -> [Word] {
        var words: [Word] = []
        let characters = Array(line)
        var index = 0
        while index < characters.count {
            if characters[index].isWhitespace {
                index += 1
                continue
            }
            let start = index
            var text = ""
            if characters[index] == "\"" || characters[index] == "'" {
                let quote = characters[index]
                index += 1
                while index < characters.count, characters[index] != quote {
                    text.append(characters[index])
                    index += 1
                }
                index = min(index + 1, characters.count)
            } else {
                while index < characters.count, !characters[index].isWhitespace {
                    text.append(characters[index])
                    index += 1
                }
            }
            words.append(Word(text: text, span: start..<index))
        }
        return words
    }

    /// Runs a dot-command line.
    func runDotCommand(_ line: String, statement: StatementText) -> Bool {
        let offset = statement.text.distance(from: statement.text.startIndex, to: statement.text.firstIndex(of: ".") ?? statement.text.startIndex)
        let words = Self.words(line).map { Word(text: $0.text, span: ($0.span.lowerBound + offset)..<($0.span.upperBound + offset)) }
        guard let command = words.first else { return true }
        let arguments = Array(words.dropFirst())
        func fail(_ span: Range<Int>, _ message: String, _ notes: [String] = []) -> Bool {
            report(statement.diagnostic(for: QueryError(span: span, message: message, notes: notes)))
            return false
        }
        func expect(_ count: ClosedRange<Int>) -> Bool {
            guard count.contains(arguments.count) else {
                let usage = DotCommand.named(command.text)?.usage ?? command.text
                let span = arguments.count > count.upperBound ? arguments[count.upperBound].span : command.span
                _ = fail(span, arguments.count > count.upperBound ? "too many arguments" : "missing argument", ["usage: \(usage)"])
                return false
            }
            return true
        }
        func choice(_ word: Word, _ choices: [String]) -> String? {
            if choices.contains(word.text.lowercased()) { return word.text.lowercased() }
            let expected = choices.dropLast().joined(separator: ", ") + (choices.count > 1 ? " or " : "") + (choices.last ?? "")
            _ = fail(word.span, "expected \(expected), not '\(word.text)'", QueryError.suggestion(word.text, choices))
            return nil
        }
        if settings.safe, let reason = Self.safeRefusal(command.text, arguments.map(\.text)) {
            return fail(command.span, "\(command.text) is refused under --safe: \(reason)",
                        ["--safe lets statements use only the files named on the command line"])
        }
        switch command.text {
        case ".quit":
            guard expect(0...0) else { return false }
            requestQuit()
        case ".exit":
            guard expect(0...1) else { return false }
            if let argument = arguments.first {
                guard let status = Int32(argument.text), (0...255).contains(status) else {
                    return fail(argument.span, "expected an exit status from 0 to 255, not '\(argument.text)'", ["usage: .exit [STATUS]"])
                }
                exitStatus = status
            }
            requestQuit()
        case ".help":
            guard expect(0...1) else { return false }
            guard let topic = arguments.first else {
                sink.write(Help.overview)
                return true
            }
            guard let text = Help.topic(topic.text) else {
                return fail(topic.span, "no help topic '\(topic.text)'", QueryError.suggestion(topic.text, Help.topics + DotCommand.all.map(\.name)) + ["topics: \(Help.topics.joined(separator: ", "))"])
            }
            sink.write(text)
        case ".format", ".mode":
            guard expect(0...1) else { return false }
            guard !arguments.isEmpty else {
                sink.write("\(settings.format.rawValue)\n")
                return true
            }
            guard let name = choice(arguments[0], OutputFormat.allCases.map(\.rawValue)),
                  let format = OutputFormat(rawValue: name) else { return false }
            settings.format = format
        case ".links":
            guard expect(0...1) else { return false }
            guard let argument = arguments.first else {
                sink.write("\(settings.links ? "on" : "off")\n")
                return true
            }
            guard let value = choice(argument, ["on", "off"]) else { return false }
            settings.links = value == "on"
        case ".timer", ".echo":
            guard expect(1...1), let value = choice(arguments[0], ["on", "off"]) else { return false }
            if command.text == ".timer" { settings.timer = value == "on" } else { settings.echo = value == "on" }
        case ".read":
            guard expect(1...1) else { return false }
            return readFile(resolve(arguments[0].text, relativeTo: statement.file), span: arguments[0].span, statement: statement)
        case ".load":
            guard expect(1...1) else { return false }
            return load(resolve(arguments[0].text, relativeTo: statement.file), span: arguments[0].span, statement: statement)
        case ".reload":
            guard expect(0...0) else { return false }
            let onDisk = knowledge.filter(\.isOnDisk)
            guard !onDisk.isEmpty else {
                sink.writeError("nothing to reload: the built-in knowledge has no folder on disk\n")
                return true
            }
            return rebuild(span: command.span, statement: statement, done: "reloaded \(onDisk.map(\.root).joined(separator: ", "))", failed: "nothing was reloaded") {
                try knowledge.map { try $0.reread() }
            }
        case ".connect":
            guard expect(0...1) else { return false }
            return connect(arguments, statement: statement, command: command)
        case ".tables":
            guard expect(0...0) else { return false }
            return runQuery(StatementText("kinds", file: statement.file, line: statement.line))
        case ".shell", ".system", ".import":
            let instead = command.text == ".import" ? "run kx import in your shell, then .load the pack it writes" : "kx runs no programs; run it in your shell"
            return fail(command.span, "\(command.text) is not supported", [instead])
        case ".schema":
            guard expect(0...1) else { return false }
            guard let argument = arguments.first else { return runQuery(StatementText("schema", file: statement.file, line: statement.line)) }
            guard choice(argument, ["yaml"]) != nil else { return false }
            emit(executor.schema.yaml)
        case ".output", ".once":
            guard expect(command.text == ".once" ? 1...1 : 0...1) else { return false }
            closeRedirect()
            guard let target = arguments.first else { return true }
            do {
                redirect = try AtomicFile(path: resolve(target.text, relativeTo: statement.file))
                redirectOnce = command.text == ".once"
            } catch {
                return fail(target.span, "\(error)")
            }
        case ".export":
            return runExport(arguments, command: command, statement: statement)
        case ".history":
            guard expect(0...0) else { return false }
            let entries = historyProvider?() ?? []
            for (number, entry) in entries.enumerated() {
                sink.write(String(format: "%5d  ", number + 1) + TerminalText.escapeControlCharacters(entry, keepNewlines: true).replacingOccurrences(of: "\n", with: "\n       ") + "\n")
            }
        case ".show":
            guard expect(0...0) else { return false }
            sink.write("""
                format: \(settings.format.rawValue)
                links: \(settings.links ? "on" : "off")
                output: \(redirect.map { "\($0.path)\(redirectOnce ? " (next result only)" : "")" } ?? "the screen")
                echo: \(settings.echo ? "on" : "off")
                timer: \(settings.timer ? "on" : "off")
                knowledge: \(knowledge.map(\.root).joined(separator: ", "))
                loaded: \(graph.summary)

                """ + (connection.map { "endpoint: \(TerminalText.escapeControlCharacters($0)) (\(summary))\n" } ?? ""))
        default:
            if let handler = extraCommands[command.text] {
                return handler(self, arguments.map(\.text), statement)
            }
            let names = DotCommand.all.map(\.name) + extraCommands.keys
            return fail(command.span, "unknown command '\(command.text)'", QueryError.suggestion(command.text, names) + ["type .help for the list of commands"])
        }
        return true
    }

    /// Rebuilds the graph from the folders `folders` returns and writes `done` with a summary; on
    /// failure writes every problem (those with no file under `span`) and keeps the graph as it was.
    func rebuild(span: Range<Int>, statement: StatementText, done: String, failed: String, folders: () throws -> [KnowledgeFiles]) -> Bool {
        do {
            try reload(try folders())
            sink.writeError("\(done); now \(graph.summary)\n")
            if let connection {
                sink.writeError("statements still run on \(TerminalText.escapeControlCharacters(connection)); .connect alone runs them on the loaded knowledge\n")
            }
            return true
        } catch is Interrupted {
            sink.writeError("interrupted\n")
            reportError("\(failed); the knowledge is unchanged")
            return false
        } catch let error as KnowledgeError {
            for diagnostic in error.diagnostics {
                report(diagnostic.location == nil
                    ? statement.diagnostic(for: QueryError(span: span, message: diagnostic.message, notes: diagnostic.notes))
                    : diagnostic)
            }
            reportError("\(failed); the knowledge is unchanged")
            return false
        } catch {
            report(statement.diagnostic(for: QueryError(span: span, message: "\(error)")))
            return false
        }
    }

    /// `24 entities, 41 relations from 1 document`.
    public var summary: String {
        do {
            return try executor.contents().summary
        } catch {
            return "contents unknown (\(error))"
        }
    }

    /// A path relative to the file a statement came from (or the working directory).
    func resolve(_ path: String, relativeTo file: String) -> String {
        let expanded = Self.expandingHome(path)
        guard !expanded.hasPrefix("/"), file.hasSuffix(".kx") || file.contains("/") else { return expanded }
        let directory = (file as NSString).deletingLastPathComponent
        return directory.isEmpty ? expanded : (directory as NSString).appendingPathComponent(expanded)
    }
}
