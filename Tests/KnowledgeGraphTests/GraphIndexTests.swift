import XCTest
@testable import KnowledgeGraph
@testable import KnowledgeStore

/// The graph's indexes: by kind, by id, name and alias, by attribute value, and relations by direction and type.
final class GraphIndexTests: XCTestCase {
    /// The test schema plus a second relation from trials to drugs, so one pair of entities can be linked twice.
    private static let schema = TestPacks.schema.replacingOccurrences(of: "\nhedges:\n", with: """

          - name: studies
            inverse: studied_by
            domain: [trial]
            range: [drug]
            meaning: The trial gives the drug.
        hedges:

        """)

    /// Written out of order on purpose: the graph sorts by kind, then id.
    private static let facts = TestPacks.header + """
        entities:
          - id: zeta-trial
            kind: trial
            name: Zeta
            aliases: [the planned trials]
            quote: Two trials
            attributes:
              status: {value: planned, quote: were planned}
              start: {value: "2006", quote: in 2006}
          - id: trastuzumab
            kind: drug
            name: Trastuzumab
            aliases: [Herceptin]
            quote: trastuzumab
          - id: alpha-trial
            kind: trial
            name: Alpha
            quote: Two trials
            attributes:
              status: {value: failed-to-accrue, quote: failed to accrue patients}
              count: {value: "2", quote: Two trials}
          - id: continue
            kind: question
            name: Zeta
            quote: Whether to continue trastuzumab
            attributes:
              status: {value: unanswered, quote: an unanswered question}
          - id: lonely
            kind: drug
            name: Lonely
            quote: trastuzumab
        relations:
          - subject: zeta-trial
            type: studies
            object: trastuzumab
            quote: trastuzumab
          - subject: zeta-trial
            type: concerns
            object: trastuzumab
            quote: trastuzumab
          - subject: alpha-trial
            type: concerns
            object: trastuzumab
            quote: trastuzumab
          - subject: alpha-trial
            type: addresses
            object: continue
            quote: Two trials
          - subject: continue
            type: concerns
            object: trastuzumab
            quote: continue trastuzumab

        """

    private static let loaded = Result { try KnowledgeLoader.load([TestPacks.root(facts: facts, schema: schema)]) }

    private var graph: Graph {
        get throws { try Self.loaded.get() }
    }

    func testEntitiesAreOrderedByKindThenId() throws {
        XCTAssertEqual(try graph.entities.map { "\($0.kind) \($0.id)" }, [
            "drug lonely", "drug trastuzumab", "question continue", "trial alpha-trial", "trial zeta-trial",
        ])
    }

    func testRelationsAreOrderedBySubjectInGraphOrderThenTypeObject() throws {
        XCTAssertEqual(try graph.relations.map { "\($0.subject) \($0.type) \($0.object)" }, [
            "continue concerns trastuzumab", "alpha-trial addresses continue", "alpha-trial concerns trastuzumab",
            "zeta-trial concerns trastuzumab", "zeta-trial studies trastuzumab",
        ])
    }

    func testByKind() throws {
        let graph = try graph
        XCTAssertEqual(graph.entities(ofKind: "trial").map(\.id), ["alpha-trial", "zeta-trial"])
        XCTAssertEqual(graph.entities(ofKind: "drug").map(\.id), ["lonely", "trastuzumab"])
        XCTAssertEqual(graph.entities(ofKind: "trials").map(\.id), [], "kinds are looked up by their singular name")
        XCTAssertEqual(graph.entities(ofKind: "hospital").map(\.id), [])
    }

    func testById() throws {
        let graph = try graph
        XCTAssertEqual(graph.entity(id: "alpha-trial")?.name, "Alpha")
        XCTAssertNil(graph.entity(id: "Alpha-Trial"), "ids are exact")
        XCTAssertNil(graph.entity(id: "missing"))
    }

    func testByIdNameOrAliasIgnoringCase() throws {
        let graph = try graph
        XCTAssertEqual(graph.entities(named: "HERCEPTIN").map(\.id), ["trastuzumab"])
        XCTAssertEqual(graph.entities(named: "trastuzumab").map(\.id), ["trastuzumab"])
        XCTAssertEqual(graph.entities(named: "ALPHA-TRIAL").map(\.id), ["alpha-trial"])
        XCTAssertEqual(graph.entities(named: "The Planned Trials").map(\.id), ["zeta-trial"])
        // A name shared by two entities finds both, in graph order.
        XCTAssertEqual(graph.entities(named: "zeta").map(\.id), ["continue", "zeta-trial"])
        XCTAssertEqual(graph.entities(named: "herceptin ").map(\.id), [], "no trimming or fuzzy matching")
    }

    func testByAttributeValueIgnoringCase() throws {
        let graph = try graph
        XCTAssertEqual(graph.entities(attribute: "status", equalTo: "PLANNED").map(\.id), ["zeta-trial"])
        XCTAssertEqual(graph.entities(attribute: "status", equalTo: "unanswered").map(\.id), ["continue"])
        XCTAssertEqual(graph.entities(attribute: "count", equalTo: "2").map(\.id), ["alpha-trial"])
        XCTAssertEqual(graph.entities(attribute: "start", equalTo: "2006").map(\.id), ["zeta-trial"])
        XCTAssertEqual(graph.entities(attribute: "status", equalTo: "completed").map(\.id), [])
        XCTAssertEqual(graph.entities(attribute: "colour", equalTo: "planned").map(\.id), [])
    }

