import XCTest
import KnowledgeGraph
@testable import KnowledgeQuery

/// Entity lists are made a column at a time from the store; only `Detail.provenance` adds each
/// entity whole, with where its statements come from.
final class EntityListColumnsTests: XCTestCase {
    private func list(_ text: String, _ detail: Detail, in executor: GraphExecutor) throws -> EntityList {
        guard case .entities(let list) = try executor.run(text, detail: detail) else { throw QueryError(span: 0..<0, message: "'\(text)' is not a query") }
        return list
    }

    func testAColumnHoldsEveryStatementOfEachRowWithItsQualifiers() throws {
        let list = try list("trials", .values, in: try FixtureGraph.greyFever.evaluator())
        XCTAssertEqual(list.ids, ["no-zorvamab-control-trials", "planned-switch-trials"])
        XCTAssertEqual(list.kinds, ["trial", "trial"])
        XCTAssertEqual(list.names.last, "clinical trials currently planned to address the question prospectively")
        let columns = Dictionary(uniqueKeysWithValues: list.columns.map { ($0.name, $0) })
        XCTAssertEqual(columns["status"].map { Array($0[0]) }, [StatedValue(value: .enumeration("stopped-early"), hedge: "implied")])
        XCTAssertEqual(columns["status"].map { Array($0[1]) }, [StatedValue(value: .enumeration("planned"))])
        XCTAssertEqual(columns["minimum-count"].map { Array($0[0]) }, [StatedValue(value: .number(2))])
        XCTAssertEqual(columns["minimum-count"].map { $0[1].isEmpty }, true)
        XCTAssertEqual(list.columns.map(\.count), Array(repeating: 2, count: list.columns.count))
        // Sources that disagree give a row several statements, in statement order.
        let literature = try self.list("trials", .values, in: try FixtureGraph.literature.evaluator())
        XCTAssertEqual(literature.columns.first { $0.name == "status" }.map { Array($0[0]) },
                       [StatedValue(value: .enumeration("planned")), StatedValue(value: .enumeration("completed"))])
    }

    func testOnlyProvenanceHoldsTheEntitiesWhole() throws {
        let executor = try FixtureGraph.greyFever.evaluator()
        let values = try list("trials", .values, in: executor), whole = try list("trials", .provenance, in: executor)
        XCTAssertNil(values.entities)
        XCTAssertEqual(whole.entities?.map(\.id), values.ids)
        XCTAssertEqual(whole.columns, values.columns)
        // A list's quotes say where they are, not their words.
        let status = try XCTUnwrap(whole.entities?.first?.statements(of: "status").first)
        XCTAssertEqual(status.provenance.map(\.citation), ["sentence 6"])
        XCTAssertEqual(status.provenance.map(\.quote), [""])
    }

    func testAnAttributeNoRowHasGivesEmptyRows() throws {
        let graph = try FixtureGraph.greyFever.graph()
        let column = graph.attributeColumn("phase", of: [0, 1, 2])
        XCTAssertEqual(column.count, 3)
        XCTAssertFalse(column.hasStatements)
        XCTAssertEqual(graph.attributeColumn("status", of: []).count, 0)
    }
}
