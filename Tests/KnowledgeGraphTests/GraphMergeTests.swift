import XCTest
@testable import KnowledgeGraph
@testable import KnowledgeStore

/// Two packs in one root: the same entity described twice, conflicts, and relations across packs.
final class GraphMergeTests: XCTestCase {
    private let packA = """
        document:
          id: doc-a
          citation: A.
        entities:
          - id: trastuzumab
            kind: drug
            name: trastuzumab
            aliases: [Herceptin]
            quote: trastuzumab
          - id: t
            kind: trial
            name: T
            quote: Two trials
            note: From pack a.
            attributes:
              count: {value: "2", quote: Two trials}

        """

    private let packB = """
        document:
          id: doc-b
          citation: B.
        entities:
          - id: t
            kind: trial
            name: T
            aliases: [the trials]
            quote: were planned
            note: From pack b.
            attributes:
              site: {value: www.example.org, quote: www.example.org}
              status: {value: planned, quote: were planned}
              count: {value: "2.0", quote: Two trials were planned}
          - id: q
            kind: question
            name: whether to continue trastuzumab
            quote: Whether to continue trastuzumab
        relations:
          - subject: t
            type: concerns
            object: trastuzumab
            quote: trastuzumab
          - subject: t
            type: addresses
            object: q
            quote: Two trials

        """

    private func root(_ a: String, _ b: String) -> KnowledgeFiles {
        let source = Array(TestPacks.source.utf8)
        return KnowledgeFiles(root: "K", files: [
            "schema.yaml": Array(TestPacks.schema.utf8),
            "a/facts.yaml": Array(a.utf8), "a/source.txt": source,
            "b/facts.yaml": Array(b.utf8), "b/source.txt": source,
        ])
    }

    func testTheSameEntityInTwoPacksIsMerged() throws {
        let graph = try KnowledgeLoader.load([root(packA, packB)])
        XCTAssertEqual(graph.entities.map(\.id), ["trastuzumab", "q", "t"])
        let trial = try XCTUnwrap(graph.entity(id: "t"))
        XCTAssertEqual(trial.aliases, ["the trials"])
        // Statements from both packs, in schema order (status, count, start, site, purpose), each with its document.
        XCTAssertEqual(trial.attributes.map { "\($0.name)=\($0.value)" }, ["status=planned", "count=2", "count=2", "site=www.example.org"])
        XCTAssertEqual(trial.attributes.map(\.document), ["doc-b", "doc-a", "doc-b", "doc-b"])
        XCTAssertEqual(trial.attributes.map { $0.provenance.map(\.document) }, [["doc-b"], ["doc-a"], ["doc-b"], ["doc-b"]])
        // "2" and "2.0" are one number, so the packs agree.
        XCTAssertEqual(trial.assertedValues("count"), [.number(2)])
        XCTAssertEqual(trial.attribute("count")?.document, "doc-a")
        XCTAssertEqual(graph.conflicts(), [])
        XCTAssertEqual(trial.provenance.map { "\($0.document) \($0.quote)" }, ["doc-a Two trials", "doc-b were planned"])
        XCTAssertEqual(trial.notes, ["From pack a.", "From pack b."])
        XCTAssertEqual(graph.entities(named: "THE TRIALS").map(\.id), ["t"])
        XCTAssertEqual(graph.entities(attribute: "status", equalTo: "planned").map(\.id), ["t"])
        XCTAssertEqual(graph.documentIDs, ["doc-a", "doc-b"])
    }

    func testAliasesAreMergedIgnoringCase() throws {
        let drug = "  - id: trastuzumab\n    kind: drug\n    name: trastuzumab\n    aliases: [HERCEPTIN, Trastuzumab-anns]\n    quote: trastuzumab\n"
        let b = packB.replacingOccurrences(of: "  - id: q\n", with: drug + "  - id: q\n")
        XCTAssertNotEqual(b, packB)
        let graph = try KnowledgeLoader.load([root(packA, b)])
        XCTAssertEqual(graph.entity(id: "trastuzumab")?.aliases, ["Herceptin", "Trastuzumab-anns"])
        XCTAssertEqual(graph.entity(id: "trastuzumab")?.provenance.map(\.document), ["doc-a", "doc-b"])
        XCTAssertEqual(graph.entities(named: "herceptin").map(\.id), ["trastuzumab"])
    }

    func testARelationAcrossPacks() throws {
        let graph = try KnowledgeLoader.load([root(packA, packB)])
        // The subject `t` and the object `trastuzumab` are first described in pack a; the relation is in pack b.
        XCTAssertEqual(graph.relations(of: "trastuzumab", .incoming).map { "\($0.subject) \($0.type) \($0.provenance[0].document)" },
                       ["t concerns doc-b"])
        XCTAssertEqual(graph.neighbors(of: "t", .outgoing).map(\.id), ["trastuzumab", "q"])
    }

