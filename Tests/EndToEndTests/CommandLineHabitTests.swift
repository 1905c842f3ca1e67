import Foundation
import XCTest

/// The real binary through pipes: `--safe`, `.exit N`, `kx help SUBCOMMAND`, one hint per usage
/// error, and sqlite3-style format options.
final class CommandLineHabitTests: XCTestCase {
    func testSafeRefusesFilesButRunsQueriesAndTheFilesNamedOnTheCommandLine() throws {
        let directory = try KXProcess.temporaryDirectory(self)
        let script = directory.appendingPathComponent("class.kx")
        try "count trials\n.output \(directory.path)/out.txt\n".write(to: script, atomically: false, encoding: .utf8)
        let result = try KXProcess.run(["--safe", "--format", "plain", script.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "2\n")
        XCTAssertEqual(result.stderr, """
            \(script.path):2:1: error: .output is refused under --safe: it writes a file
             2 | .output \(directory.path)/out.txt
               | ^~~~~~~
               = --safe lets statements use only the files named on the command line

            """)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.txt").path))
        let piped = try KXProcess.run(["--safe", "--keep-going"], stdin: ".read \(script.path)\n.load \(directory.path)\n.lessons\n")
        XCTAssertEqual(piped.status, 1)
        XCTAssertTrue(piped.stderr.contains(".read is refused under --safe: it reads a file"), piped.stderr)
        XCTAssertTrue(piped.stderr.contains(".load is refused under --safe: it loads knowledge from disk"), piped.stderr)
        XCTAssertTrue(piped.stdout.contains("beyond-progression"), piped.stdout)
        let help = try KXProcess.run(["--help"])
        XCTAssertTrue(help.stdout.contains("--safe"), help.stdout)
    }

    func testExitStatusAndQuitStopTheCommands() throws {
        let result = try KXProcess.run(["-c", "count trials", "-c", ".exit 3", "-c", "count registries", "--format", "plain"])
        XCTAssertEqual(result.status, 3)
        XCTAssertEqual(result.stdout, "2\n")
        let piped = try KXProcess.run([], stdin: ".exit 4\ncount trials\n")
        XCTAssertEqual(piped.status, 4)
        XCTAssertEqual(piped.stdout, "")
    }

    /// Without a shell to expand it (`--step=~/x`, quotes), `~` still means `$HOME`.
    func testTildeInFileArgumentsIsHome() throws {
        let home = try KXProcess.temporaryDirectory(self)
        try "count trials\n".write(to: home.appendingPathComponent("a.kx"), atomically: false, encoding: .utf8)
        try ".read ~/a.kx\n".write(to: home.appendingPathComponent("b.kx"), atomically: false, encoding: .utf8)
        let result = try KXProcess.run(["~/b.kx", "--format", "plain", "--record=~/t.md"], environment: ["HOME": home.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "2\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: home.appendingPathComponent("t.md").path))
    }

    func testHelpSubcommandAndOneHintPerUsageError() throws {
        let help = try KXProcess.run(["help", "test"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.hasPrefix("OVERVIEW: Check scripts"), help.stdout)
        let unknown = try KXProcess.run(["help", "tset"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("no subcommand 'tset'"), unknown.stderr)
        let badOption = try KXProcess.run(["--frobnicate"])
        XCTAssertEqual(badOption.status, 2)
        XCTAssertEqual(badOption.stderr.components(separatedBy: "--help").count, 2, "one hint: \(badOption.stderr)")
        let json = try KXProcess.run(["-json", "-c", "count trials"])
        XCTAssertEqual(json.status, 2)
        XCTAssertEqual(json.stderr, "Error: kx has no option '-json'; use --format json\n")
        let csv = try KXProcess.run(["-csv"])
        XCTAssertEqual(csv.status, 2)
        XCTAssertEqual(csv.stderr, "Error: kx has no option '-csv'; use --format csv\n")
    }

    func testMachineFormatsKeepTheirShapeAndSayWhyNothingMatchedOnStandardError() throws {
        let lessons = try KXProcess.run(["-c", ".lessons", "--format", "json"])
        XCTAssertEqual(lessons.status, 0)
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(lessons.stdout.utf8)), lessons.stdout)
        XCTAssertEqual(lessons.stderr, "")
        for format in ["json", "csv", "plain"] {
            let empty = try KXProcess.run(["-c", "trials where control=placebo", "--format", format])
            XCTAssertEqual(empty.status, 0)
            XCTAssertEqual(empty.stdout, ["json": "[]\n", "csv": "id,name\n", "plain": "id\tname\n"][format], format)
            XCTAssertEqual(empty.stderr, "note: 0 trials: no trial has control=placebo; values seen: no-trastuzumab\n", format)
        }
        let table = try KXProcess.run(["-c", "trials where control=placebo"])
        XCTAssertTrue(table.stdout.contains("(0 trials: no trial has control=placebo"), table.stdout)
        XCTAssertEqual(table.stderr, "", "the table's footer says it; no note repeats it")
    }

    /// As `.help formats` and the README say: piped output is boxed as on a terminal, but never cut.
    func testPipedOutputIsATableThatIsNeverCut() throws {
        let piped = try KXProcess.run(["-c", "trials"], environment: ["COLUMNS": "40"])
        XCTAssertTrue(piped.stdout.hasPrefix("┌"), piped.stdout)
        XCTAssertTrue(piped.stdout.contains("randomized trials with no trastuzumab in the control arms"), piped.stdout)
        XCTAssertFalse(piped.stdout.contains("…"), piped.stdout)
        let help = try KXProcess.run(["-c", ".help formats"])
        XCTAssertTrue(help.stdout.contains("table      boxes for reading (the default, piped too; cut to fit a terminal)"), help.stdout)
    }

    func testHelpExamplesFitEightyColumns() throws {
        let help = try KXProcess.run(["--help"], environment: ["COLUMNS": "80"])
        let examples = help.stdout.components(separatedBy: "Examples:\n").last?.components(separatedBy: "\n\n").first ?? ""
        XCTAssertFalse(examples.isEmpty)
        for line in examples.split(separator: "\n") {
            XCTAssertTrue(line.hasPrefix("  kx"), "an example wrapped: '\(line)'")
        }
    }
}
