import XCTest
@testable import KnowledgeGraph
@testable import KnowledgeStore

/// `Graph.edited`: a graph rebuilt from its own statements with entities renamed and copied.
///
/// FICTIONAL domain: document `quill-2019` quotes `TestPacks.fictionalSource` and `wren-2022`
/// quotes `TestPacks.fictionalReport`; zorvamab, grey fever and the Heron and Kestrel trials are invented.
final class GraphEditTests: XCTestCase {
    private let quill = TestPacks.header("quill-2019") + """
        entities:
          - id: zorvamab
            kind: drug
            name: zorvamab
            aliases: [Zorvex]
            quote: Zorvamab is an invented antibody
          - id: heron
            kind: trial
            name: Heron
            aliases: [Heron trial]
            quote: The Heron trial
            note: A fictional trial.
            xrefs: {nct: NCT00000001}
            attributes:
              status: {value: planned, quote: The Heron trial is currently planned, as-of: "2019"}
              purpose: {value: to count relapses, quote: to count relapses}
          - id: kestrel
            kind: trial
            name: Kestrel
            quote: The Kestrel trial
          - id: helps
            kind: question
            name: whether zorvamab helps
            quote: Whether zorvamab helps is an open question.
        relations:
          - {subject: heron, type: concerns, object: zorvamab, quote: to test zorvamab, hedge: may}
          - {subject: kestrel, type: concerns, object: zorvamab, quote: The Kestrel trial gave zorvamab to every patient.}
          - {subject: helps, type: concerns, object: zorvamab, quote: Whether zorvamab helps, note: the question names the drug}

        """

    private let wren = TestPacks.header("wren-2022") + """
        entities:
          - id: heron
            kind: trial
            name: Heron
            quote: The Heron trial
            attributes:
              status: {value: completed, quote: The Heron trial was completed in 2021.}
          - id: helps
            kind: question
            name: whether zorvamab helps
            quote: whether zorvamab helps
        relations:
          - {subject: heron, type: addresses, object: helps, quote: The Heron trial asked whether zorvamab helps.}

        """

    private func graph() throws -> Graph {
        try KnowledgeLoader.load([TestPacks.root(packs: ["a": (quill, TestPacks.fictionalSource), "b": (wren, TestPacks.fictionalReport)])])
    }

    /// Each relation as `subject type object document [tag]: quotes`.
    private func relations(_ graph: Graph) -> [String] {
        graph.relations.map { "\($0.subject) \($0.type) \($0.object) \($0.document) \($0.qualifiers.tag): \($0.provenance.map(\.quote).joined(separator: " | "))" }
    }

    func testWithoutEditsTheCopyHoldsTheSameStatementsAndQuotes() throws {
        let graph = try graph()
        let copy = try graph.edited(GraphEdits())
        XCTAssertEqual(Array(copy.entities), Array(graph.entities))
        XCTAssertEqual(Array(copy.relations), Array(graph.relations))
        XCTAssertEqual(copy.documentIDs, graph.documentIDs)
        XCTAssertEqual(copy.document("wren-2022")?.text, TestPacks.fictionalReport)
        XCTAssertEqual(copy.facts.count, graph.facts.count)
    }

    func testARenamedEntityKeepsItsStatementsUnderItsNewIDAndNoOldName() throws {
        let graph = try graph()
        let copy = try graph.edited(GraphEdits(renamings: [GraphEdits.Renaming(id: "heron", newID: "trial-1", name: "trial one")]))
        XCTAssertNil(copy.entity(id: "heron"))
        XCTAssertEqual(copy.entities(named: "Heron trial").map(\.id), [], "the aliases go with the old name")
        XCTAssertEqual(copy.entities(named: "Heron").map(\.id), [])
        let renamed = try XCTUnwrap(copy.entity(id: "trial-1"))
        let original = try XCTUnwrap(graph.entity(id: "heron"))
        XCTAssertEqual(renamed.name, "trial one")
        XCTAssertEqual(renamed.aliases, [])
        XCTAssertEqual(renamed.xrefs, [], "a cross-reference would name it too")
        XCTAssertEqual(renamed.notes, original.notes)
        XCTAssertEqual(renamed.attributes, original.attributes, "the same statements, documents and quotes")
        XCTAssertEqual(renamed.provenance, original.provenance)
        XCTAssertEqual(relations(copy), [
            "helps concerns zorvamab quill-2019 : Whether zorvamab helps",
            "kestrel concerns zorvamab quill-2019 : The Kestrel trial gave zorvamab to every patient.",
            "trial-1 addresses helps wren-2022 : The Heron trial asked whether zorvamab helps.",
            "trial-1 concerns zorvamab quill-2019 [may]: to test zorvamab",
        ])
        XCTAssertEqual(copy.entities(attribute: "status", equalTo: "completed").map(\.id), ["trial-1"])
    }

