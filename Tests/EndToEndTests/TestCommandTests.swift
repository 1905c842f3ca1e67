import Foundation
import XCTest

/// `kx test` on self-checking scripts: passing, failing with a unified diff, and `--update`.
final class TestCommandTests: XCTestCase {
    private func script(_ text: String) throws -> URL {
        let url = try KXProcess.temporaryDirectory(self).appendingPathComponent("checks.kx")
        try text.write(to: url, atomically: false, encoding: .utf8)
        return url
    }

    func testPassingScriptExitsZero() throws {
        let file = try script("""
            # expectations sit right under each statement
            count trials
            #> 2 trials

            trails
            #> checks.kx:5:1: error: no kind or entity named 'trails'
            #>  5 | trails
            #>    | ^~~~~~
            #>    = did you mean 'trials'?
            """)
        let result = try KXProcess.run(["test", "checks.kx"], directory: file.deletingLastPathComponent())
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertEqual(result.stdout, "checks.kx: 2 statements, 0 differ — ok\n")
    }

    func testFailingScriptPrintsAUnifiedDiffAndExitsOne() throws {
        let file = try script("count registries\n#> 2 registries\n")
        let result = try KXProcess.run(["test", file.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, """
            --- \(file.path):1: count registries (expected)
            +++ \(file.path):1: count registries (actual)
            @@ -1,1 +1,1 @@
            -2 registries
            +1 registry
            \(file.path): 1 statements, 1 differ — FAILED

            """)
    }

    func testUpdateRewritesExpectationsAndThenPasses() throws {
        let file = try script("# counts\ncount registries\n#> 2 registries\n\ncount questions\n")
        let update = try KXProcess.run(["test", "--update", file.path])
        XCTAssertEqual(update.status, 0, update.stdout + update.stderr)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "# counts\ncount registries\n#> 1 registry\n\ncount questions\n#> 2 questions\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
        XCTAssertEqual(leftovers, ["checks.kx"], "no temporary file is left behind")
        XCTAssertEqual(try KXProcess.run(["test", file.path]).status, 0)
    }

    func testMissingFileIsAnError() throws {
        let result = try KXProcess.run(["test", "/nonexistent/checks.kx"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("kx test: /nonexistent/checks.kx:"), result.stderr)
    }
}
