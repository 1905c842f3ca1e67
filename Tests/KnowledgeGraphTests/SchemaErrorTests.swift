import XCTest
@testable import KnowledgeGraph

/// Errors in `schema.yaml`, asserted as the whole rendered message. Line numbers refer to `TestPacks.schema`.
final class SchemaErrorTests: XCTestCase {
    private func assertSchemaErrors(_ schema: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let facts = TestPacks.header + "entities: []\n"
        XCTAssertText(TestPacks.errors([TestPacks.root(facts: facts, schema: schema)], file: file, line: line), expected, file: file, line: line)
    }

    private func replacing(_ old: String, with new: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        XCTAssertTrue(TestPacks.schema.contains(old), "the test schema has no '\(old)'", file: file, line: line)
        return TestPacks.schema.replacingOccurrences(of: old, with: new)
    }

    func testTheTestSchemaLoads() throws {
        let schema = try Schema.load(text: TestPacks.schema, file: "schema.yaml")
        XCTAssertEqual(schema.kinds.map(\.name), ["drug", "trial", "question"])
        XCTAssertEqual(schema.relations.map(\.name), ["addresses", "concerns"])
        XCTAssertEqual(schema.kind("trial")?.attributes.map(\.type), [
            .enumeration(["planned", "failed-to-accrue", "completed"]), .number, .date, .url, .text,
        ])
        XCTAssertEqual(schema.kind("trial")?.attributes.map(\.multiple), [false, false, false, false, false])
        XCTAssertEqual(schema.hedges.map(\.name), ["asserted", "possible", "may"])
        XCTAssertEqual(schema.assertedHedge, "asserted")
        XCTAssertEqual(schema.xrefs.map(\.name), ["doi", "nct"])
    }

    func testASchemaWithoutHedgesHasOnlyAsserted() throws {
        let text = try XCTUnwrap(TestPacks.schema.components(separatedBy: "hedges:\n").first)
        XCTAssertFalse(text.contains("xrefs:"))
        let schema = try Schema.load(text: text, file: "schema.yaml")
        XCTAssertEqual(schema.hedges.map(\.name), ["asserted"])
        XCTAssertEqual(schema.xrefs, [])
    }

    func testMultipleAttribute() throws {
        let schema = try Schema.load(text: replacing("        type: text\n", with: "        type: text\n        multiple: yes\n"), file: "schema.yaml")
        XCTAssertEqual(schema.kind("trial")?.attribute("purpose")?.multiple, true)
        XCTAssertEqual(schema.kind("trial")?.attribute("status")?.multiple, false)
    }

    func testMultipleMustBeTrueOrFalse() {
        assertSchemaErrors(replacing("        type: text\n", with: "        type: text\n        multiple: several\n"), """
            K/schema.yaml:26:19: error: expected 'multiple' to be true or false
             26 |         multiple: several
                |                   ^~~~~~~
            """)
    }

    func testAHedgeListedTwice() {
        assertSchemaErrors(replacing("  - name: may\n", with: "  - name: possible\n"), """
            K/schema.yaml:51:11: error: 'possible' is listed twice in hedges
             51 |   - name: possible
                |           ^~~~~~~~
                = first listed at K/schema.yaml:49:11
            """)
    }

    func testAnXrefWithoutMeaning() {
        assertSchemaErrors(replacing("    meaning: ClinicalTrials.gov identifier.\n", with: ""), """
            K/schema.yaml:56:5: error: an entry of xrefs has no 'meaning'
             56 |   - name: nct
                |     ^
            """)
    }

    func testUnknownAttributeType() {
        assertSchemaErrors(replacing("type: number", with: "type: numbr"), """
            K/schema.yaml:16:15: error: unknown attribute type 'numbr'
             16 |         type: numbr
                |               ^~~~~
                = did you mean 'number'?
            """)
    }

    func testRelationRangeNamingAnUnknownKind() {
        assertSchemaErrors(replacing("range: [drug]", with: "range: [drugs]"), """
            K/schema.yaml:44:13: error: unknown kind 'drugs' in the range of 'concerns'
             44 |     range: [drugs]
                |             ^~~~~
                = did you mean 'drug'?
            """)
    }

