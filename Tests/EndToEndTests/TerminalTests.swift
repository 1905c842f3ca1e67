import Foundation
import XCTest

/// The real binary under a pseudo-terminal, typed at as a person would: the prompt, results,
/// TAB completion, history recall, Ctrl-C, Ctrl-D, colour and the history file.
final class TerminalTests: XCTestCase {
    private var home: URL!

    override func setUpWithError() throws {
        home = try KXProcess.temporaryDirectory(self)
    }

    private var historyFile: URL { home.appendingPathComponent("state/kx/history") }

    /// Starts kx on a terminal with a private history file and waits for its prompt.
    private func start(_ arguments: [String] = [], environment extra: [String: String] = [:],
                       columns: UInt16 = 100, rows: UInt16 = 30) throws -> PseudoTerminal {
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home.path
        environment["XDG_STATE_HOME"] = home.appendingPathComponent("state").path
        environment["NO_COLOR"] = "1"
        for (key, value) in extra { environment[key] = value }
        let terminal = try PseudoTerminal(executable: KXProcess.executable.path, arguments: arguments, environment: environment,
                                          columns: columns, rows: rows)
        _ = try terminal.expect("kx> ")
        return terminal
    }

    func testBannerQueryAndResult() throws {
        let kx = try start()
        XCTAssertTrue(kx.output.contains("kx 0.1.0 · 23 entities, 27 relations from 1 document · .help for help"), PseudoTerminal.escape(kx.output))
        try kx.send("trials where control=no-trastuzumab\r")
        _ = try kx.expect("(1 trial)")
        _ = try kx.expect("kx> ")
        XCTAssertTrue(kx.output.contains("no-trastuzumab-control-trials"))
        try kx.send("\u{04}")
        XCTAssertEqual(try kx.waitForExit(), 0)
    }

    /// libedit redraws only what changed, so each completion is checked by what the
    /// completed statement then prints.
    func testTabCompletesKindFieldValueAndEntity() throws {
        let kx = try start(["--format", "plain"])
        try kx.send("quest\t\r")
        _ = try kx.expect("switch-or-continue\twill switching")
        _ = try kx.expect("kx> ")
        try kx.send("trials where contr\t=no-trastuz\t\r")
        _ = try kx.expect("no-trastuzumab-control-trials\trandomized trials")
        _ = try kx.expect("kx> ")
        try kx.send("show registh\t\r")
        _ = try kx.expect("id\tregisther")
        _ = try kx.expect("kx> ")
        try kx.send("registries -> in_con\t\r")
        _ = try kx.expect("randomized-trial-results\tevidence")
        _ = try kx.expect("kx> ")
        try kx.send(".quit\r")
        XCTAssertEqual(try kx.waitForExit(), 0)
    }

    /// Inside a quote TAB completes a name with spaces and closes the quote; after `neighbors
    /// ENTITY` it offers only `depth`.
    func testTabCompletesInsideQuotesAndOnlyWhatMayFollow() throws {
        let kx = try start(["--format", "plain"])
        try kx.send("show \"cent\t\r")
        _ = try kx.expect("id\tregisther")
        _ = try kx.expect("kx> ")
        try kx.send("neighbors registher \t2\r")
        _ = try kx.expect("2\ttrastuzumab\tdrug")
        _ = try kx.expect("kx> ")
        try kx.send(".quit\r")
        XCTAssertEqual(try kx.waitForExit(), 0)
    }

    /// On a 10-line terminal the 46 candidates after `count ` take more rows than fit.
    func testTabAsksBeforeListingMoreThanAScreenful() throws {
        let kx = try start(columns: 60, rows: 10)
        try kx.send("count \t")
        _ = try kx.expect("Display all 46 possibilities? (y or n)")
        try kx.send("n")
        _ = try kx.expect("kx> count ")
        try kx.send("\t")
        _ = try kx.expect("Display all 46 possibilities? (y or n)")
        try kx.send("\u{03}")
        _ = try kx.expect("kx> count ")
        try kx.send("\t")
        _ = try kx.expect("Display all 46 possibilities? (y or n)")
        try kx.send("x")
        _ = try kx.expect("\u{07}")
        try kx.send("y")
        let listing = try kx.expect("kx> count ")
        XCTAssertTrue(listing.contains("women-with-metastatic-disease"), PseudoTerminal.escape(listing))
        XCTAssertTrue(listing.contains("no-trastuzumab-control-trials"), PseudoTerminal.escape(listing))
        try kx.send("trials\r")
        _ = try kx.expect("2 trials")
        _ = try kx.expect("kx> ")
        XCTAssertFalse(kx.output.contains("error"), PseudoTerminal.escape(kx.output))
        try kx.send("\u{04}")
        XCTAssertEqual(try kx.waitForExit(), 0)
    }

