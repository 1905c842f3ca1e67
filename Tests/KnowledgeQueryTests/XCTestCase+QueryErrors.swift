import XCTest
@testable import KnowledgeQuery

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
