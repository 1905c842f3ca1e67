import Foundation
import OxigraphFixture
import XCTest

/// `kx --endpoint`, `.connect` and `kx test --endpoint`, through the real binary, on Oxigraph
/// holding what `kx export --format ntriples` wrote.
final class EndpointCommandTests: XCTestCase {
    // XCTest runs a class's set-up, tests and tear-down one after another on one thread.
    nonisolated(unsafe) private static var server: Result<OxigraphServer, Error>?

    private func endpoint() throws -> String {
        if Self.server == nil {
            Self.server = Result {
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kx-endpoint-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let export = folder.appendingPathComponent("kx.nt").path
                let exported = try KXProcess.run(["export", "--format", "ntriples", "-o", export])
                guard exported.status == 0 else { throw OxigraphServer.Failure(description: exported.stderr) }
                return try OxigraphServer(loading: export)
            }
        }
        return try XCTUnwrap(Self.server).get().url
    }

    override class func tearDown() {
        server = nil
    }

    func testAQueryPrintsWhatItPrintsInMemory() throws {
        let url = try endpoint()
        for query in ["trials where control=no-trastuzumab", "show registher", "neighbors trastuzumab", "why planned-trials addresses switch-or-continue"] {
            for format in ["table", "json", "csv"] {
                let local = try KXProcess.run(["-c", query, "--format", format])
                let remote = try KXProcess.run(["--endpoint", url, "-c", query, "--format", format])
                XCTAssertEqual(remote.status, 0, remote.stderr)
                XCTAssertEqual(remote.stdout, local.stdout, "\(query) as \(format)")
                XCTAssertEqual(remote.stderr, local.stderr, "\(query) as \(format)")
            }
        }
    }

    func testExplainShowsTheSPARQLSent() throws {
        let url = try endpoint()
        let explained = try KXProcess.run(["--endpoint", url, "-c", "explain trials where control=no-trastuzumab"])
        XCTAssertEqual(explained.status, 0, explained.stderr)
        XCTAssertTrue(explained.stdout.hasPrefix("explain, on \(url): "), explained.stdout)
        XCTAssertTrue(explained.stdout.contains("PREFIX kx: <urn:kx:>"), explained.stdout)
        XCTAssertTrue(explained.stdout.contains("?e1 a kxc:trial ."), explained.stdout)
        XCTAssertTrue(explained.stdout.contains("kx:key \"no-trastuzumab\""), explained.stdout)
    }

    func testAnEndpointThatIsNotThereIsAnErrorWithStatusOne() throws {
        let run = try KXProcess.run(["--endpoint", "http://127.0.0.1:9/query", "-c", "count trials"])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stdout, "")
        XCTAssertTrue(run.stderr.hasPrefix("kx: cannot reach http://127.0.0.1:9/query: "), run.stderr)
    }

    func testConnectAndBackAtThePrompt() throws {
        let url = try endpoint()
        let run = try KXProcess.run([], stdin: ".connect \(url)\ncount trials\n.show\n.connect\ncount trials\n.connect http://127.0.0.1:9/query\ncount trials\n")
        // The failed .connect stops the script, as a failing statement does.
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stdout.components(separatedBy: "\n").filter { $0 == "2 trials" }.count, 2, run.stdout)
        XCTAssertTrue(run.stderr.contains("connected to \(url); 24 entities, 28 relations from 1 document"), run.stderr)
        XCTAssertTrue(run.stdout.contains("endpoint: \(url) (24 entities"), run.stdout)
        XCTAssertTrue(run.stderr.contains("back to the loaded knowledge"), run.stderr)
        XCTAssertTrue(run.stderr.contains("6:10: error: cannot reach http://127.0.0.1:9/query"), run.stderr)
    }

    func testSafeRefusesConnectButTakesEndpointOnTheCommandLine() throws {
        let url = try endpoint()
        let refused = try KXProcess.run(["--safe", "-c", ".connect \(url)"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains(".connect is refused under --safe: it connects to a server"), refused.stderr)
        let given = try KXProcess.run(["--safe", "--endpoint", url, "-c", "count trials"])
        XCTAssertEqual(given.stdout, "2 trials\n", given.stderr)
    }

    func testKxTestRunsScriptsOnTheEndpoint() throws {
        let url = try endpoint()
        let run = try KXProcess.run(["test", "--endpoint", url, "Tests/Scripts/listing.kx", "Tests/Scripts/traversal.kx"], directory: KXProcess.packageRoot)
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.contains("Tests/Scripts/traversal.kx: 34 statements, 0 differ — ok"), run.stdout)
    }

    /// The examples of docs/endpoints.md, run on the test's server in place of the page's.
    func testTheEndpointPageExamplesPrintWhatItShows() throws {
        let url = try endpoint()
        let page = try String(contentsOf: KXProcess.packageRoot.appendingPathComponent("docs/endpoints.md"), encoding: .utf8)
        let start = try XCTUnwrap(page.range(of: "\n## When your knowledge outgrows one machine\n"))
        let section = page[start.upperBound...]
        let body = section[..<(section.range(of: "\n## ")?.lowerBound ?? section.endIndex)]
        let shown = "http://127.0.0.1:7878/query"
        var ran = 0
        for block in body.components(separatedBy: "```text\n").dropFirst() {
            var lines = block.components(separatedBy: "\n```")[0].components(separatedBy: "\n")[...]
            while let line = lines.popFirst() {
                guard line.hasPrefix("$ ") else { continue }
                let expected = lines.prefix { !$0.hasPrefix("$ ") }
                lines = lines.dropFirst(expected.count)
                let command = String(line.dropFirst(2)).replacingOccurrences(of: shown, with: url)
                let output = try KXProcess.shell(command, in: KXProcess.packageRoot).replacingOccurrences(of: url, with: shown)
                XCTAssertEqual(output, expected.joined(separator: "\n") + "\n", line)
                ran += 1
            }
        }
        XCTAssertEqual(ran, 2, "the endpoint examples were not found in docs/endpoints.md")
    }
}