    func testRelationDomainNamingAnUnknownKind() {
        assertSchemaErrors(replacing("domain: [trial]", with: "domain: [trail]"), """
            K/schema.yaml:38:14: error: unknown kind 'trail' in the domain of 'addresses'
             38 |     domain: [trail]
                |              ^~~~~
                = did you mean 'trial'?
            """)
    }

    func testDuplicateKindWordPointsAtTheWordAndNamesTheOtherKind() {
        assertSchemaErrors(replacing("plural: questions", with: "plural: trials"), """
            K/schema.yaml:28:13: error: kind word 'trials' is already used by kind 'trial' at K/schema.yaml:8:13
             28 |     plural: trials
                |             ^~~~~~
            """)
    }

    func testKindNameClashingWithAnAliasIgnoringCase() {
        assertSchemaErrors(replacing("aliases: [medicine]", with: "aliases: [Trial]"), """
            K/schema.yaml:7:11: error: kind word 'trial' is already used by kind 'drug' at K/schema.yaml:4:15
             7 |   - name: trial
               |           ^~~~~
            """)
    }

    func testDuplicateRelationName() {
        assertSchemaErrors(replacing("inverse: concerned_in", with: "inverse: addressed_by"), """
            K/schema.yaml:42:14: error: relation name 'addressed_by' is already used at K/schema.yaml:37:14
             42 |     inverse: addressed_by
                |              ^~~~~~~~~~~~
            """)
    }

    func testAttributeDefinedTwice() {
        assertSchemaErrors(replacing("name: count", with: "name: status"), """
            K/schema.yaml:15:15: error: attribute 'status' is defined twice for kind 'trial'
             15 |       - name: status
                |               ^~~~~~
                = first defined at K/schema.yaml:11:15
            """)
    }

    func testReservedAttributeName() {
        assertSchemaErrors(replacing("name: purpose", with: "name: aliases"), """
            K/schema.yaml:24:15: error: attribute name 'aliases' is reserved: id, kind, name, aliases and xrefs are keys of every entity
             24 |       - name: aliases
                |               ^~~~~~~
            """)
    }

    func testEnumWithoutValues() {
        assertSchemaErrors(replacing("        values: [unanswered, answered]\n", with: ""), """
            K/schema.yaml:32:15: error: enum attribute 'status' has no 'values'
             32 |         type: enum
                |               ^~~~
            """)
    }

    func testAttributeNamedLikeARelation() {
        assertSchemaErrors(replacing("name: purpose", with: "name: concerns"), """
            K/schema.yaml:41:11: error: relation name 'concerns' is also an attribute of 'trial' at K/schema.yaml:24:15; a field name must mean one thing
             41 |   - name: concerns
                |           ^~~~~~~~
            """)
    }

    func testNameThatIsNotAWord() {
        assertSchemaErrors(replacing("name: drug", with: "name: 1drug"), """
            K/schema.yaml:2:11: error: a kind name '1drug' must start with a letter and hold only letters, digits, '-' and '_'
             2 |   - name: 1drug
               |           ^~~~~
            K/schema.yaml:44:13: error: unknown kind 'drug' in the range of 'concerns'
             44 |     range: [drug]
                |             ^~~~
            """)
    }

    func testSchemaSyntaxError() {
        assertSchemaErrors(TestPacks.schema + "  - [\n", """
            K/schema.yaml:59:1: error: YAML syntax error: did not find expected node content
             59 | 
                | ^
                = while parsing a flow node that starts at K/schema.yaml:59:1
            """)
    }

    func testEmptySchema() {
        assertSchemaErrors("# nothing\n", """
            K/schema.yaml:1:1: error: the schema is empty
             1 | # nothing
               | ^
            """)
    }

    func testSchemaIsRefusedBeforeAnyPackIsRead() {
        // The pack is broken too, but without a schema it cannot be checked, so only the schema is reported.
        let facts = TestPacks.header + "entities:\n  - id: t\n    kind: trail\n"
        let errors = TestPacks.errors([TestPacks.root(facts: facts, schema: replacing("type: number", with: "type: numbr"))])
        XCTAssertEqual(errors.split(separator: "\n").first, "K/schema.yaml:16:15: error: unknown attribute type 'numbr'")
        XCTAssertFalse(errors.contains("facts.yaml"), errors)
    }
}
