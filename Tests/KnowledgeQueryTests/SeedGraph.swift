import EmbeddedKnowledge
import KnowledgeGraph
import KnowledgeStore
import XCTest
@testable import KnowledgeQuery

/// The shipped knowledge, loaded once for every test in the target; tests only read it.
enum SeedGraph {
    static let loaded = Result { try KnowledgeLoader.load([KnowledgeFiles(root: "Knowledge", files: EmbeddedKnowledge.files())]) }

    /// The seed graph, or a test failure that shows why it did not load.
    static func graph(file: StaticString = #filePath, line: UInt = #line) throws -> Graph {
        try loaded.graph(file: file, line: line)
    }

    static func evaluator() throws -> GraphExecutor {
        GraphExecutor(graph: try graph())
    }
}

extension Result where Success == Graph, Failure == Error {
    /// The loaded graph, or a test failure that shows every diagnostic of why it did not load.
    func graph(file: StaticString, line: UInt) throws -> Graph {
        do {
            return try get()
        } catch let error as KnowledgeError {
            XCTFail(error.diagnostics.map { $0.rendered() }.joined(separator: "\n"), file: file, line: line)
            throw error
        }
    }
}

extension XCTestCase {
    /// The error `text` throws when run, or a failure when it succeeds or throws something else.
    func queryError(_ text: String, in evaluator: GraphExecutor? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> QueryError {
        do {
            if let evaluator { _ = try evaluator.run(text) } else { _ = try Parser.parse(text) }
        } catch let error as QueryError {
            return error
        }
        XCTFail("expected '\(text)' to fail", file: file, line: line)
        throw QueryError(span: 0..<0, message: "did not fail")
    }

    /// The rendered diagnostic for `text`, as users see it.
    func rendered(_ text: String, in evaluator: GraphExecutor? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        StatementText(text).diagnostic(for: try queryError(text, in: evaluator, file: file, line: line)).rendered()
    }
}

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

extension Rows.Cell {
    /// The cell in a notation for expected values: numbers without `.0`, lists joined with `, `, steps as `from -rel->`.
    var written: String {
        switch self {
        case .text(let text), .entity(let text): return text
        case .number(let number): return number.rounded() == number ? String(Int(number)) : String(number)
        case .list(let items): return items.joined(separator: ", ")
        case .empty: return ""
        case .step(let step): return "\(step.from) \(step.arrow)"
        }
    }
}

extension PathStep {
    /// The step's qualifiers in a notation for expected values: `[not, may]`, or nothing when plainly asserted.
    var tag: String { Qualifiers(hedge: hedge, negated: negated).tag }

    /// The step's arrow in a notation for expected values: `-rel[may]->`, `<-rel-`.
    var arrow: String { direction == .outgoing ? "-\(relation)\(tag)->" : "<-\(relation)\(tag)-" }
}
