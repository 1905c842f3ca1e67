import EmbeddedKnowledge
import Foundation
import KnowledgeGraph
import KnowledgeStore
import XCTest
@testable import KnowledgeImport

/// MeSH headings and keywords become topics: one entity per descriptor or keyword, named by its
/// vocabulary and slug so packs share it, quoted from the MeSH terms and keywords lines of source.txt.
final class TopicTests: XCTestCase {
    private func record(mesh: [MeshHeading] = [], keywords: [String] = [], title: String = "An invented title") -> PublicationRecord {
        var record = PublicationRecord(title: title, location: SourceLocation(file: "r.nbib", line: 1, column: 1))
        record.authors = [.init(name: "Mara Quillon", familyName: "Quillon")]
        record.meshHeadings = mesh
        record.keywords = keywords
        return record
    }

    private func schema() throws -> Schema {
        guard let bytes = EmbeddedKnowledge.files()["schema.yaml"], let text = String(validating: bytes, as: UTF8.self) else {
            throw KnowledgeError(Diagnostic(location: nil, message: "the embedded knowledge has no schema.yaml"))
        }
        return try Schema.load(text: text, file: "schema.yaml")
    }

    /// The pack of `record`, checked by the loader as `kx check` checks it.
    private func loads(_ record: PublicationRecord, file: StaticString = #filePath, line: UInt = #line) throws -> PackWriter.Pack {
        let pack = PackWriter.pack(record, id: PackWriter.baseID(record))
        let source = (path: pack.id + "/source.txt", bytes: Array(pack.source.utf8))
        let (_, diagnostics) = try PackLoader(schema: try schema()).check(facts: pack.facts, factsPath: pack.id + "/facts.yaml") { $0 == "source.txt" ? source : nil }
        XCTAssertEqual(diagnostics.map { $0.rendered() }, [], pack.facts, file: file, line: line)
        return pack
    }

    func testHeadingsAreWrittenInMedlineNotationFromEitherForm() {
        XCTAssertEqual(MeshHeading.medline("*Breast Neoplasms/drug therapy/*pathology"),
                       MeshHeading(descriptor: "Breast Neoplasms", major: true, qualifiers: [.init(name: "drug therapy"), .init(name: "pathology", major: true)]))
        XCTAssertEqual(MeshHeading.page("Kidney Failure, Chronic / epidemiology*")?.written, "Kidney Failure, Chronic/*epidemiology")
        XCTAssertEqual(MeshHeading.page("Kidney Transplantation*")?.written, "*Kidney Transplantation")
        XCTAssertEqual(MeshHeading.medline("Antineoplastic Agents/*therapeutic use")?.written, "Antineoplastic Agents/*therapeutic use")
        XCTAssertNil(MeshHeading.medline("/therapeutic use"))
        XCTAssertNil(MeshHeading.page("*"))
    }

    func testEachDescriptorAndKeywordIsATopicWithItsVocabularyAndIdentifier() throws {
        let pack = try loads(record(mesh: [MeshHeading(descriptor: "Antineoplastic Agents", identifier: "D000970", qualifiers: [.init(name: "therapeutic use", major: true)]),
                                           MeshHeading(descriptor: "Grey Fever", major: true)],
                                    keywords: ["grey fever"]))
        XCTAssertTrue(pack.source.contains("\nMeSH terms: Antineoplastic Agents/*therapeutic use; *Grey Fever\nKeywords: grey fever\n"), pack.source)
        XCTAssertTrue(pack.facts.contains("""
              - id: mesh-antineoplastic-agents
                kind: topic
                name: "Antineoplastic Agents"
                quote: "Antineoplastic Agents/*therapeutic use"
                xrefs: {mesh: "D000970"}
                attributes:
                  vocabulary: {value: mesh, quote: "MeSH terms"}
              - id: mesh-grey-fever
                kind: topic
                name: "Grey Fever"
                quote: "*Grey Fever"
                attributes:
                  vocabulary: {value: mesh, quote: "MeSH terms"}
              - id: keyword-grey-fever
            """), pack.facts)
        XCTAssertTrue(pack.facts.contains("  - {subject: quillon, type: topic, object: mesh-antineoplastic-agents, quote: \"Antineoplastic Agents/*therapeutic use\"}"), pack.facts)
    }

    func testAQuoteIsOneTheLinesAboveItsOwnDoNotHold() throws {
        // "grey fever" and "Review" are in the title and the type line, so their quotes name their place on their own line.
        var record = record(keywords: ["grey fever", "Review", "fever"], title: "Review of grey fever; fever, an invented title")
        record.types = ["Review"]
        let pack = try loads(record)
        XCTAssertTrue(pack.facts.contains("    quote: \"Keywords: grey fever\""), pack.facts)
        XCTAssertTrue(pack.facts.contains("    quote: \"; Review\""), pack.facts)
        XCTAssertTrue(pack.facts.contains("    quote: \"Review; fever\""), pack.facts)
        // When every form is above too, the quote is the line up to the entry: found, if earlier.
        let everywhere = try loads(self.record(keywords: ["invented"], title: "Keywords: invented"))
        XCTAssertTrue(everywhere.facts.contains("    quote: \"Keywords: invented\"\n"), everywhere.facts)
    }

    func testTopicsWithTheSameSlugAreOneAndIdsTakenByPeopleAreNotReused() throws {
        var record = record(mesh: [MeshHeading(descriptor: "Quillon")], keywords: ["Grey fever", "grey-fever", "心臓"])
        record.authors = [.init(name: "Mesh Quillon", familyName: "Quillon")]
        let pack = try loads(record)
        XCTAssertTrue(pack.facts.contains("  - id: mesh-quillon-topic\n"), pack.facts)
        XCTAssertEqual(pack.facts.components(separatedBy: "  - id: keyword-grey-fever\n").count, 2, pack.facts)
        XCTAssertTrue(pack.facts.contains("  - id: keyword-"), pack.facts)
        XCTAssertTrue(pack.facts.contains("name: \"心臓\""), pack.facts)
    }

    func testManyTopicsAreWrittenInBoundedTime() throws {
        let keywords = (0..<20_000).map { "keyword \($0)" }
        let start = Date()
        let pack = PackWriter.pack(record(mesh: keywords.map { MeshHeading(descriptor: $0) }, keywords: keywords, title: String(repeating: "keyword ", count: 20_000)), id: "many")
        XCTAssertEqual(pack.facts.components(separatedBy: "kind: topic").count, 40_001)
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
    }
}
