import XCTest
@testable import KnowledgeGraph
@testable import KnowledgeStore

/// Statements and their qualifiers (hedge, negated, as-of, note), several statements of one attribute,
/// the document's date, and `graph.facts`.
///
/// FICTIONAL domain: the packs here quote `TestPacks.fictionalSource`, about an invented drug
/// (zorvamab), an invented disease (grey fever) and invented trials (Heron, Kestrel).
/// `TestPacks.header("quill-2019")` is lines 1–3 of every facts file here, so `entities:` is line 4.
final class StatementTests: XCTestCase {
    private let header = TestPacks.header("quill-2019")

    private let drug = """
          - id: zorvamab
            kind: drug
            name: zorvamab
            quote: Zorvamab is an invented antibody

        """

    private func load(_ facts: String, schema: String = TestPacks.schema) throws -> Graph {
        try KnowledgeLoader.load([TestPacks.root(facts: facts, source: TestPacks.fictionalSource, schema: schema)])
    }

    private func assertErrors(_ facts: String, schema: String = TestPacks.schema, _ expected: String,
                              file: StaticString = #filePath, line: UInt = #line) {
        let root = TestPacks.root(facts: facts, source: TestPacks.fictionalSource, schema: schema)
        XCTAssertText(TestPacks.errors([root], file: file, line: line), expected, file: file, line: line)
    }

    // MARK: Qualifiers

    private var qualified: String {
        header + "entities:\n" + drug + """
              - id: heron
                kind: trial
                name: Heron
                quote: The Heron trial
                attributes:
                  status:
                    value: completed
                    quote: the Heron trial may have been completed early
                    hedge: may
                    as-of: 2019-05
                    note: A later note, not the protocol.
                  purpose: {value: to count deaths, quote: to count relapses, negated: true, hedge: asserted}
                  count: {value: "1", quote: The Heron trial, hedge: asserted, negated: no}
              - id: helps
                kind: question
                name: whether zorvamab helps
                quote: Whether zorvamab helps
            relations:
              - subject: heron
                type: addresses
                object: helps
                hedge: possible
                negated: yes
                as-of: "2019"
                note: [First note., Second note.]
                quote: The Heron trial
              - subject: heron
                type: concerns
                object: zorvamab
                hedge: asserted
                quote: to test zorvamab

            """
    }

    func testQualifiersOfAttributes() throws {
        let heron = try XCTUnwrap(try load(qualified).entity(id: "heron"))
        let status = try XCTUnwrap(heron.statements(of: "status").first)
        XCTAssertEqual(status.qualifiers, Qualifiers(hedge: "may", asOf: PartialDate("2019-05"), notes: ["A later note, not the protocol."]))
        XCTAssertFalse(status.qualifiers.isAsserted)
        XCTAssertEqual(status.qualifiers.tag, "[may]")
        XCTAssertEqual(status.qualifiers.summary, "hedged: may, as of 2019-05")
        XCTAssertEqual(status.document, "quill-2019")
        XCTAssertNil(heron.attribute("status"), "a hedged statement is not a plain assertion")
        XCTAssertEqual(heron.assertedValues("status"), [])

        let purpose = try XCTUnwrap(heron.statements(of: "purpose").first)
        XCTAssertEqual(purpose.qualifiers, Qualifiers(negated: true))
        XCTAssertEqual(purpose.qualifiers.tag, "[not]")
        XCTAssertEqual(purpose.qualifiers.summary, "denied")
        XCTAssertNil(heron.attribute("purpose"))

        // `hedge: asserted` (the first word of the scale) and `negated: no` are the same as saying nothing.
        XCTAssertEqual(heron.attribute("count")?.qualifiers, Qualifiers())
        XCTAssertEqual(heron.attribute("count")?.qualifiers.isAsserted, true)
        XCTAssertEqual(heron.attribute("count")?.qualifiers.tag, "")
    }

