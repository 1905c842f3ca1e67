@testable import KnowledgeQuery

extension GraphExecutor {
    /// The ids of the entities a query yields, in result order.
    func ids(_ text: String) throws -> [String] {
        try entityList(text).ids
    }

    /// The entity list a query yields; a failure when the statement yields something else.
    func entityList(_ text: String) throws -> EntityList {
        guard case .entities(let list) = try run(text) else { throw QueryError(span: 0..<0, message: "'\(text)' is not a query") }
        return list
    }

    /// A rows result as text cells, with its noun's plural.
    func table(_ text: String) throws -> (rows: [[String]], columns: [String], noun: String) {
        let rows = try rows(text)
        return (rows.rows.map { $0.map(\.written) }, rows.columns.map(\.name), rows.noun.plural)
    }

    /// The rows a statement yields; a failure when it yields something else.
    func rows(_ text: String) throws -> Rows {
        guard case .rows(let rows) = try run(text) else { throw QueryError(span: 0..<0, message: "'\(text)' is not rows") }
        return rows
    }
}