    func testACopyHasTheOriginalsStatementsBothWaysUnderItsOwnName() throws {
        let graph = try graph()
        let copy = try graph.edited(GraphEdits(copies: [GraphEdits.Copy(original: "helps", id: "look-alike-1", name: "look-alike one")]))
        let original = try XCTUnwrap(copy.entity(id: "helps"))
        let look = try XCTUnwrap(copy.entity(id: "look-alike-1"))
        XCTAssertEqual(look.kind, "question")
        XCTAssertEqual(look.name, "look-alike one")
        XCTAssertEqual(look.provenance, original.provenance)
        XCTAssertEqual(look.attributes, original.attributes)
        XCTAssertEqual(copy.entities(named: "whether zorvamab helps").map(\.id), ["helps"], "the copy does not answer to the original's name")
        XCTAssertEqual(relations(copy).filter { $0.contains("look-alike-1") }, [
            "look-alike-1 concerns zorvamab quill-2019 : Whether zorvamab helps",
            "heron addresses look-alike-1 wren-2022 : The Heron trial asked whether zorvamab helps.",
        ])
        XCTAssertEqual(copy.relations.first { $0.subject == "look-alike-1" }?.qualifiers.notes, ["the question names the drug"])
        XCTAssertEqual(copy.relationCount, graph.relationCount + 2)
    }

    func testACopyLeavesOutTheOmittedFactAndFollowsRenamedNeighbours() throws {
        let graph = try graph()
        let edits = GraphEdits(renamings: [GraphEdits.Renaming(id: "zorvamab", newID: "drug-1", name: "drug one", aliases: ["D1"])],
                               copies: [GraphEdits.Copy(original: "heron", id: "look-alike-1", name: "one", omitted: .attribute("status")),
                                        GraphEdits.Copy(original: "heron", id: "look-alike-2", name: "two", omitted: .relation("addresses", other: "helps", outgoing: true))])
        let copy = try graph.edited(edits)
        XCTAssertEqual(copy.entity(id: "look-alike-1")?.attributes.map(\.name), ["purpose"])
        XCTAssertEqual(copy.entity(id: "look-alike-2")?.attributes.map(\.name), ["status", "status", "purpose"])
        XCTAssertEqual(copy.entities(named: "D1").map(\.id), ["drug-1"])
        XCTAssertEqual(relations(copy).filter { $0.hasPrefix("look-alike") }, [
            "look-alike-1 addresses helps wren-2022 : The Heron trial asked whether zorvamab helps.",
            "look-alike-1 concerns drug-1 quill-2019 [may]: to test zorvamab",
            "look-alike-2 concerns drug-1 quill-2019 [may]: to test zorvamab",
        ])
    }

    func testAnEntityCopiedWithItsRelationToItselfKeepsItOnce() throws {
        let schema = TestPacks.schema.replacingOccurrences(of: "range: [drug]",
                                                           with: "range: [drug, trial]")
        XCTAssertNotEqual(schema, TestPacks.schema)
        let facts = quill.replacingOccurrences(of: "relations:\n", with: "relations:\n  - {subject: kestrel, type: concerns, object: kestrel, quote: The Kestrel trial}\n")
        let graph = try KnowledgeLoader.load([TestPacks.root(packs: ["a": (facts, TestPacks.fictionalSource)], schema: schema)])
        let copy = try graph.edited(GraphEdits(copies: [GraphEdits.Copy(original: "kestrel", id: "k2", name: "k two")]))
        XCTAssertEqual(relations(copy).filter { $0.contains("k2") }, [
            "k2 concerns k2 quill-2019 : The Kestrel trial",
            "k2 concerns zorvamab quill-2019 : The Kestrel trial gave zorvamab to every patient.",
        ])
    }

    func testEditsThatNameNoEntityOrClashAreRefused() throws {
        let graph = try graph()
        let edits = GraphEdits(renamings: [GraphEdits.Renaming(id: "osprey", newID: "x", name: "x"),
                                           GraphEdits.Renaming(id: "heron", newID: "kestrel", name: "k")],
                               copies: [GraphEdits.Copy(original: "wren", id: "y", name: "y"), GraphEdits.Copy(original: "heron", id: "x", name: "x"),
                                        GraphEdits.Copy(original: "heron", id: "two words", name: "z")])
        XCTAssertThrowsError(try graph.edited(edits)) { error in
            XCTAssertEqual((error as? KnowledgeError)?.diagnostics.map(\.message), [
                "cannot rename 'osprey': no entity has that id",
                "cannot copy 'wren': no entity has that id",
                "'kestrel' is the id of an entity already",
                "'x' is given to two entities",
                "'two words' cannot be an id: an id is a word without spaces",
            ])
        }
    }
}
