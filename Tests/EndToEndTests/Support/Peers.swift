import Foundation
import XCTest

/// The programs that read kx's exports in the export tests, from the virtualenv `.ci/peers` makes
/// (`.build/venv`): pyoxigraph through `Tests/Peers/rdf_check.py`, and kgx through
/// `Tests/Peers/kgx_offline.py`. Missing, they fail the test, saying how to install them.
enum Peers {
    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    static let venv = KXProcess.packageRoot.appendingPathComponent(".build/venv")
    static let scripts = KXProcess.packageRoot.appendingPathComponent("Tests/Peers")

    /// The virtualenv's python, or a failure that says to run `bash .ci/test`.
    static func python(file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let python = venv.appendingPathComponent("bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python) else {
            let message = "the export tests read kx's exports with pyoxigraph and kgx from \(venv.path), which is missing: run bash .ci/test (or bash .ci/peers)"
            XCTFail(message, file: file, line: line)
            throw Missing(description: message)
        }
        return python
    }

    /// Runs `Tests/Peers/SCRIPT` with `arguments` (at most 120 s) and returns its status and output.
    static func run(_ script: String, _ arguments: [String], directory: URL? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> KXProcess.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try python(file: file, line: line))
        process.arguments = [scripts.appendingPathComponent(script).path] + arguments
        if let directory { process.currentDirectoryURL = directory }
        let folder = try FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask, appropriateFor: venv, create: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outFile = folder.appendingPathComponent("out"), errFile = folder.appendingPathComponent("err")
        guard FileManager.default.createFile(atPath: outFile.path, contents: nil), FileManager.default.createFile(atPath: errFile.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        process.standardOutput = try FileHandle(forWritingTo: outFile)
        process.standardError = try FileHandle(forWritingTo: errFile)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        process.waitUntilExit()
        watchdog.cancel()
        return KXProcess.Output(status: process.terminationStatus, stdout: (try? String(contentsOf: outFile, encoding: .utf8)) ?? "",
                                stderr: (try? String(contentsOf: errFile, encoding: .utf8)) ?? "")
    }

    /// What `rdf_check.py` reports of an export: see that script.
    struct RDFReport: Decodable {
        var count: Int
        var asserted: Int
        var qualified: Int
        var plain: Int
        var leaked: [[String]]
        var missing: [[String]]
        var literals: [String]
    }

    /// Loads an export into pyoxigraph and reports on it; `format` is ntriples, turtle, turtle11 or trig.
    static func readRDF(_ format: String, _ path: String, base: String = "https://kx.example/", file: StaticString = #filePath, line: UInt = #line) throws -> RDFReport {
        let result = try run("rdf_check.py", [format, path, base + "property/"], file: file, line: line)
        guard result.status == 0 else {
            XCTFail("pyoxigraph could not read \(path) as \(format): \(result.stderr)", file: file, line: line)
            throw Missing(description: result.stderr)
        }
        return try JSONDecoder().decode(RDFReport.self, from: Data(result.stdout.utf8))
    }
}
