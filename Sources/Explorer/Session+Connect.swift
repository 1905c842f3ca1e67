import KnowledgeGraph
import KnowledgeQuery
import Rendering

extension Session {
    /// `.connect URL`: runs statements on the SPARQL endpoint at URL from now on; `.connect` alone:
    /// back to the loaded knowledge. A failed connection leaves the session where it was.
    func connect(_ arguments: [Word], statement: StatementText, command: Word) -> Bool {
        guard let target = arguments.first else {
            guard connection != nil else {
                sink.writeError("already on the loaded knowledge; .connect URL runs statements on a SPARQL endpoint\n")
                return true
            }
            use(GraphExecutor(graph: graph), connection: nil)
            sink.writeError("back to the loaded knowledge; \(summary)\n")
            return true
        }
        guard let connector else {
            report(statement.diagnostic(for: QueryError(span: command.span, message: ".connect is not available here")))
            return false
        }
        do {
            let executor = try connector(target.text, cancellation)
            use(executor, connection: target.text)
            sink.writeError("connected to \(TerminalText.escapeControlCharacters(target.text)); \(summary)\n")
            return true
        } catch is Interrupted {
            sink.writeError("interrupted\n")
            return false
        } catch let error as ExplainedError {
            report(statement.diagnostic(for: QueryError(span: target.span, message: error.message, notes: error.notes)))
            return false
        } catch {
            report(statement.diagnostic(for: QueryError(span: target.span, message: "\(error)")))
            return false
        }
    }
}