    func testUpArrowRecallsTheLastStatement() throws {
        let kx = try start()
        try kx.send("count questions\r")
        _ = try kx.expect("2 questions")
        _ = try kx.expect("kx> ")
        try kx.send("\u{1B}[A")
        try kx.send("\r")
        _ = try kx.expect("2 questions")
        _ = try kx.expect("kx> ")
        try kx.send(".exit\r")
        XCTAssertEqual(try kx.waitForExit(), 0)
    }

    func testControlCAbandonsTheLineAndKxKeepsRunning() throws {
        let kx = try start()
        try kx.send("trials where")
        _ = try kx.expect("trials where")
        // Straight after the echo: libedit may not be waiting for a key yet, and the Ctrl-C must not wait for the next one.
        try kx.send("\u{03}")
        _ = try kx.expect("kx> ")
        try kx.send("count registries\r")
        _ = try kx.expect("1 registry")
        _ = try kx.expect("kx> ")
        try kx.send("\u{04}")
        XCTAssertEqual(try kx.waitForExit(), 0)
    }

    func testMultiLineStatementUsesTheContinuationPrompt() throws {
        let kx = try start()
        try kx.send("count (trials\r")
        _ = try kx.expect("...> ")
        try kx.send("where status=planned)\r")
        _ = try kx.expect("1 trial")
        _ = try kx.expect("kx> ")
        try kx.send("\u{04}")
        XCTAssertEqual(try kx.waitForExit(), 0)
        let history = try String(contentsOf: historyFile, encoding: .utf8)
        XCTAssertEqual(history, "count (trials\\nwhere status=planned)\n", "a multi-line statement is one history entry")
    }

    func testControlDAtTheContinuationPromptReportsTheUnfinishedStatement() throws {
        let kx = try start()
        try kx.send("count (trials\r")
        _ = try kx.expect("...> ")
        try kx.send("\u{04}")
        _ = try kx.expect("error: expected ')'")
        XCTAssertEqual(try kx.waitForExit(), 1, "the unfinished statement failed, as the last line of a script would")
        XCTAssertTrue(kx.output.contains(" 1 | count (trials"), PseudoTerminal.escape(kx.output))
    }

    func testHistoryFileIsPrivateAndListedByDotHistory() throws {
        let kx = try start()
        try kx.send("count trials\r")
        _ = try kx.expect("2 trials")
        _ = try kx.expect("kx> ")
        try kx.send(".history\r")
        _ = try kx.expect("    1  count trials")
        _ = try kx.expect("kx> ")
        try kx.send("\u{04}")
        XCTAssertEqual(try kx.waitForExit(), 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: historyFile.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    }

    func testErrorsAreColouredOnATerminalUnlessNoColor() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home.path
        environment.removeValue(forKey: "NO_COLOR")
        let kx = try PseudoTerminal(executable: KXProcess.executable.path, arguments: ["--no-history"], environment: environment)
        // The prompt's colour ends before its space.
        _ = try kx.expect("kx>\u{1B}[0m ")
        try kx.send("trails\r")
        _ = try kx.expect("did you mean 'trials'?")
        _ = try kx.expect("kx>\u{1B}[0m ")
        XCTAssertTrue(kx.output.contains("\u{1B}[1;31merror:\u{1B}[0m"), PseudoTerminal.escape(kx.output))
        try kx.send("\u{04}")
        XCTAssertEqual(try kx.waitForExit(), 0)

        let plain = try start(["--no-history"])
        try plain.send("trails\r")
        _ = try plain.expect("did you mean 'trials'?")
        _ = try plain.expect("kx> ")
        XCTAssertFalse(plain.output.contains("\u{1B}[1;31m"), "NO_COLOR is set")
        try plain.send("\u{04}")
        XCTAssertEqual(try plain.waitForExit(), 0)
    }
}