    func testQualifiersOfRelations() throws {
        let graph = try load(qualified)
        let addresses = try XCTUnwrap(graph.relations(of: "heron", .outgoing, type: "addresses").first)
        XCTAssertEqual(addresses.qualifiers, Qualifiers(hedge: "possible", negated: true, asOf: PartialDate("2019"), notes: ["First note.", "Second note."]))
        XCTAssertEqual(addresses.qualifiers.tag, "[not, possible]")
        XCTAssertEqual(addresses.qualifiers.summary, "denied, hedged: possible, as of 2019")
        XCTAssertEqual(addresses.document, "quill-2019")
        XCTAssertEqual(graph.neighbors(of: "heron", .outgoing, type: "addresses").map(\.id), [])
        XCTAssertEqual(graph.neighbors(of: "heron", .outgoing, type: "addresses", qualified: true).map(\.id), ["helps"])
        XCTAssertEqual(graph.relations(of: "heron", .outgoing, type: "concerns").first?.qualifiers, Qualifiers())
        XCTAssertEqual(graph.neighbors(of: "heron", .outgoing, type: "concerns").map(\.id), ["zorvamab"])
    }

    func testUnknownHedgeSuggestsTheClosestAndListsTheScale() {
        assertErrors(header + "entities:\n" + drug + """
              - id: heron
                kind: trial
                name: Heron
                quote: The Heron trial
                attributes:
                  status: {value: completed, quote: may have been completed early, hedge: mya}

            """, """
            K/p/facts.yaml:14:79: error: unknown hedge 'mya'
             14 |       status: {value: completed, quote: may have been completed early, hedge: mya}
                |                                                                               ^~~
                = did you mean 'may'?
                = the hedge scale, firmest first: asserted, possible, may
            """)
    }

    func testUnknownHedgeOfARelation() {
        assertErrors(header + "entities:\n" + drug + """
            relations:
              - subject: zorvamab
                type: concerns
                object: zorvamab
                hedge: likely
                quote: Zorvamab may shorten grey fever

            """, """
            K/p/facts.yaml:13:12: error: unknown hedge 'likely'
             13 |     hedge: likely
                |            ^~~~~~
                = the hedge scale, firmest first: asserted, possible, may
            """)
    }

    func testAsOfThatIsNotADate() {
        assertErrors(header + "entities:\n" + drug + """
              - id: heron
                kind: trial
                name: Heron
                quote: The Heron trial
                attributes:
                  status: {value: planned, quote: currently planned, as-of: 2019-13}

            """, """
            K/p/facts.yaml:14:65: error: 'as-of' '2019-13' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)
             14 |       status: {value: planned, quote: currently planned, as-of: 2019-13}
                |                                                                 ^~~~~~~
            """)
    }

    func testNegatedMustBeTrueOrFalse() {
        assertErrors(header + "entities:\n" + drug + """
              - id: heron
                kind: trial
                name: Heron
                quote: The Heron trial
            relations:
              - subject: heron
                type: concerns
                object: zorvamab
                negated: maybe
                quote: to test zorvamab

            """, """
            K/p/facts.yaml:17:14: error: expected 'negated' to be true or false
             17 |     negated: maybe
                |              ^~~~~
            """)
    }

    func testEveryBadQualifierOfOneStatementIsReported() {
        assertErrors(header + "entities:\n" + drug + """
            relations:
              - subject: zorvamab
                type: concerns
                object: zorvamab
                hedge: mya
                negated: maybe
                as-of: soon
                quote: Zorvamab may shorten grey fever

            """, """
            K/p/facts.yaml:13:12: error: unknown hedge 'mya'
             13 |     hedge: mya
                |            ^~~
                = did you mean 'may'?
                = the hedge scale, firmest first: asserted, possible, may
            K/p/facts.yaml:14:14: error: expected 'negated' to be true or false
             14 |     negated: maybe
                |              ^~~~~
            K/p/facts.yaml:15:12: error: 'as-of' 'soon' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)
             15 |     as-of: soon
                |            ^~~~
            """)
    }

