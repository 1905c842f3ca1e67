import Foundation
import XCTest

/// The hostile knowledge through pipes and files: machine formats keep the exact data, JSON
/// escapes it, CSV neutralises formulas unless `--csv-raw`, and a Markdown transcript cannot be
/// turned into HTML, headings or code fences by the data.
final class HostileDataPipeTests: XCTestCase {
    private let h = HostileKnowledge.attack

    func testMachineFormatsKeepTheExactDataIntoAPipe() throws {
        let root = try HostileKnowledge.write(in: KXProcess.temporaryDirectory(self))
        let plain = try KXProcess.run(["--knowledge", root.path, "--format", "plain", "-c", "select name from drugs where id = examplinib"])
        XCTAssertEqual(plain.stdout, "name\nExamplinib\(h)\n")
        let csv = try KXProcess.run(["--knowledge", root.path, "--format", "csv", "-c", "select name, target from drugs where id = examplinib"])
        XCTAssertEqual(csv.stdout, "name,target\nExamplinib\(h),\"'=cmd\(h), =other\(h)\"\n", "a cell's leading = gets a '")
        let raw = try KXProcess.run(["--knowledge", root.path, "--format", "csv", "--csv-raw", "-c", "select target from drugs where id = examplinib"])
        XCTAssertEqual(raw.stdout, "target\n\"=cmd\(h), =other\(h)\"\n")
        let json = try KXProcess.run(["--knowledge", root.path, "--format", "json", "-c", "select name from drugs where id = examplinib"])
        XCTAssertEqual(HostileKnowledge.rawControls(in: json.stdout), [])
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        XCTAssertEqual(parsed?.first?["name"] as? String, "Examplinib\(h)", "JSON parses back to the exact data")
    }

    func testKxTestShowsAHostileScriptsDifferencesEscaped() throws {
        let home = try KXProcess.temporaryDirectory(self)
        let root = try HostileKnowledge.write(in: home.appendingPathComponent("knowledge"))
        let script = home.appendingPathComponent("hostile.kx")
        try Data("select name from drugs where id = examplinib\n#> name\n#> Other\(h)\n".utf8).write(to: script)
        let result = try KXProcess.run(["test", "--knowledge", root.path, script.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(HostileKnowledge.rawControls(in: result.stdout + result.stderr), [])
        XCTAssertTrue(result.stdout.contains("-Other" + HostileKnowledge.escapedAttack), result.stdout)
    }

    func testTranscriptEscapesDataSoItCannotChangeTheDocument() throws {
        let home = try KXProcess.temporaryDirectory(self)
        let root = try HostileKnowledge.write(in: home.appendingPathComponent("knowledge"))
        let transcript = home.appendingPathComponent("handout.md")
        let result = try KXProcess.run(["--knowledge", root.path, "--record", transcript.path],
                                       stdin: ".lesson \(HostileKnowledge.lessonName)\n.hint\nshow daily-dosing\nselect name, aliases from drugs\n.end\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = try String(contentsOf: transcript, encoding: .utf8)
        XCTAssertEqual(HostileKnowledge.rawControls(in: text), [])
        for html in ["<script>", "<img"] { XCTAssertFalse(text.contains(html), "\(html) in\n\(text)") }
        XCTAssertTrue(text.contains("&lt;img src=x onerror=alert(1)>"), text)
        XCTAssertFalse(text.contains("\n# Heading") || text.contains("\n# not a heading"), "data never starts a heading:\n\(text)")
        XCTAssertTrue(text.contains("# Lesson\\u{1B}[31mRED"), "the lesson's title heading is kx's own, its text escaped")
    }
}
