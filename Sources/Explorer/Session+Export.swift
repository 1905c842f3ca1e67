import Export
import KnowledgeGraph
import KnowledgeQuery

extension Session {
    /// `.export FORMAT FILE [--base IRI] [--rdf11]`: writes the loaded knowledge to FILE (for kgx, the
    /// prefix or folder of its two files) atomically, and says what it wrote.
    func runExport(_ arguments: [Word], command: Word, statement: StatementText) -> Bool {
        func fail(_ span: Range<Int>, _ message: String, _ notes: [String] = []) -> Bool {
            report(statement.diagnostic(for: QueryError(span: span, message: message, notes: notes)))
            return false
        }
        let usage = ".export FORMAT FILE [--base IRI] [--rdf11]"
        var positional: [Word] = []
        var options = ExportOptions(cancellation: cancellation)
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            switch word.text {
            case "--rdf11":
                options.rdf11 = true
            case "--base":
                guard index + 1 < arguments.count else { return fail(word.span, "--base needs an IRI", ["usage: \(usage)"]) }
                index += 1
                do {
                    options.base = try ExportOptions.checkBase(arguments[index].text)
                } catch {
                    return fail(arguments[index].span, error.message, error.notes)
                }
            default:
                guard !word.text.hasPrefix("--") else {
                    return fail(word.span, "unknown option '\(word.text)'", QueryError.suggestion(word.text, ["--base", "--rdf11"]) + ["usage: \(usage)"])
                }
                positional.append(word)
            }
            index += 1
        }
        guard positional.count == 2 else {
            let span = positional.count > 2 ? positional[2].span : command.span
            return fail(span, positional.count > 2 ? "too many arguments" : "missing argument", ["usage: \(usage)"])
        }
        guard let format = ExportFormat.named(positional[0].text) else {
            let error = ExportFormat.unknown(positional[0].text)
            return fail(positional[0].span, error.message, error.notes)
        }
        do {
            try Exporter.check(format, rdf11: options.rdf11)
            let summary = try Exporter.write(graph, as: format, to: resolve(positional[1].text, relativeTo: statement.file), options: options)
            sink.writeError("wrote \(summary.line)\n")
            return true
        } catch is Interrupted {
            sink.writeError("interrupted\n")
            reportError("nothing was exported")
            return false
        } catch let error as ExportError {
            return fail(positional[0].span, error.message, error.notes)
        } catch {
            return fail(positional[1].span, "\(error)")
        }
    }
}
