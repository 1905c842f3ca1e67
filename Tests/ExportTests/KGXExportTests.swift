import Foundation
import XCTest
@testable import Export
import KnowledgeGraph

/// The KGX export of a small FICTIONAL pack: Biolink categories and predicates from the schema,
/// every statement's provenance and qualifiers on its edge, asserted attribute values on the node.
final class KGXExportTests: XCTestCase {
    func testNodesCarryCategoriesXrefsAndAssertedValues() throws {
        let (nodes, _, _) = try ExportFixture.kgx(try ExportFixture.kestrel())
        XCTAssertEqual(nodes.map { $0["id"] as? String }, ["kxe:zorvamab", "kxe:relapse-prevention", "kxe:shorter-fever", "kxe:kestrel"])
        let drug = nodes[0], trial = nodes[3], denied = nodes[1]
        XCTAssertEqual(drug["category"] as? [String], ["biolink:Drug"])
        XCTAssertEqual(drug["synonym"] as? [String], ["ZRV-1", "Zorvamab \"the invented\""])
        XCTAssertEqual(drug["xref"] as? [String], ["doi:10.5555/fict<1>#2", "local:Z-1"])
        XCTAssertEqual(drug["iri"] as? String, "https://kx.example/entity/zorvamab")
        XCTAssertEqual(denied["category"] as? [String], ["biolink:NamedThing"], "a kind with no Biolink class")
        XCTAssertEqual(denied["kx_kind"] as? String, "effect")
        XCTAssertNil(denied["kxp:type"], "a denied value is not a node property")
        XCTAssertNil(nodes[2]["kxp:type"], "a hedged value is not a node property")
        XCTAssertEqual(trial["kxp:status"] as? [String], ["recruiting"])
        XCTAssertEqual(trial["kxp:size"] as? [Int], [40])
        XCTAssertEqual(trial["xref"] as? [String], ["clinicaltrials:NCT00000000"])
        XCTAssertEqual(trial["kx_notes"] as? [String], ["Named \"Kestrel\" in the record;\na second line, and a backslash \\ here."])
        XCTAssertEqual(trial["supporting_text"] as? [String], ["the imaginary Kestrel café study", "The Kestrel study", "is currently recruiting", "40 patients"])
        XCTAssertEqual(trial["publications"] as? [String], ["kxd:kestrel-2025"])
        XCTAssertEqual(trial["provided_by"] as? [String], ["infores:kx"])
    }

    func testEdgesCarryProvenanceAndQualifiers() throws {
        let (_, edges, _) = try ExportFixture.kgx(try ExportFixture.kestrel())
        XCTAssertEqual(edges.count, 3)
        let denied = edges[0], hedged = edges[1], tests = edges[2]
        XCTAssertEqual(denied["id"] as? String, "kxs:relapse-prevention.2")
        XCTAssertEqual(denied["predicate"] as? String, "biolink:caused_by")
        XCTAssertEqual(denied["original_predicate"] as? String, "kxp:effect_of")
        XCTAssertEqual(denied["negated"] as? Bool, true)
        XCTAssertNil(denied["kx_hedge"])
        XCTAssertEqual(hedged["kx_hedge"] as? String, "may")
        XCTAssertEqual(hedged["negated"] as? Bool, false)
        XCTAssertEqual(tests["id"] as? String, "kxs:kestrel.3")
        XCTAssertEqual(tests["predicate"] as? String, "biolink:related_to", "a relation with no Biolink predicate")
        XCTAssertEqual(tests["knowledge_level"] as? String, "knowledge_assertion")
        XCTAssertEqual(tests["agent_type"] as? String, "manual_agent")
        XCTAssertEqual(tests["primary_knowledge_source"] as? String, "infores:kx")
        XCTAssertEqual(tests["publications"] as? [String], ["kxd:kestrel-2025"])
        XCTAssertEqual(tests["supporting_text"] as? [String], ["Kestrel café study", "zorvamab was given to 40 patients"])
        XCTAssertEqual(tests["kx_notes"] as? [String], ["The record names no control arm."])
        XCTAssertNil(tests["kx_as_of"], "the statement speaks for its document's date")
    }

    func testKGXFilesAreNamedAsKgxNamesThem() throws {
        XCTAssertEqual(Exporter.kgxFiles(for: "out/lit").nodes, "out/lit_nodes.jsonl")
        XCTAssertEqual(Exporter.kgxFiles(for: "out/lit").edges, "out/lit_edges.jsonl")
        XCTAssertEqual(Exporter.kgxFiles(for: "out/").nodes, "out/nodes.jsonl")
        XCTAssertEqual(Exporter.kgxFiles(for: "/tmp").edges, "/tmp/edges.jsonl")
        XCTAssertEqual(Exporter.kgxFiles(for: "/dev/null").nodes, "/dev/null")
    }
}
