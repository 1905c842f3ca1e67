import Export
import Foundation
import KnowledgeGraph
import KnowledgeStore

/// An Oxigraph server (the `oxigraph` CLI from the virtualenv `.ci/peers` makes) holding an
/// N-Triples file (or the export of a graph), on a free loopback port, read-only; stopped when
/// released. For the tests of the SPARQL executor and of `kx --endpoint`.
public final class OxigraphServer {
    /// Why the server could not be made; it fails the test.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String

        public init(description: String) {
            self.description = description
        }
    }

    let process = Process()
    let folder: URL
    /// The query endpoint: `http://127.0.0.1:PORT/query`.
    public let url: String

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let program = root.appendingPathComponent(".build/venv/bin/oxigraph").path

    /// Serves the N-Triples export of `graph`.
    public convenience init(serving graph: Graph) throws {
        let export = FileManager.default.temporaryDirectory.appendingPathComponent("kx-export-\(UUID().uuidString).nt").path
        defer { try? FileManager.default.removeItem(atPath: export) }
        _ = try Exporter.write(graph, as: .ntriples, to: export, options: ExportOptions())
        try self.init(loading: export)
    }

    /// Serves the RDF file at `path`.
    public init(loading export: String) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.program) else {
            throw Failure(description: "the conformance tests run Oxigraph from \(Self.program), which is missing: run bash .ci/test (or bash .ci/peers)")
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kx-oxigraph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.run(["load", "--location", folder.appendingPathComponent("store").path, "--file", export])
        let port = try Self.freePort()
        url = "http://127.0.0.1:\(port)/query"
        process.executableURL = URL(fileURLWithPath: Self.program)
        process.arguments = ["serve-read-only", "--location", folder.appendingPathComponent("store").path, "--bind", "127.0.0.1:\(port)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        for _ in 0..<100 {
            if Self.accepts(port) { return }
            usleep(50_000)
        }
        throw Failure(description: "oxigraph did not start on port \(port)")
    }

    deinit {
        process.terminate()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    private static func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 { throw Failure(description: "oxigraph \(arguments.joined(separator: " ")) failed") }
    }

    /// A port nothing listens on now, from the kernel.
    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in(sin_family: sa_family_t(AF_INET), sin_port: 0, sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")), sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw Failure(description: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Whether something accepts connections on the port.
    private static func accepts(_ port: Int) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in(sin_family: sa_family_t(AF_INET), sin_port: UInt16(port).bigEndian, sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")), sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}
