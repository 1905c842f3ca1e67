import Foundation
import XCTest

/// Keeps Benchmarks/generate.py honest: what it writes must load in the real binary.
final class GeneratorTests: XCTestCase {
    func testGeneratedPacksLoadAndHaveTrials() throws {
        let repository = KXProcess.packageRoot
        let generator = repository.appendingPathComponent("Benchmarks/generate.py")
        guard FileManager.default.fileExists(atPath: generator.path) else { throw XCTSkip("no Benchmarks/generate.py beside the tests") }
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
            ?? findInPath("python3")
        guard let python else { throw XCTSkip("python3 is not installed") }
        let output = try KXProcess.temporaryDirectory(self).appendingPathComponent("packs")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [generator.path, "--relations", "300", "--seed", "1", "--out", output.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, message)

        let result = try KXProcess.run(["--knowledge", output.path, "-c", "count trials", "-c", "count trials where control=no-trastuzumab",
                                        "-c", "count statements"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let counts = result.stdout.split(separator: "\n").map { Int($0.split(separator: " ").first ?? "") ?? 0 }
        XCTAssertEqual(counts.count, 3, result.stdout)
        XCTAssertGreaterThan(counts.first ?? 0, 0, result.stdout)
        XCTAssertGreaterThan(counts.last ?? 0, 300, "every relation and attribute is a statement: \(result.stdout)")
    }

    private func findInPath(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
