import XCTest
@testable import KnowledgeGraph
@testable import KnowledgeStore

/// Two documents that disagree, and entities identified across packs by cross-references.
///
/// FICTIONAL domain: pack `a` (document `quill-2019`) quotes `TestPacks.fictionalSource` and pack `b`
/// (document `wren-2022`) quotes `TestPacks.fictionalReport`; zorvamab, grey fever and the Heron and
/// Kestrel trials are invented. Each facts file starts with `TestPacks.header(_:)`, lines 1–3.
final class DisagreementTests: XCTestCase {
    private let packA = TestPacks.header("quill-2019") + """
        entities:
          - id: zorvamab
            kind: drug
            name: zorvamab
            quote: Zorvamab is an invented antibody
          - id: heron
            kind: trial
            name: Heron
            quote: The Heron trial
            attributes:
              status: {value: planned, quote: The Heron trial is currently planned, as-of: "2019"}
          - id: kestrel
            kind: trial
            name: Kestrel
            quote: The Kestrel trial
        relations:
          - subject: kestrel
            type: concerns
            object: zorvamab
            quote: The Kestrel trial gave zorvamab to every patient.

        """

    private let packB = TestPacks.header("wren-2022") + """
        entities:
          - id: zorvamab
            kind: drug
            name: zorvamab
            quote: zorvamab
          - id: heron
            kind: trial
            name: Heron trial
            quote: The Heron trial
            attributes:
              status: {value: completed, quote: The Heron trial was completed in 2021.}
          - id: kestrel
            kind: trial
            name: Kestrel
            quote: The Kestrel trial
        relations:
          - subject: kestrel
            type: concerns
            object: zorvamab
            negated: true
            quote: The Kestrel trial did not give zorvamab to any patient.

        """

    private func root(_ a: String, _ b: String) -> KnowledgeFiles {
        TestPacks.root(packs: ["a": (a, TestPacks.fictionalSource), "b": (b, TestPacks.fictionalReport)])
    }

    // MARK: Sources that disagree

    func testBothStatementsAreKeptAndListedAsConflicts() throws {
        let graph = try KnowledgeLoader.load([root(packA, packB)])
        XCTAssertEqual(graph.documentIDs, ["quill-2019", "wren-2022"])
        let heron = try XCTUnwrap(graph.entity(id: "heron"))
        XCTAssertEqual(heron.name, "Heron")
        XCTAssertEqual(heron.aliases, ["Heron trial"])
        XCTAssertEqual(heron.statements(of: "status").map { "\($0.value) \($0.document) \($0.qualifiers.summary)" },
                       ["planned quill-2019 as of 2019", "completed wren-2022 "])
        XCTAssertEqual(heron.assertedValues("status"), [.enumeration("planned"), .enumeration("completed")])
        XCTAssertEqual(graph.entities(attribute: "status", equalTo: "planned").map(\.id), ["heron"])
        XCTAssertEqual(graph.entities(attribute: "status", equalTo: "completed").map(\.id), ["heron"])
        XCTAssertEqual(graph.relations(of: "kestrel", .outgoing).map { "\($0.type) \($0.object) \($0.document) \($0.qualifiers.tag)" },
                       ["concerns zorvamab quill-2019 ", "concerns zorvamab wren-2022 [not]"])

        let conflicts = graph.conflicts()
        XCTAssertEqual(conflicts.map { "\($0.entity) \($0.field)" }, ["heron status", "kestrel concerns"])
        let everyEntity = (0..<graph.entityCount).flatMap { position in
            Conflict.find(in: graph.entity(at: position), relations: graph.relationIndexes(at: position, .outgoing).map { graph.relation(at: $0) }, schema: graph.schema)
        }
        XCTAssertEqual(conflicts, everyEntity, "only entities stated by more than one document are built, and they hold every conflict")
        XCTAssertEqual(conflicts.first?.facts, heron.statements(of: "status").map { Fact($0, of: "heron") })
        XCTAssertEqual(conflicts.map { $0.facts.map { "\($0.triple) \($0.qualifiers.tag) (\($0.document))" } }, [
            ["heron status planned  (quill-2019)", "heron status completed  (wren-2022)"],
            ["kestrel concerns zorvamab  (quill-2019)", "kestrel concerns zorvamab [not] (wren-2022)"],
        ])
    }

    func testAHedgedStatementIsNoConflict() throws {
        let b = packB.replacingOccurrences(of: "quote: The Heron trial was completed in 2021.}", with: "quote: The Heron trial was completed in 2021., hedge: may}")
            .replacingOccurrences(of: "    negated: true\n", with: "    negated: true\n    hedge: possible\n")
        XCTAssertEqual(b.components(separatedBy: "hedge:").count, 3)
        let graph = try KnowledgeLoader.load([root(packA, b)])
        XCTAssertEqual(graph.conflicts(), [])
        XCTAssertEqual(graph.entity(id: "heron")?.assertedValues("status"), [.enumeration("planned")])
    }

    func testAgreeingSourcesAreNoConflict() throws {
        let b = packB.replacingOccurrences(of: "value: completed", with: "value: planned")
            .replacingOccurrences(of: "    negated: true\n", with: "")
        let graph = try KnowledgeLoader.load([root(packA, b)])
        XCTAssertEqual(graph.conflicts(), [])
        XCTAssertEqual(graph.entity(id: "heron")?.statements(of: "status").count, 2)
        XCTAssertEqual(graph.relations(of: "kestrel", .outgoing).count, 2, "one statement per document")
    }