    func testValuesOfAnAttribute() throws {
        let graph = try graph
        XCTAssertEqual(graph.values(ofAttribute: "status"), ["failed-to-accrue", "planned", "unanswered"])
        XCTAssertEqual(graph.values(ofAttribute: "status", kind: "trial"), ["failed-to-accrue", "planned"])
        XCTAssertEqual(graph.values(ofAttribute: "status", kind: "question"), ["unanswered"])
        XCTAssertEqual(graph.values(ofAttribute: "count"), ["2"])
        XCTAssertEqual(graph.values(ofAttribute: "purpose"), [])
    }

    func testOutgoingAndIncomingRelationsPerType() throws {
        let graph = try graph
        XCTAssertEqual(graph.relations(of: "zeta-trial", .outgoing).map { "\($0.type) \($0.object)" }, ["concerns trastuzumab", "studies trastuzumab"])
        XCTAssertEqual(graph.relations(of: "zeta-trial", .outgoing, type: "studies").map(\.object), ["trastuzumab"])
        XCTAssertEqual(graph.relations(of: "zeta-trial", .incoming).count, 0)
        XCTAssertEqual(graph.relations(of: "trastuzumab", .incoming, type: "concerns").map(\.subject), ["continue", "alpha-trial", "zeta-trial"])
        XCTAssertEqual(graph.relations(of: "trastuzumab", .incoming).map { "\($0.subject) \($0.type)" }, [
            "continue concerns", "alpha-trial concerns", "zeta-trial concerns", "zeta-trial studies",
        ])
        XCTAssertEqual(graph.relations(of: "trastuzumab", .outgoing).count, 0)
        XCTAssertEqual(graph.relations(of: "trastuzumab", .incoming, type: "addresses").count, 0)
        XCTAssertEqual(graph.relations(of: "lonely", .incoming).count, 0)
        XCTAssertEqual(graph.relations(of: "missing", .outgoing).count, 0)
    }

    func testNeighborsAreSortedByKindThenIdWithoutRepeats() throws {
        let graph = try graph
        XCTAssertEqual(graph.neighbors(of: "zeta-trial", .outgoing).map(\.id), ["trastuzumab"], "two relations, one neighbor")
        XCTAssertEqual(graph.neighbors(of: "alpha-trial", .outgoing).map(\.id), ["trastuzumab", "continue"])
        XCTAssertEqual(graph.neighbors(of: "trastuzumab", .incoming).map(\.id), ["continue", "alpha-trial", "zeta-trial"])
        XCTAssertEqual(graph.neighbors(of: "trastuzumab", .incoming, type: "studies").map(\.id), ["zeta-trial"])
        XCTAssertEqual(graph.neighbors(of: "continue", .incoming, type: "addresses").map(\.id), ["alpha-trial"])
        XCTAssertEqual(graph.neighbors(of: "continue", .outgoing, type: "addresses").map(\.id), [])
    }

    func testRelationEnds() throws {
        let relation = try XCTUnwrap(try graph.relations(of: "alpha-trial", .outgoing, type: "addresses").first)
        XCTAssertEqual(relation.end(.outgoing), "continue")
        XCTAssertEqual(relation.end(.incoming), "alpha-trial")
        XCTAssertEqual(Direction.outgoing.reversed, .incoming)
        XCTAssertEqual(Direction.incoming.reversed, .outgoing)
    }

    func testFieldsOfAKind() throws {
        let graph = try graph
        XCTAssertEqual(graph.fields(of: "trial"), ["status", "count", "start", "site", "purpose", "addresses", "concerns", "studies"])
        XCTAssertEqual(graph.fields(of: "question"), ["status", "addressed_by", "concerns"])
        XCTAssertEqual(graph.fields(of: "drug"), ["concerned_in", "studied_by"])
        XCTAssertEqual(graph.fields(of: "hospital"), [])
    }

    func testSchemaLookups() throws {
        let schema = try graph.schema
        XCTAssertEqual(schema.kind(named: "Trials")?.name, "trial")
        XCTAssertEqual(schema.kind(named: "MEDICINE")?.name, "drug")
        XCTAssertNil(schema.kind("trials"), "kind(_:) takes the exact singular name")
        XCTAssertEqual(schema.kindWords, ["drug", "drugs", "medicine", "trial", "trials", "question", "questions"])
        XCTAssertEqual(schema.relation(named: "studied_by").map { "\($0.type.name) \($0.direction)" }, "studies incoming")
        XCTAssertEqual(schema.relation(named: "studies").map { "\($0.type.name) \($0.direction)" }, "studies outgoing")
        XCTAssertNil(schema.relation("studied_by"), "relation(_:) takes the forward name")
        XCTAssertEqual(schema.relationWords, ["addresses", "addressed_by", "concerns", "concerned_in", "studies", "studied_by"])
    }

    func testProvenanceIsLocatedInTheSourceAndThePack() throws {
        let trial = try XCTUnwrap(try graph.entity(id: "alpha-trial"))
        let statement = try XCTUnwrap(trial.attribute("status"))
        XCTAssertEqual(statement.document, "test-doc")
        XCTAssertEqual(statement.provenance.count, 1)
        let status = try XCTUnwrap(statement.provenance.first)
        XCTAssertEqual(status.document, "test-doc")
        XCTAssertEqual(status.quote, "failed to accrue patients")
        XCTAssertEqual(try graph.document("test-doc")?.excerpt(status.start..<status.end), "failed to accrue patients")
        XCTAssertEqual(status.segments, ["sentence 2"])
    }
}
