import Foundation
import XCTest

/// Ctrl-C at a terminal while a statement runs stops the statement, not kx.
final class InterruptTerminalTests: XCTestCase {
    func testControlCStopsARunningStatementAndThePromptReturns() throws {
        let home = try KXProcess.temporaryDirectory(self)
        let pack = home.appendingPathComponent("large")
        try LargePack.write(to: pack)
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home.path
        environment["NO_COLOR"] = "1"
        let kx = try PseudoTerminal(executable: KXProcess.executable.path, arguments: ["--no-history", "--knowledge", pack.path],
                                    environment: environment)
        _ = try kx.expect("kx> ")
        try kx.send(LargePack.longStatement() + "\r")
        _ = try kx.expect("concerns\r\n")
        Thread.sleep(forTimeInterval: 0.5)
        try kx.send("\u{03}")
        let stopped = try kx.expect("interrupted", timeout: 5)
        XCTAssertFalse(stopped.contains(" entities\r\n"), "the statement finished: \(PseudoTerminal.escape(stopped))")
        _ = try kx.expect("kx> ")
        try kx.send("count t0 -> concerns\r")
        _ = try kx.expect("3 entities")
        _ = try kx.expect("kx> ")
        try kx.send("\u{04}")
        XCTAssertEqual(try kx.waitForExit(), 0)
    }
}