    func testDifferentKindsForOneIdAreStillAnError() {
        let b = packB.replacingOccurrences(of: "  - id: zorvamab\n    kind: drug\n", with: "  - id: zorvamab\n    kind: question\n")
        XCTAssertNotEqual(b, packB)
        XCTAssertText(TestPacks.errors([root(packA, b)]), """
            K/b/facts.yaml:5:9: error: entity 'zorvamab' is a question here but a drug at K/a/facts.yaml:5:9; one id names one entity
             5 |   - id: zorvamab
               |         ^~~~~~~~
            """)
    }

    // MARK: Cross-references

    func testXrefsAreRead() throws {
        let a = packA.replacingOccurrences(of: "    name: Heron\n", with: "    name: Heron\n    xrefs: {doi: 10.5555/heron, nct: [NCT00000001, NCT00000002]}\n")
        let graph = try KnowledgeLoader.load([root(a, packB)])
        XCTAssertEqual(graph.entity(id: "heron")?.xrefs.map(\.description), ["doi:10.5555/heron", "nct:NCT00000001", "nct:NCT00000002"])
    }

    func testUnknownXrefPrefixSuggestsTheClosest() {
        let a = packA.replacingOccurrences(of: "    name: Heron\n", with: "    name: Heron\n    xrefs: {dio: 10.5555/heron}\n")
        XCTAssertText(TestPacks.errors([root(a, packB)]), """
            K/a/facts.yaml:12:13: error: unknown cross-reference system 'dio'
             12 |     xrefs: {dio: 10.5555/heron}
                |             ^~~
                = did you mean 'doi'?
                = the schema lists: doi, nct
            """)
    }

    func testPacksSharingAnXrefDescribeOneEntity() throws {
        let a = packA.replacingOccurrences(of: "    name: Heron\n", with: "    name: Heron\n    xrefs: {doi: 10.5555/heron}\n")
        // Pack b calls the trial 'heron-trial'; the shared DOI says it is pack a's 'heron'.
        let b = packB.replacingOccurrences(of: "  - id: heron\n    kind: trial\n    name: Heron trial\n",
                                           with: "  - id: heron-trial\n    kind: trial\n    name: Heron trial\n    xrefs: {doi: 10.5555/heron, nct: NCT00000001}\n")
            + """
              - subject: heron-trial
                type: concerns
                object: zorvamab
                quote: The Heron trial asked whether zorvamab helps.

            """
        XCTAssertNotEqual(b, packB)
        let graph = try KnowledgeLoader.load([root(a, b)])
        XCTAssertNil(graph.entity(id: "heron-trial"))
        XCTAssertEqual(graph.entities(ofKind: "trial").map(\.id), ["heron", "kestrel"])
        let heron = try XCTUnwrap(graph.entity(id: "heron"))
        XCTAssertEqual(heron.aliases, ["Heron trial", "heron-trial"])
        XCTAssertEqual(heron.xrefs.map(\.description), ["doi:10.5555/heron", "nct:NCT00000001"])
        XCTAssertEqual(heron.statements(of: "status").map(\.document), ["quill-2019", "wren-2022"])
        XCTAssertEqual(heron.provenance.map(\.document), ["quill-2019", "wren-2022"])
        XCTAssertEqual(graph.entities(named: "heron-trial").map(\.id), ["heron"])
        // The relation pack b states about 'heron-trial' is about 'heron'.
        XCTAssertEqual(graph.relations(of: "heron", .outgoing).map { "\($0.subject) \($0.type) \($0.object) \($0.document)" },
                       ["heron concerns zorvamab wren-2022"])
        XCTAssertEqual(graph.neighbors(of: "zorvamab", .incoming, type: "concerns").map(\.id), ["heron", "kestrel"])
        XCTAssertEqual(graph.conflicts().map { "\($0.entity) \($0.field)" }, ["heron status", "kestrel concerns"])
    }

    func testARelationInTheFirstPackToTheSecondPacksIdIsRedirected() throws {
        let a = packA.replacingOccurrences(of: "    name: Heron\n", with: "    name: Heron\n    xrefs: {doi: 10.5555/heron}\n") + """
              - subject: heron-trial
                type: concerns
                object: zorvamab
                quote: The Heron trial is currently planned to test zorvamab

            """
        let b = packB.replacingOccurrences(of: "  - id: heron\n", with: "  - id: heron-trial\n")
            .replacingOccurrences(of: "    name: Heron trial\n", with: "    name: Heron trial\n    xrefs: {doi: 10.5555/heron}\n")
        let graph = try KnowledgeLoader.load([root(a, b)])
        XCTAssertEqual(graph.relations(of: "heron", .outgoing).map { "\($0.type) \($0.object) \($0.document)" }, ["concerns zorvamab quill-2019"])
        XCTAssertEqual(graph.relations(of: "heron-trial", .outgoing).count, 0)
        XCTAssertEqual(graph.entity(id: "heron")?.aliases, ["Heron trial", "heron-trial"])
    }

    func testTwoEntitiesOfOnePackSharingAnXref() {
        let a = packA.replacingOccurrences(of: "    name: Heron\n", with: "    name: Heron\n    xrefs: {doi: 10.5555/heron}\n")
            .replacingOccurrences(of: "    name: Kestrel\n", with: "    name: Kestrel\n    xrefs: {nct: NCT00000009, doi: 10.5555/heron}\n")
        XCTAssertText(TestPacks.errors([root(a, packB)]), """
            K/a/facts.yaml:16:9: error: 'kestrel' has the cross-reference doi:10.5555/heron of 'heron' at K/a/facts.yaml:9:9; one entity of a pack per identifier
             16 |   - id: kestrel
                |         ^~~~~~~
                = if they are the same entity, keep one of them
            """)
    }
}
