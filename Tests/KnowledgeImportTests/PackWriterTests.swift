import EmbeddedKnowledge
import Foundation
import KnowledgeGraph
import KnowledgeStore
import XCTest
@testable import KnowledgeImport

/// Imported packs load against the built-in schema, are named from the first author and year, and
/// are never overwritten unless forced.
final class PackWriterTests: XCTestCase {
    private func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kx-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url.path
    }

    private func schema() throws -> (text: String, path: String) {
        guard let bytes = EmbeddedKnowledge.files()["schema.yaml"], let text = String(validating: bytes, as: UTF8.self) else {
            throw KnowledgeError(Diagnostic(location: nil, message: "the embedded knowledge has no schema.yaml"))
        }
        return (text, "schema.yaml")
    }

    func testImportedPacksLoadWithTheirFacts() throws {
        // The publications, their authors and their topics (MeSH descriptors and keywords).
        let entities = ["page.txt": 9, "page-particles.txt": 9, "page-full.txt": 13, "page-lost-journal.txt": 6, "page-short.txt": 8,
                        "abstracts.txt": 11, "records.nbib": 10, "records.xml": 10]
        for (name, count) in entities {
            let root = try temporaryFolder()
            let packs = try PackWriter.packs(try Fixture.records(name), root: root, force: false)
            try PackWriter.write(packs, root: root)
            let graph = try KnowledgeLoader.load([KnowledgeFiles(directory: root)], defaultSchema: try schema())
            XCTAssertEqual(graph.documentIDs.sorted(), packs.map(\.id).sorted(), name)
            XCTAssertEqual(graph.entityCount, count, name)
        }
    }

    func testPackIDsAreASCIISlugsWithSuffixesForOtherRecords() throws {
        let root = try temporaryFolder()
        let records = try Fixture.records("records.nbib")
        XCTAssertEqual(try PackWriter.packs(records + records.prefix(1), root: root, force: false).map(\.id), ["muller-2024", "odegaard-2023", "muller-2024-2"])
        let facts = try XCTUnwrap(try PackWriter.packs(records, root: root, force: false).first?.facts)
        XCTAssertTrue(facts.contains("  - id: ingrid-odegaard\n    kind: person\n    name: \"Ingrid Ødegaard\""), facts)
        XCTAssertTrue(facts.contains("#   4. No one was real."), facts)
        var other = try XCTUnwrap(records.first)
        other.title = "Another invented article"
        try PackWriter.write(try PackWriter.packs([other], root: root, force: false), root: root)
        XCTAssertEqual(try PackWriter.packs(records.prefix(1).map { $0 }, root: root, force: false).map(\.id), ["muller-2024-2"])
    }

    func testAnImportedRecordIsReplacedOnlyWhenForced() throws {
        let root = try temporaryFolder()
        let records = try Fixture.records("records.xml")
        try PackWriter.write(try PackWriter.packs(records, root: root, force: false), root: root)
        XCTAssertThrowsError(try PackWriter.packs(records, root: root, force: false)) { error in
            XCTAssertEqual(String(describing: error),
                           "records.xml:4:1: error: the pack folder '\(root)/muller-2024' already holds this record; expected a record not yet imported, or --force to replace it")
        }
        XCTAssertEqual(try PackWriter.packs(records, root: root, force: true).map(\.id), ["muller-2024", "odegaard-2023"])
    }

    func testARecordWithoutAuthorsStillGetsARelationsListToFillIn() throws {
        let root = try temporaryFolder()
        var record = try XCTUnwrap(try Fixture.records("records.nbib").last)
        record.authors = []
        let packs = try PackWriter.packs([record], root: root, force: false)
        let facts = try XCTUnwrap(packs.first?.facts)
        XCTAssertTrue(facts.contains("\nrelations:\n"), facts)
        XCTAssertTrue(facts.contains("# To model a sentence, add entities"), facts)
        try PackWriter.write(packs, root: root)
        XCTAssertEqual(try KnowledgeLoader.load([KnowledgeFiles(directory: root)], defaultSchema: try schema()).relationCount, 0)
    }

    func testWhatTheRecordLeavesOutIsLeftOut() throws {
        let letter = try XCTUnwrap(try Fixture.records("records.nbib").last)
        let facts = try XCTUnwrap(try PackWriter.packs([letter], root: try temporaryFolder(), force: false).first?.facts)
        for absent in ["pages:", "issue:", "doi:", "type: author,"] { XCTAssertFalse(facts.contains(absent), absent) }
        XCTAssertTrue(facts.contains("xrefs: {pmid: \"99900002\"}"), facts)
    }
}
