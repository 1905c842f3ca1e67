import Explorer
import KnowledgeGraph
import XCTest

/// A statement stopped by the session's cancellation reports "interrupted"; the REPL goes on, scripts stop.
final class SessionInterruptTests: XCTestCase {
    func testAnInterruptedStatementSaysSoAndTheSessionKeepsGoing() throws {
        let (session, sink) = try Seed.session()
        session.cancellation.cancel()
        XCTAssertFalse(session.execute("neighbors registher depth 3"))
        XCTAssertEqual(sink.errors, "interrupted\n")
        XCTAssertEqual(sink.output, "")
        XCTAssertEqual(session.failures, 1)
        session.cancellation.reset()
        XCTAssertTrue(session.execute("count registries"))
        XCTAssertEqual(sink.output, "1 registry\n")
    }

    func testAnInterruptedScriptStopsEvenWhenKeepingGoing() throws {
        let (session, sink) = try Seed.session(keepGoing: true)
        // Ctrl-C while the first statement runs: it stops, and nothing runs after it.
        session.statementObservers.append { session, event in
            if case .started = event { session.cancellation.cancel() }
        }
        XCTAssertFalse(session.runScript("count trials\nregistries -> studies\ncount registries\n", file: "s.kx"))
        XCTAssertEqual(sink.transcript, "interrupted\n")
    }
}
