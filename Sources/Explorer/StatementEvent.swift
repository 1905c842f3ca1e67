import KnowledgeQuery

/// What a session tells its `statementObservers` while it runs a statement.
///
/// Statements nest (`.read`, `.step` and lessons run statements inside a dot-command), so a
/// `started` is always matched by a `finished`, with the nested statements' events in between.
public enum StatementEvent {
    /// A statement is about to run.
    case started(StatementText)
    /// Text the session wrote while running statements: a result, a note, or an error (`isError`).
    case wrote(String, isError: Bool)
    /// The statement ended; `result` is the query's result, nil for a dot-command or a failed query.
    case finished(StatementText, result: QueryResult?, succeeded: Bool)
}
