import KnowledgeQuery

extension Classroom {
    /// Follows every statement the session runs: records it, and checks it against an open exercise
    /// when the student typed it (a statement at the top level that the classroom did not run itself).
    func observe(_ session: Session, _ event: StatementEvent) {
        switch event {
        case .started(let statement):
            depth += 1
            recorder?.started(statement, quiet: Self.isQuiet(statement.text))
        case .wrote(let text, _):
            if muted == 0 { recorder?.wrote(text) }
        case .finished(let statement, let result, _):
            recorder?.finished(result: result)
            depth = max(0, depth - 1)
            if depth == 0, ownRuns == 0, let result { check(session, statement, result) }
            if let failure = recorder?.failure {
                finish()
                session.reportError("\(failure); recording stopped")
            }
        }
    }

    /// Whether a statement is a lesson, playback or recording command.
    static func isQuiet(_ text: String) -> Bool {
        let command = text.trimmed().prefix { !$0.isWhitespace }
        return quietCommands.contains(String(command))
    }
}