    func testTheSameRelationInTwoPacksIsOneStatementPerDocument() throws {
        let a = packA + """
            relations:
              - subject: t
                type: concerns
                object: trastuzumab
                quote: trastuzumab
                note: Stated in a.

            """
        let graph = try KnowledgeLoader.load([root(a, packB)])
        let relations = graph.relations(of: "t", .outgoing, type: "concerns")
        XCTAssertEqual(relations.map { "\($0.document) \($0.provenance.map(\.document)) \($0.qualifiers.notes)" },
                       ["doc-a [\"doc-a\"] [\"Stated in a.\"]", "doc-b [\"doc-b\"] []"])
        XCTAssertEqual(graph.neighbors(of: "t", .outgoing, type: "concerns").map(\.id), ["trastuzumab"], "two statements, one neighbor")
        XCTAssertEqual(graph.conflicts(), [])
    }

    func testTheSameRelationTwiceInOnePackIsOneStatementWithBothQuotes() throws {
        let b = packB + """
              - subject: t
                type: concerns
                object: trastuzumab
                quote: Whether to continue trastuzumab
                note: Stated again.

            """
        let graph = try KnowledgeLoader.load([root(packA, b)])
        let relations = graph.relations(of: "t", .outgoing, type: "concerns")
        XCTAssertEqual(relations.count, 1)
        XCTAssertEqual(relations.first?.provenance.map(\.quote), ["trastuzumab", "Whether to continue trastuzumab"])
        XCTAssertEqual(relations.first?.qualifiers.notes, ["Stated again."])
    }

    func testDifferentAttributeValuesFromTwoPacksAreBothKeptAsAConflict() throws {
        let b = packB.replacingOccurrences(of: #"count: {value: "2.0", quote: Two trials were planned}"#,
                                           with: #"count: {value: "3", quote: Two trials were planned}"#)
        XCTAssertNotEqual(b, packB)
        let graph = try KnowledgeLoader.load([root(packA, b)])
        let trial = try XCTUnwrap(graph.entity(id: "t"))
        XCTAssertEqual(trial.statements(of: "count").map { "\($0.value) \($0.document)" }, ["2 doc-a", "3 doc-b"])
        XCTAssertEqual(trial.assertedValues("count"), [.number(2), .number(3)])
        XCTAssertEqual(trial.attribute("count")?.value, .number(2), "the first asserted statement")
        XCTAssertEqual(graph.conflicts().map { "\($0.entity) \($0.field): " + $0.facts.map { "\($0.object.text) (\($0.document))" }.joined(separator: ", ") },
                       ["t count: 2 (doc-a), 3 (doc-b)"])
    }

    func testConflictingKindsNameBothPlaces() {
        let b = packB.replacingOccurrences(of: "kind: trial", with: "kind: question")
            .replacingOccurrences(of: "      site: {value: www.example.org, quote: www.example.org}\n", with: "")
            .replacingOccurrences(of: "      status: {value: planned, quote: were planned}\n", with: "")
            .replacingOccurrences(of: "      count: {value: \"2.0\", quote: Two trials were planned}\n", with: "")
            .replacingOccurrences(of: "    attributes:\n", with: "")
        XCTAssertText(TestPacks.errors([root(packA, b)]), """
            K/b/facts.yaml:5:9: error: entity 't' is a question here but a trial at K/a/facts.yaml:10:9; one id names one entity
             5 |   - id: t
               |         ^
            """)
    }

    func testADifferentNameInASecondPackBecomesAnAlias() throws {
        let b = packB.replacingOccurrences(of: "    name: T\n", with: "    name: The trials\n")
        XCTAssertNotEqual(b, packB)
        let graph = try KnowledgeLoader.load([root(packA, b)])
        let trial = try XCTUnwrap(graph.entity(id: "t"))
        XCTAssertEqual(trial.name, "T", "the first pack's name")
        // The second pack's name comes first; its alias 'the trials' is the same word ignoring case.
        XCTAssertEqual(trial.aliases, ["The trials"])
        XCTAssertEqual(graph.entities(named: "the TRIALS").map(\.id), ["t"])
        let c = packB.replacingOccurrences(of: "    name: T\n", with: "    name: Two trials\n")
        let other = try XCTUnwrap(try KnowledgeLoader.load([root(packA, c)]).entity(id: "t"))
        XCTAssertEqual(other.name, "T")
        XCTAssertEqual(other.aliases, ["Two trials", "the trials"])
    }

    func testTheSameDocumentIdInTwoPacks() {
        let b = packB.replacingOccurrences(of: "id: doc-b", with: "id: doc-a")
        XCTAssertText(TestPacks.errors([root(packA, b)]), """
            K/b/facts.yaml:2:7: error: document id 'doc-a' is also used by the pack at K/a/facts.yaml:2:7; each document needs its own id
             2 |   id: doc-a
               |       ^~~~~
            """)
    }

    func testAMissingReferenceInAnotherPackSuggestsAnIdFromAnyPack() {
        let b = packB.replacingOccurrences(of: "    object: trastuzumab\n", with: "    object: trastuzumb\n")
        XCTAssertText(TestPacks.errors([root(packA, b)]), """
            K/b/facts.yaml:22:13: error: object 'trastuzumb' of relation 'concerns' is not the id of any entity
             22 |     object: trastuzumb
                |             ^~~~~~~~~~
                = did you mean 'trastuzumab'?
            """)
    }
}