    func testUnknownKeyInAStatement() {
        assertErrors(header + "entities:\n" + drug + """
              - id: heron
                kind: trial
                name: Heron
                quote: The Heron trial
                attributes:
                  status: {value: planned, quote: currently planned, asof: "2019"}

            """, """
            K/p/facts.yaml:14:58: error: unknown key 'asof' in attribute 'status'
             14 |       status: {value: planned, quote: currently planned, asof: "2019"}
                |                                                          ^~~~
                = did you mean 'as-of'?
                = the keys here: value, quote, hedge, negated, as-of, note
            """)
    }

    // MARK: Several statements of one attribute from one source

    private func heron(status: String, schema: String = TestPacks.schema) -> String {
        header + "entities:\n" + drug + """
              - id: heron
                kind: trial
                name: Heron
                quote: The Heron trial
                attributes:
            \(status)
            """
    }

    func testAHedgedAndAnAssertedValueFromOneSource() throws {
        let facts = heron(status: """
                  status:
                    - {value: planned, quote: The Heron trial is currently planned, as-of: "2019"}
                    - {value: completed, quote: may have been completed early, hedge: may}

            """)
        let graph = try load(facts)
        let trial = try XCTUnwrap(graph.entity(id: "heron"))
        XCTAssertEqual(trial.statements(of: "status").map { "\($0.value) \($0.qualifiers.summary)" }, ["planned as of 2019", "completed hedged: may"])
        XCTAssertEqual(trial.attribute("status")?.value, .enumeration("planned"))
        XCTAssertEqual(trial.assertedValues("status"), [.enumeration("planned")])
        XCTAssertEqual(graph.entities(attribute: "status", equalTo: "planned").map(\.id), ["heron"])
        XCTAssertEqual(graph.entities(attribute: "status", equalTo: "completed").map(\.id), [], "only asserted values are indexed")
        XCTAssertEqual(graph.values(ofAttribute: "status"), ["planned"])
        XCTAssertEqual(graph.conflicts(), [])
    }

    func testTheSameValueTwiceFromOneSourceIsNotAnError() throws {
        let facts = heron(status: """
                  status:
                    - {value: planned, quote: The Heron trial is currently planned}
                    - {value: planned, quote: currently planned to test zorvamab}

            """)
        let trial = try XCTUnwrap(try load(facts).entity(id: "heron"))
        XCTAssertEqual(trial.statements(of: "status").count, 2)
        XCTAssertEqual(trial.assertedValues("status"), [.enumeration("planned")])
    }

    func testTwoAssertedValuesOfASingleValuedAttributeFromOneSource() {
        assertErrors(heron(status: """
                  status:
                    - value: planned
                      quote: The Heron trial is currently planned
                    - value: completed
                      quote: may have been completed early

            """), """
            K/p/facts.yaml:17:11: error: 'heron' is given two values of 'status' by the same source: 'planned' at K/p/facts.yaml:15:11 and 'completed' here
             17 |         - value: completed
                |           ^
                = 'status' takes one value; hedge one of them, or mark the attribute 'multiple: true' in the schema
            """)
    }

    func testSeveralValuesOfAMultipleAttribute() throws {
        let schema = TestPacks.schema.replacingOccurrences(of: "        type: text\n", with: "        type: text\n        multiple: true\n")
        XCTAssertNotEqual(schema, TestPacks.schema)
        let facts = heron(status: """
                  purpose:
                    - {value: to test zorvamab, quote: to test zorvamab}
                    - {value: to count relapses, quote: to count relapses}

            """)
        let graph = try load(facts, schema: schema)
        let trial = try XCTUnwrap(graph.entity(id: "heron"))
        XCTAssertEqual(trial.assertedValues("purpose"), [.text("to test zorvamab"), .text("to count relapses")])
        XCTAssertEqual(trial.attribute("purpose")?.value, .text("to test zorvamab"))
        XCTAssertEqual(graph.entities(attribute: "purpose", equalTo: "TO COUNT RELAPSES").map(\.id), ["heron"])
        XCTAssertEqual(graph.conflicts(), [], "several values of a multiple attribute are no conflict")
        // The same file against the test schema, where 'purpose' takes one value.
        XCTAssertThrowsError(try load(facts))
    }

