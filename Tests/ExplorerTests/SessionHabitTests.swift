import Explorer
import Foundation
import XCTest

/// sqlite3 and DuckDB habits at the prompt: `.tables`, `.format` alone, `.show`, `.exit N`,
/// `.shell`, and `--safe`'s refusals.
final class SessionHabitTests: XCTestCase {
    func testTablesListsTheKindsAsKindsDoes() throws {
        let (session, sink) = try Seed.session(format: .plain)
        XCTAssertTrue(session.execute("kinds"))
        let kinds = sink.output
        sink.reset()
        XCTAssertTrue(session.execute(".tables"))
        XCTAssertEqual(sink.output, kinds)
    }

    func testFormatAloneShowsTheFormat() throws {
        let (session, sink) = try Seed.session(format: .csv)
        XCTAssertTrue(session.execute(".format"))
        XCTAssertTrue(session.execute(".mode"))
        XCTAssertEqual(sink.output, "csv\ncsv\n")
    }

    func testShowNamesTheActiveOutputFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (session, sink) = try Seed.session()
        XCTAssertTrue(session.execute(".show"))
        XCTAssertTrue(sink.output.contains("output: the screen\n"), sink.output)
        let file = (folder.path as NSString).appendingPathComponent("out.txt")
        XCTAssertTrue(session.execute(".output \(file)"))
        sink.reset()
        XCTAssertTrue(session.execute(".show"))
        XCTAssertTrue(sink.output.contains("output: \(file)\n"), sink.output)
        session.finish()
    }

    func testExitTakesAStatus() throws {
        let (session, sink) = try Seed.session()
        XCTAssertFalse(session.execute(".exit many"))
        XCTAssertFalse(session.quitRequested)
        XCTAssertTrue(sink.errors.contains("expected an exit status from 0 to 255, not 'many'"), sink.errors)
        XCTAssertTrue(session.execute(".exit 3"))
        XCTAssertTrue(session.quitRequested)
        XCTAssertEqual(session.exitStatus, 3)
    }

    func testShellAndSystemAreNotSupported() throws {
        let (session, sink) = try Seed.session()
        XCTAssertFalse(session.execute(".shell ls"))
        XCTAssertFalse(session.execute(".system ls"))
        XCTAssertEqual(sink.errors.components(separatedBy: "is not supported").count, 3, sink.errors)
        XCTAssertTrue(sink.errors.contains("kx runs no programs; run it in your shell"), sink.errors)
    }

    func testCompletionWritesAControlCharacterAsAnEscapeTheQueryReadsBack() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pack = try TinyPack.write(in: folder, facts: TinyPack.facts(name: "Examplinib\\e[31m red"))
        let (session, sink) = try Seed.session()
        XCTAssertTrue(session.execute(".load \(pack)"), sink.errors)
        sink.reset()
        let quoted = session.completions("show \"Examplinib", cursor: 16)
        XCTAssertEqual(quoted.candidates, ["Examplinib\\u{1B}[31m red\"", "examplinib\""])
        XCTAssertFalse(quoted.candidates.joined().unicodeScalars.contains("\u{1B}"), "no raw ESC goes into the line")
        XCTAssertEqual(session.completions("show Examplinib", cursor: 15).candidates, ["examplinib"], "outside a quote only the id can be typed")
        XCTAssertTrue(session.execute("show \"" + (quoted.candidates.first ?? "")), sink.errors)
        XCTAssertTrue(sink.output.hasPrefix("Examplinib\\u{1B}[31m red\nexamplinib · drug"), sink.output)
    }

    func testTildeIsTheHomeFolderAndCompletes() throws {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        XCTAssertEqual(Session.expandingHome("~/notes.kx"), home + "/notes.kx")
        XCTAssertEqual(Session.expandingHome("~"), home)
        XCTAssertEqual(Session.expandingHome("~other/x"), "~other/x")
        XCTAssertEqual(Session.expandingHome("a/~/b"), "a/~/b")
        let (session, _) = try Seed.session()
        let completion = session.completions(".read ~", cursor: 7)
        XCTAssertEqual(completion.replaceFrom, 6)
        XCTAssertEqual(completion.candidates, ["~/"])
    }

    func testSafeRefusesEveryCommandThatTouchesAFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let script = try folder.write("a.kx", "count trials\n")
        let (session, sink) = try Seed.session()
        session.settings.safe = true
        for statement in [".read \(script)", ".load \(folder.path)", ".reload", ".output \(folder.path)/o.txt", ".once \(folder.path)/o.txt",
                          ".record \(folder.path)/t.md", ".step \(script)", ".shell ls", ".system ls", ".import x"] {
            sink.reset()
            XCTAssertFalse(session.execute(statement), statement)
            let name = String(statement.prefix { $0 != " " })
            XCTAssertTrue(sink.errors.hasPrefix("<input>:1:1: error: \(name) is refused under --safe"), sink.errors)
            XCTAssertEqual(sink.output, "", statement)
        }
        XCTAssertEqual(folder.names(), ["a.kx"], "nothing was written")
        sink.reset()
        for statement in ["count trials", ".output", ".record", ".record off", ".lessons", ".format plain", ".show"] {
            XCTAssertTrue(session.execute(statement), "\(statement): \(sink.errors)")
        }
    }
}
