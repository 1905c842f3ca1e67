import Explorer
import Foundation
import XCTest

/// Scripts run through a session: stopping at errors, positions counted from the file's start, `.read`.
final class SessionScriptTests: XCTestCase {
    func testScriptStopsAtTheFirstErrorAndReportsItsPositionInTheFile() throws {
        let (session, sink) = try Seed.session()
        let script = """
            # a comment, then a blank line

            count trials
            trials \\
              where contrl=placebo
            count registries

            """
        XCTAssertFalse(session.runScript(script, file: "notes.kx"))
        XCTAssertEqual(sink.output, "2 trials\n", "the statement after the error does not run")
        XCTAssertEqual(sink.errors, """
            notes.kx:5:9: error: trial has no field 'contrl'
             5 |   where contrl=placebo
               |         ^~~~~~
               = did you mean 'control'?
               = fields: id, name, kind, aliases, xrefs, allocation, phase, status, stop-reason, timing, minimum-count, design, model, objective, eligibility, location, randomization, masking, blinded, enrollment, enrollment-type, analysed, start-date, primary-completion-date, completion-date, registered, conclusion, concerns, control, tests, studies, addresses, covers, in_context_of, arms, outcomes, observed, sponsor, collaborator, funded_by, conditions, included_in, reported_in

            """)
        XCTAssertEqual(session.failures, 1)
    }

    func testAnUnclosedParenthesisIsReportedOnTheLaterLineWhereTheStatementEnds() throws {
        let (session, sink) = try Seed.session()
        let script = "count trials\ntrials where \\\n  (status=planned\n\ncount registries\n"
        XCTAssertFalse(session.runScript(script, file: "paren.kx"))
        XCTAssertEqual(sink.errors, """
            paren.kx:3:18: error: expected ')' to close the condition
             3 |   (status=planned
               |                  ^
               = the '(' at paren.kx:3:3 is never closed

            """)
    }

    func testKeepGoingRunsTheRestAndStillReportsFailure() throws {
        let (session, sink) = try Seed.session(keepGoing: true)
        let script = "count trials\ntrails\ncount registries\nshow nobody\ncount drugs\n"
        XCTAssertFalse(session.runScript(script, file: "k.kx"))
        XCTAssertEqual(sink.output, "2 trials\n1 registry\n1 drug\n")
        XCTAssertEqual(session.failures, 2)
        XCTAssertTrue(sink.errors.hasPrefix("k.kx:2:1: error: no kind or entity named 'trails'\n"), sink.errors)
        XCTAssertTrue(sink.errors.contains("k.kx:4:6: error: no entity named 'nobody'\n"), sink.errors)
    }

    func testReadFindsFilesBesideTheScriptThatReadsThem() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("main.kx", "count trials\n.read parts/inner.kx\ncount drugs\n")
        try folder.write("parts/inner.kx", "# read by main.kx\ncount registries\n.read deeper.kx\n")
        try folder.write("parts/deeper.kx", "count questions\n")
        let (session, sink) = try Seed.session()
        XCTAssertTrue(session.runFile((folder.path as NSString).appendingPathComponent("main.kx")))
        XCTAssertEqual(sink.output, "2 trials\n1 registry\n2 questions\n1 drug\n")
        XCTAssertEqual(sink.errors, "")
    }

    func testErrorsInAReadFileNameThatFileAndStopTheReader() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let main = try folder.write("main.kx", "count trials\n.read inner.kx\ncount drugs\n")
        try folder.write("inner.kx", "\n\ntrials where stauts=planned\ncount registries\n")
        let (session, sink) = try Seed.session()
        XCTAssertFalse(session.runFile(main))
        XCTAssertEqual(sink.output, "2 trials\n")
        XCTAssertTrue(sink.errors.hasPrefix("\(folder.path)/inner.kx:3:14: error: trial has no field 'stauts'\n"), sink.errors)
    }

    func testReadingAMissingFileIsAnErrorAtItsName() throws {
        let (session, sink) = try Seed.session()
        XCTAssertFalse(session.execute(".read missing.kx", file: "dir/main.kx", line: 4))
        XCTAssertEqual(sink.errors, """
            dir/main.kx:4:7: error: cannot read 'dir/missing.kx': no such file
             4 | .read missing.kx
               |       ^~~~~~~~~~

            """)
    }

    func testAReadCycleIsRefusedWithTheChain() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let a = try folder.write("a.kx", "count trials\n.read b.kx\n")
        try folder.write("b.kx", "count registries\n\n.read a.kx\ncount drugs\n")
        let (session, sink) = try Seed.session()
        XCTAssertFalse(session.runFile(a))
        XCTAssertEqual(sink.output, "2 trials\n1 registry\n")
        let b = (folder.path as NSString).appendingPathComponent("b.kx")
        XCTAssertEqual(sink.errors, """
            \(b):3:7: error: '\(a)' is already being read
             3 | .read a.kx
               |       ^~~~
               = the chain is: \(a) -> \(b) -> \(a)

            """)
        sink.reset()
        XCTAssertTrue(session.execute("count trials"), "the session is usable after the cycle")
    }

    func testAFileThatReadsItselfIsACycle() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let me = try folder.write("me.kx", ".read me.kx\n")
        let (session, sink) = try Seed.session()
        XCTAssertFalse(session.runFile(me))
        XCTAssertTrue(sink.errors.contains("= the chain is: \(me) -> \(me)"), sink.errors)
    }

    func testCRLFScriptsRunLikeLFScripts() throws {
        let (session, sink) = try Seed.session()
        XCTAssertFalse(session.runScript("count trials\r\ntrials where \\\r\n  stauts=x\r\n", file: "w.kx"))
        XCTAssertEqual(sink.output, "2 trials\n")
        XCTAssertTrue(sink.errors.hasPrefix("w.kx:3:3: error: trial has no field 'stauts'\n 3 |   stauts=x\n"), sink.errors)
    }
}
