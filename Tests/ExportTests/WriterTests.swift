import Foundation
import KnowledgeGraph
import KnowledgeStore
import XCTest
@testable import Export

/// The writers stream: the sink gets the text in chunks of about 64 KiB, never all at once.
final class WriterTests: XCTestCase {
    func testTheBufferHandsOnChunksOfAbout64KiB() throws {
        let sink = MemorySink()
        let writer = BufferedWriter(sink)
        let line = String(repeating: "x", count: 99) + "\n"
        for _ in 0..<10_000 { try writer.write(line) }
        XCTAssertEqual(sink.writes.count, 15, "nothing is handed on before 64 KiB")
        try writer.flush()
        XCTAssertEqual(sink.bytes.count, 1_000_000)
        XCTAssertEqual(writer.count, 1_000_000)
        XCTAssertTrue(sink.writes.dropLast().allSatisfy { (BufferedWriter.capacity..<BufferedWriter.capacity + 100).contains($0) }, "\(sink.writes)")
    }

    func testAnExportOfManyStatementsIsWrittenInChunks() throws {
        var entities = "", relations = "", sentences = ""
        for number in 0..<400 {
            sentences += "Drug d\(number) was tested in trial t\(number). "
            entities += "  - {id: d\(number), kind: drug, name: d\(number), quote: Drug d\(number)}\n  - {id: t\(number), kind: trial, name: t\(number), quote: trial t\(number)}\n"
            relations += "  - {subject: t\(number), type: tests, object: d\(number), quote: Drug d\(number) was tested in trial t\(number)}\n"
        }
        let facts = "document: {id: many, citation: Many. A FICTIONAL document.}\nentities:\n\(entities)relations:\n\(relations)"
        let files = ["schema.yaml": Array(try String(contentsOfFile: ExportFixture.kestrelPath + "/schema.yaml", encoding: .utf8).utf8),
                     "many/facts.yaml": Array(facts.utf8), "many/source.txt": Array("Title: Many\n\nAbstract\n\n\(sentences)\n".utf8)]
        let graph = try KnowledgeLoader.load([KnowledgeFiles(root: "K", files: files)])
        let sink = MemorySink()
        let written = try Exporter.writeRDF(graph, as: .ntriples, options: ExportOptions(), to: sink)
        XCTAssertGreaterThan(written.bytes, 10 * BufferedWriter.capacity)
        XCTAssertTrue(sink.writes.allSatisfy { $0 < 2 * BufferedWriter.capacity }, "\(sink.writes.max() ?? 0)")
        XCTAssertEqual(NTriplesParser.parse(String(decoding: sink.bytes, as: UTF8.self)).count, written.triples)
    }

    func testAStoppedExportThrowsInterrupted() throws {
        let cancellation = Cancellation()
        cancellation.cancel()
        XCTAssertThrowsError(try Exporter.writeRDF(try ExportFixture.kestrel(), as: .turtle, options: ExportOptions(cancellation: cancellation), to: MemorySink())) { error in
            XCTAssertTrue(error is Interrupted, "\(error)")
        }
    }

    func testTheSummaryLine() {
        let summary = ExportSummary(files: ["lit.nt"], triples: 1_234_567, nodes: 0, edges: 0, documents: 2, bytes: 57_000, format: .ntriples)
        XCTAssertEqual(summary.line, "lit.nt: 1,234,567 triples from 2 documents; 56 KiB")
        let kgx = ExportSummary(files: ["a_nodes.jsonl", "a_edges.jsonl"], triples: 0, nodes: 1, edges: 2, documents: 1, bytes: 3_500_000, format: .kgx)
        XCTAssertEqual(kgx.line, "a_nodes.jsonl, a_edges.jsonl: 1 node, 2 edges from 1 document; 3.3 MiB")
        XCTAssertEqual(ExportFormat.unknown("ttl").notes.first, "did you mean 'turtle'?")
        XCTAssertEqual(ExportFormat.unknown("trug").notes.first, "did you mean 'trig'?")
    }
}
