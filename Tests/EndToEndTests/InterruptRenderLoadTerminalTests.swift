import Foundation
import XCTest

/// Ctrl-C at a terminal stops a slow render and a slow `.load`, not only a slow evaluation: the
/// prompt returns with "interrupted", nothing of the cut result is shown, and the knowledge is unchanged.
final class InterruptRenderLoadTerminalTests: XCTestCase {
    private func start(_ pack: URL, home: URL) throws -> PseudoTerminal {
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home.path
        environment["NO_COLOR"] = "1"
        return try PseudoTerminal(executable: KXProcess.executable.path, arguments: ["--no-history", "--knowledge", pack.path],
                                  environment: environment)
    }

    func testControlCStopsASlowRender() throws {
        let home = try KXProcess.temporaryDirectory(self)
        let pack = home.appendingPathComponent("long-names")
        // Listing 3,000 treatments with 6,000-character names: quick to evaluate, seconds to fit and escape.
        try LargePack.write(to: pack, count: 3_000, fanOut: 1, nameLength: 6_000)
        let kx = try start(pack, home: home)
        _ = try kx.expect("kx> ", timeout: 30)
        try kx.send("treatments\r")
        _ = try kx.expect("treatments\r\n")
        Thread.sleep(forTimeInterval: 0.3)
        let sent = Date()
        try kx.send("\u{03}")
        let stopped = try kx.expect("interrupted", timeout: 5)
        XCTAssertLessThan(Date().timeIntervalSince(sent), 0.5)
        XCTAssertFalse(stopped.contains("┌"), "part of the table was shown: \(PseudoTerminal.escape(String(stopped.prefix(300))))")
        _ = try kx.expect("kx> ")
        try kx.send("count t0\r")
        _ = try kx.expect("1 treatment")
        _ = try kx.expect("kx> ")
        try kx.send("\u{04}")
        XCTAssertEqual(try kx.waitForExit(), 0)
    }

    func testControlCStopsASlowLoadAndKeepsTheKnowledge() throws {
        let home = try KXProcess.temporaryDirectory(self)
        let small = home.appendingPathComponent("small")
        try LargePack.write(to: small, count: 10)
        let big = home.appendingPathComponent("big")
        // Seconds to load (a debug build takes about 5 s), so Ctrl-C lands in it.
        try LargePack.write(to: big, count: 20_000, id: "big")
        let kx = try start(small, home: home)
        _ = try kx.expect("kx> ")
        try kx.send(".load \(big.path)\r")
        _ = try kx.expect("\r\n")
        Thread.sleep(forTimeInterval: 0.3)
        let sent = Date()
        try kx.send("\u{03}")
        let stopped = try kx.expect("interrupted", timeout: 5)
        XCTAssertLessThan(Date().timeIntervalSince(sent), 0.5)
        XCTAssertFalse(stopped.contains("loaded \(big.path)"), "the load finished: \(PseudoTerminal.escape(stopped))")
        _ = try kx.expect("nothing was loaded from '\(big.path)'; the knowledge is unchanged")
        _ = try kx.expect("kx> ")
        try kx.send("count t10000\r")
        _ = try kx.expect("no kind or entity named 't10000'")
        _ = try kx.expect("kx> ")
        try kx.send("\u{04}")
        XCTAssertEqual(try kx.waitForExit(), 0)
    }
}
