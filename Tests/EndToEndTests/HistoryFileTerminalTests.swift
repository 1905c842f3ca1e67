import Foundation
import XCTest

/// The history file through the real binary on a terminal: a damaged or unreadable history is
/// never overwritten, a failed save is said once, `--history /dev/null` keeps nothing.
final class HistoryFileTerminalTests: XCTestCase {
    private var home: URL!

    override func setUpWithError() throws {
        home = try KXProcess.temporaryDirectory(self)
    }

    private func start(_ arguments: [String]) throws -> PseudoTerminal {
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home.path
        environment["NO_COLOR"] = "1"
        let terminal = try PseudoTerminal(executable: KXProcess.executable.path, arguments: arguments, environment: environment)
        _ = try terminal.expect("kx> ")
        return terminal
    }

    private func runTwoStatements(_ kx: PseudoTerminal) throws -> String {
        try kx.send("count trials\r")
        _ = try kx.expect("2 trials")
        _ = try kx.expect("kx> ")
        try kx.send("count registries\r")
        _ = try kx.expect("1 registry")
        _ = try kx.expect("kx> ")
        try kx.send("\u{04}")
        XCTAssertEqual(try kx.waitForExit(), 0)
        return kx.output
    }

    func testDamagedHistoryIsReportedAndLeftAsItIs() throws {
        let path = home.appendingPathComponent("history").path
        let damaged = Data("count trials\n\u{0}\u{FF}".utf8) + Data([0xFF])
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: damaged))
        let kx = try start(["--history", path])
        XCTAssertTrue(kx.output.contains("kx: history: cannot read history file \(path): it is not a kx history file (expected UTF-8 text, one statement a line); history is off for this session and the file is left as it is"),
                      PseudoTerminal.escape(kx.output))
        _ = try runTwoStatements(kx)
        XCTAssertEqual(FileManager.default.contents(atPath: path), damaged)
    }

    func testFailedSaveIsSaidOnce() throws {
        let blocker = home.appendingPathComponent("file").path
        XCTAssertTrue(FileManager.default.createFile(atPath: blocker, contents: Data()))
        let kx = try start(["--history", blocker + "/history"])
        let output = try runTwoStatements(kx)
        XCTAssertEqual(output.components(separatedBy: "kx: history: cannot").count - 1, 1, PseudoTerminal.escape(output))
        XCTAssertTrue(output.contains("the history is kept in memory (this is said once)"), PseudoTerminal.escape(output))
    }

    func testDevNullKeepsNothingAndStaysADevice() throws {
        let kx = try start(["--history", "/dev/null"])
        let output = try runTwoStatements(kx)
        XCTAssertFalse(output.contains("history:"), PseudoTerminal.escape(output))
        var status = stat()
        XCTAssertEqual(lstat("/dev/null", &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFCHR)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: "/dev").filter { $0.hasPrefix(".null.") }, [])
    }
}