    func testAnAttributeThatListsNoStatements() {
        assertErrors(heron(status: "      status: []\n"), """
            K/p/facts.yaml:14:15: error: attribute 'status' of 'heron' lists no statements
             14 |       status: []
                |               ^
            """)
    }

    // MARK: Quotes and the document

    func testAnEmptyQuoteListIsAnError() {
        assertErrors(header + """
            entities:
              - id: zorvamab
                kind: drug
                name: zorvamab
                quote: []
              - id: heron
                kind: trial
                name: Heron
                quote: The Heron trial
                attributes:
                  status: {value: planned, quote: []}
            relations:
              - {subject: heron, type: concerns, object: zorvamab, quote: []}

            """, """
            K/p/facts.yaml:8:12: error: the quote list is empty; every fact needs a verbatim quote of its source
             8 |     quote: []
               |            ^
            K/p/facts.yaml:14:39: error: the quote list is empty; every fact needs a verbatim quote of its source
             14 |       status: {value: planned, quote: []}
                |                                       ^
            K/p/facts.yaml:16:63: error: the quote list is empty; every fact needs a verbatim quote of its source
             16 |   - {subject: heron, type: concerns, object: zorvamab, quote: []}
                |                                                               ^
            """)
    }

    func testTheDocumentDate() throws {
        let facts = TestPacks.header("quill-2019", date: "2019-05") + "entities:\n" + drug
        let graph = try load(facts)
        XCTAssertEqual(graph.document("quill-2019")?.date, PartialDate("2019-05"))
        XCTAssertNil(try load(header + "entities:\n" + drug).document("quill-2019")?.date, "the date is optional")
    }

    func testADocumentDateThatIsNotADate() {
        assertErrors(TestPacks.header("quill-2019", date: "May 2019") + "entities:\n" + drug, """
            K/p/facts.yaml:3:9: error: the document date 'May 2019' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)
             3 |   date: May 2019
               |         ^~~~~~~~
            """)
    }

    // MARK: Facts

    func testFactsListEveryStatementWithItsQualifiers() throws {
        let graph = try load(qualified)
        XCTAssertEqual(graph.facts.map { fact in
            let tag = fact.qualifiers.tag.isEmpty ? "" : " " + fact.qualifiers.tag
            let asOf = fact.qualifiers.asOf.map { " as of \($0)" } ?? ""
            return "\(fact.triple)\(tag)\(asOf) (\(fact.isRelation ? "relation" : "attribute"), \(fact.document): \(fact.provenance.map(\.quote).joined(separator: " | ")), notes \(fact.qualifiers.notes.count))"
        }, [
            "heron status completed [may] as of 2019-05 (attribute, quill-2019: the Heron trial may have been completed early, notes 1)",
            "heron count 1 (attribute, quill-2019: The Heron trial, notes 0)",
            "heron purpose to count deaths [not] (attribute, quill-2019: to count relapses, notes 0)",
            "heron addresses helps [not, possible] as of 2019 (relation, quill-2019: The Heron trial, notes 2)",
            "heron concerns zorvamab (relation, quill-2019: to test zorvamab, notes 0)",
        ])
        let fact = try XCTUnwrap(graph.facts.first { $0.predicate == "addresses" })
        XCTAssertEqual(fact, Fact(try XCTUnwrap(graph.relations(of: "heron", .outgoing, type: "addresses").first)))
        XCTAssertEqual(fact.object, .entity("helps"))
        XCTAssertEqual(graph.facts.first?.object, .value(.enumeration("completed")))
    }
}
