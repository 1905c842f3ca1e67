import Foundation
import KnowledgeGraph
import KnowledgeStore
import XCTest
@testable import Export

/// The export tests' knowledge and a sink that keeps what is written in memory.
enum ExportFixture {
    /// `Fixtures/kestrel`: a FICTIONAL knowledge root with its own schema.
    static let kestrelPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/kestrel").path

    static func kestrel() throws -> Graph {
        try KnowledgeLoader.load([try KnowledgeFiles(directory: kestrelPath)])
    }

    /// The source of the kestrel pack, to check offsets against.
    static func kestrelSource() throws -> String {
        try String(contentsOfFile: kestrelPath + "/kestrel-2025/source.txt", encoding: .utf8)
    }

    /// The graph exported as RDF in `format`, as text, with the count the exporter gave.
    static func rdf(_ graph: Graph, _ format: ExportFormat, options: ExportOptions = ExportOptions(creator: "kx test")) throws -> (text: String, count: Int) {
        let sink = MemorySink()
        let written = try Exporter.writeRDF(graph, as: format, options: options, to: sink)
        XCTAssertEqual(written.bytes, sink.bytes.count)
        return (String(decoding: sink.bytes, as: UTF8.self), written.triples)
    }

    /// The graph as KGX: its node and edge lines, each parsed as JSON.
    static func kgx(_ graph: Graph) throws -> (nodes: [[String: Any]], edges: [[String: Any]], text: String) {
        let nodes = MemorySink(), edges = MemorySink()
        _ = try KGXExporter(graph: graph, options: ExportOptions()).run(nodes: BufferedWriter(nodes), edges: BufferedWriter(edges))
        func objects(_ sink: MemorySink) throws -> [[String: Any]] {
            try String(decoding: sink.bytes, as: UTF8.self).split(separator: "\n").map { line in
                try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            }
        }
        return (try objects(nodes), try objects(edges), String(decoding: nodes.bytes + edges.bytes, as: UTF8.self))
    }
}

/// Keeps every byte written, and the size of each write.
final class MemorySink: ByteSink {
    private(set) var bytes: [UInt8] = []
    private(set) var writes: [Int] = []

    func write(_ buffer: UnsafeRawBufferPointer) throws {
        bytes += buffer
        writes.append(buffer.count)
    }
}
