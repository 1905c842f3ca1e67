import XCTest
@testable import kx

/// The common command lines are read without ArgumentParser: each must give exactly the options
/// ArgumentParser gives, and anything else must be left to it.
final class CommonArgumentsTests: XCTestCase {
    private let names = ["test", "compile", "import", "check", "quote", "export"]

    private func assertSame(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let fast = RunOptions(commonArguments: arguments, subcommands: names)
        XCTAssertNotNil(fast, "\(arguments) should be read directly", file: file, line: line)
        let parsed = try XCTUnwrap(try KX.parseAsRoot(arguments) as? KX, file: file, line: line)
        XCTAssertEqual(fast, parsed.options, "\(arguments)", file: file, line: line)
    }

    func testCommonCommandLinesGiveWhatArgumentParserGives() throws {
        try assertSame([])
        try assertSame(["-c", "trials where control=no-trastuzumab"])
        try assertSame(["-c", "drugs", "--command", "trials", "--format", "json", "--links"])
        try assertSame(["--format=csv", "--csv-raw", "-c", ""])
        try assertSame(["notes.kx", "more.kx", "--keep-going", "--knowledge", "packs", "--knowledge=lit.kxg", "--no-builtin"])
        try assertSame(["--lesson", "beyond-progression", "--safe", "--no-color", "--record", "class.md"])
        try assertSame(["--step", "demo.kx", "--history", "h", "--no-history", "--endpoint", "http://127.0.0.1:7878/query"])
        try assertSame(["--safe", "--", "-odd-name.kx", "--format"])
        try assertSame(["-"])
    }

    func testEverythingElseIsLeftToArgumentParser() {
        let others: [[String]] = [
            ["--help"], ["-h"], ["--version"], ["--frmat", "json"], ["--format", "jsn"], ["--format", "json", "--format", "csv"],
            ["-c"], ["-c", "-x"], ["-ctrials"], ["--safe=true"], ["--no-builtin"], ["--step", "a.kx", "--lesson", "b"],
            ["--safe", "test"], ["x.kx", "help"], ["--generate-completion-script", "bash"],
        ]
        for arguments in others {
            XCTAssertNil(RunOptions(commonArguments: arguments, subcommands: names), "\(arguments)")
        }
    }
}
