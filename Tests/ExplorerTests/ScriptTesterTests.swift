import Explorer
import Foundation
import XCTest

/// `kx test`: checking scripts against their `#>` lines, and rewriting them.
final class ScriptTesterTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    override func tearDown() {
        folder.remove()
    }

    private func check(_ name: String, update: Bool = false) throws -> ScriptTester.Outcome {
        try ScriptTester(knowledge: [Seed.knowledge]).check(file: (folder.path as NSString).appendingPathComponent(name), update: update)
    }

    func testMatchingExpectationsPass() throws {
        try folder.write("ok.kx", "# counts\ncount trials\n#> 2 trials\n.format plain\nselect id from registries\n#> id\n#> registher\n")
        let outcome = try check("ok.kx")
        XCTAssertEqual(outcome.statements, 3)
        XCTAssertEqual(outcome.mismatches, [])
        XCTAssertFalse(outcome.updated)
    }

    func testTrailingWhiteSpaceIsIgnored() throws {
        try folder.write("ws.kx", "count trials\n#> 2 trials   \n#>\n")
        XCTAssertEqual(try check("ws.kx").mismatches, [])
    }

    func testADifferenceIsAUnifiedDiffNamingTheStatement() throws {
        let path = try folder.write("bad.kx", "count trials\n#> 3 trials\ncount drugs\n#> 1 drug\n")
        let outcome = try check("bad.kx")
        XCTAssertEqual(outcome.statements, 2)
        XCTAssertEqual(outcome.mismatches, ["""
            --- \(path):1: count trials (expected)
            +++ \(path):1: count trials (actual)
            @@ -1,1 +1,1 @@
            -3 trials
            +2 trials

            """])
        XCTAssertEqual(folder.read("bad.kx"), "count trials\n#> 3 trials\ncount drugs\n#> 1 drug\n", "checking never writes")
    }

    func testErrorsArePartOfTheOutputInOrder() throws {
        try folder.write("err.kx", ".read inner.kx\n")
        try folder.write("inner.kx", "count trials\ntrails\ncount drugs\n")
        let outcome = try check("err.kx")
        let diff = try XCTUnwrap(outcome.mismatches.first)
        XCTAssertTrue(diff.contains("\n+2 trials\n+\(folder.path)/inner.kx:2:1: error: no kind or entity named 'trails'\n"), diff)
        XCTAssertTrue(diff.hasSuffix("+   = did you mean 'trials'?\n+1 drug\n"), diff)
    }

    func testUpdateRewritesExpectationsAndTheFileThenPasses() throws {
        let original = """
            # Expectations are written under each statement.
            count trials
            #> 5 trials
            trials where \\
              stauts=planned

            count registries
            #> stale line one
            #> stale line two
            .format plain
            select id from drugs

            """
        try folder.write("up.kx", original)
        let outcome = try check("up.kx", update: true)
        XCTAssertTrue(outcome.updated)
        XCTAssertEqual(outcome.mismatches.count, 4, "the differences found before updating")
        let path = (folder.path as NSString).appendingPathComponent("up.kx")
        XCTAssertEqual(folder.read("up.kx"), """
            # Expectations are written under each statement.
            count trials
            #> 2 trials
            trials where \\
              stauts=planned
            #> \(path):5:3: error: trial has no field 'stauts'
            #>  5 |   stauts=planned
            #>    |   ^~~~~~
            #>    = did you mean 'status'?
            #>    = fields: id, name, kind, aliases, xrefs, allocation, phase, status, stop-reason, timing, minimum-count, design, model, objective, eligibility, location, randomization, masking, blinded, enrollment, enrollment-type, analysed, start-date, primary-completion-date, completion-date, registered, conclusion, concerns, control, tests, studies, addresses, covers, in_context_of, arms, outcomes, observed, sponsor, collaborator, funded_by, conditions, included_in, reported_in

            count registries
            #> 1 registry
            .format plain
            select id from drugs
            #> id
            #> trastuzumab

            """)
        XCTAssertEqual(try check("up.kx").mismatches, [])
        XCTAssertEqual(folder.names(), ["up.kx"], "no temporary file is left behind")
    }

    func testUpdateFollowsLinesThatMoveWhenExpectationsAreInserted() throws {
        try folder.write("move.kx", "count trials\ntrails\ntrails\n")
        _ = try check("move.kx", update: true)
        let text = try XCTUnwrap(folder.read("move.kx"))
        XCTAssertTrue(text.contains("\ntrails\n#> \(folder.path)/move.kx:3:1: error:"), text)
        XCTAssertTrue(text.contains("\ntrails\n#> \(folder.path)/move.kx:8:1: error:"), text)
        XCTAssertEqual(try check("move.kx").mismatches, [])
    }

    func testUpdateOfAPassingFileLeavesItAlone() throws {
        try folder.write("same.kx", "count trials\n#> 2 trials\n")
        let outcome = try check("same.kx", update: true)
        XCTAssertFalse(outcome.updated)
        XCTAssertEqual(folder.read("same.kx"), "count trials\n#> 2 trials\n")
    }

    func testUpdateKeepsCRLFLineEnds() throws {
        try folder.write("crlf.kx", "# c\r\ncount trials\r\n#> 9 trials\r\ncount drugs\r\n")
        _ = try check("crlf.kx", update: true)
        XCTAssertEqual(folder.read("crlf.kx"), "# c\r\ncount trials\r\n#> 2 trials\r\ncount drugs\r\n#> 1 drug\r\n")
        XCTAssertEqual(try check("crlf.kx").mismatches, [])
    }

    func testOutputRedirectionLastsUntilTheScriptEndsIt() throws {
        try folder.write("out.kx", ".output results.txt\ncount trials\ncount drugs\n.output\ncount registries\n#> 1 registry\n")
        XCTAssertEqual(try check("out.kx").mismatches, [])
        XCTAssertEqual(folder.read("results.txt"), "2 trials\n1 drug\n")
    }

    func testStatementsAfterQuitAreNotRun() throws {
        try folder.write("quit.kx", "count trials\n#> 2 trials\n.quit\ncount drugs\n#> wrong, but never checked\n")
        let outcome = try check("quit.kx")
        XCTAssertEqual(outcome.statements, 2)
        XCTAssertEqual(outcome.mismatches, [])
    }

    func testAMissingFileIsAnError() {
        XCTAssertThrowsError(try check("missing.kx"))
    }
}
