import Foundation
@testable import KnowledgeGraph
import XCTest

/// `Schema.yaml` loads back as the same schema.
final class SchemaYAMLTests: XCTestCase {
    private func assertRoundTrip(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let schema = try Schema.load(text: text, file: "schema.yaml")
        let again = try Schema.load(text: schema.yaml, file: "printed.yaml")
        XCTAssertEqual(again.kinds, schema.kinds, file: file, line: line)
        XCTAssertEqual(again.relations, schema.relations, file: file, line: line)
        XCTAssertEqual(again.hedges, schema.hedges, file: file, line: line)
        XCTAssertEqual(again.xrefs, schema.xrefs, file: file, line: line)
        XCTAssertEqual(again.yaml, schema.yaml, file: file, line: line)
    }

    func testTheBuiltInSchemaRoundTrips() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Knowledge/schema.yaml").path
        try assertRoundTrip(try String(contentsOfFile: path, encoding: .utf8))
    }

    func testTheTestSchemaRoundTrips() throws {
        try assertRoundTrip(TestPacks.schema)
    }

    func testAwkwardTextIsQuoted() throws {
        try assertRoundTrip("""
            kinds:
              - name: drug
                plural: drugs
                meaning: "A \\"drug\\": yes, with # and \\\\ and a tab\\t and é"
                attributes:
                  - {name: on, type: enum, values: ["yes", "no", "1"], meaning: "no", multiple: true}
            relations:
              - {name: treats, inverse: treated_by, domain: [drug], range: [drug], meaning: "- starts with a dash"}
            """)
    }
}
