import Foundation
import XCTest

/// `kx check --report CHECKLIST` through the real binary, on the fictional abstracts: the report in
/// each table format against golden files in `Goldens/`, a pack with no trial, data strings escaped
/// for each format, and checklists with problems, which are problems like any other.
///
/// Set `KX_UPDATE_GOLDENS=1` to rewrite the golden files instead (then read every change).
final class CheckReportCommandTests: XCTestCase {
    static let abstracts = "Tests/KnowledgeQueryTests/Fixtures/abstracts"
    static let goldens = KXProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Goldens")

    /// Runs kx from the package's folder, so the fixture's paths read as the docs show them.
    private func check(_ arguments: [String], environment: [String: String] = [:]) throws -> KXProcess.Output {
        try KXProcess.run(["check"] + arguments, environment: environment, directory: KXProcess.packageRoot)
    }

    /// The output of `kx check ARGUMENTS`, compared with (or, updating, written to) `Goldens/NAME`.
    private func assertGolden(_ name: String, _ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try check(arguments)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr, file: file, line: line)
        let url = Self.goldens.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["KX_UPDATE_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldens, withIntermediateDirectories: true)
            try result.stdout.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(result.stdout, expected, "kx check \(arguments.joined(separator: " ")) differs from Goldens/\(name)", file: file, line: line)
    }

    func testTheConsortReportOfTheAbstracts() throws {
        try assertGolden("consort-abstracts.txt", ["--report", "consort", Self.abstracts])
        try assertGolden("consort-abstracts.json", ["--report", "consort", "--format", "json", Self.abstracts])
    }

    func testTheConsortReportOfAPartlyModelledTrialInEachMachineFormat() throws {
        try assertGolden("consort-wren.tsv", ["--report", "consort", "--format", "plain", Self.abstracts + "/wren-2024"])
        try assertGolden("consort-wren.csv", ["--report", "consort", "--format", "csv", Self.abstracts + "/wren-2024"])
        try assertGolden("consort-wren.md", ["--report", "consort-abstracts", "--format", "markdown", Self.abstracts + "/wren-2024"])
    }

    func testThePrismaReportOfTheReview() throws {
        try assertGolden("prisma-osprey.txt", ["--report", "prisma", Self.abstracts + "/osprey-2027"])
    }

    func testAPackWithNoTrialSaysSo() throws {
        let pack = try KXProcess.temporaryDirectory(self).appendingPathComponent("plain")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try "Title: A fictional note\n\nAbstract\n\nZorvamab is an invented drug.\n".write(to: pack.appendingPathComponent("source.txt"), atomically: false, encoding: .utf8)
        try "document: {id: plain, citation: A fictional note.}\nentities:\n  - {id: zorvamab, kind: drug, name: zorvamab, quote: Zorvamab}\n"
            .write(to: pack.appendingPathComponent("facts.yaml"), atomically: false, encoding: .utf8)
        let box = try check(["--report", "consort", pack.path])
        XCTAssertEqual(box.status, 0, box.stdout + box.stderr)
        XCTAssertEqual(box.stdout, """
            ┌───────┬──────┬────────┬────────┬───────┬──────┐
            │ trial │ item │ status │ fields │ where │ asks │
            ├───────┼──────┼────────┼────────┼───────┼──────┤
            └───────┴──────┴────────┴────────┴───────┴──────┘
            (no trial in the checked packs, so nothing to report against CONSORT for Abstracts (2010))

            """)
        let json = try check(["--report", "consort", "--format", "json", pack.path])
        XCTAssertEqual(json.status, 0)
        XCTAssertEqual(json.stdout, "[]\n")
        XCTAssertEqual(json.stderr, "kx check: no trial in the checked packs, so nothing to report against CONSORT for Abstracts (2010)\n")
    }

    /// A checklist given as a file, whose item name holds a control character, a pipe, a comma and quotes.
    func testDataStringsAreEscapedForEachFormat() throws {
        let file = try KXProcess.temporaryDirectory(self).appendingPathComponent("odd.yaml")
        try """
            title: "An odd | checklist"
            applies-to: {kind: trial}
            items:
              - id: odd
                name: "Size, \\"odd\\" | \\e[31mred"
                asks: How many?
                fields: [enrollment]
                cues: ['\\d']

            """.write(to: file, atomically: false, encoding: .utf8)
        let pack = Self.abstracts + "/wren-2024"
        let box = try check(["--report", file.path, pack])
        XCTAssertTrue(box.stdout.contains("│ Size, \"odd\" | \\u{1B}[31mred │ modelled │"), box.stdout)
        XCTAssertTrue(box.stdout.hasSuffix("(An odd | checklist, 1 trial × 1 item: 1 modelled, 0 to model, 0 not stated; 'to model' and 'not stated' are guessed from cue patterns, not read)\n"), box.stdout)
        let csv = try check(["--report", file.path, "--format", "csv", pack])
        XCTAssertEqual(csv.stdout.split(separator: "\n").last, "wren,\"Size, \"\"odd\"\" | \u{1B}[31mred\",modelled,enrollment (1),sentence 3,How many?")
        let markdown = try check(["--report", file.path, "--format", "markdown", pack])
        XCTAssertTrue(markdown.stdout.contains("| wren | Size, \"odd\" \\| "), markdown.stdout)
        XCTAssertFalse(markdown.stdout.contains("\u{1B}"), "markdown never carries a raw escape")
        let json = try check(["--report", file.path, "--format", "json", pack])
        XCTAssertTrue(json.stdout.contains(#""item": "Size, \"odd\" | \u001b[31mred""#), json.stdout)
    }

    func testChecklistsWithProblemsAreReportedAtTheirPlace() throws {
        let root = try KXProcess.temporaryDirectory(self)
        try FileManager.default.copyItem(atPath: KXProcess.packageRoot.appendingPathComponent(Self.abstracts + "/wren-2024").path,
                                         toPath: root.appendingPathComponent("wren-2024").path)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("checklists"), withIntermediateDirectories: true)
        try "title: Mine\napplies-to: {kind: trail}\nitems:\n  - {id: one, name: One, asks: Why?, fields: [enrollment], cues: ['(']}\n"
            .write(to: root.appendingPathComponent("checklists/mine.yaml"), atomically: false, encoding: .utf8)
        let result = try check([root.path], environment: ["NO_COLOR": "1"])
        XCTAssertEqual(result.status, 1, result.stdout)
        XCTAssertEqual(result.stdout, """
            \(root.path)/checklists/mine.yaml:2:20: error: unknown kind 'trail'
             2 | applies-to: {kind: trail}
               |                    ^~~~~
               = did you mean 'trial'?
               = kinds: drug, agent-group, treatment, trial, registry, question, population, evidence, effect, practice, development, publication, person, arm, outcome, result, organization, topic
            \(root.path)/checklists/mine.yaml:4:68: error: '(' is never closed in the cue
             4 |   - {id: one, name: One, asks: Why?, fields: [enrollment], cues: ['(']}
               |                                                                    ^
               = close the group with ')', or write '\\(' for the character
            kx check: 2 problems

            """)
        // The root's own checklist is found by name once it is right.
        try "title: Mine\napplies-to: {kind: trial}\nitems:\n  - {id: one, name: One, asks: Why?, fields: [enrollment], cues: ['\\d']}\n"
            .write(to: root.appendingPathComponent("checklists/mine.yaml"), atomically: false, encoding: .utf8)
        let report = try check(["--report", "mine", "--format", "plain", root.path])
        XCTAssertEqual(report.status, 0, report.stdout)
        XCTAssertEqual(report.stdout, "trial\titem\tstatus\tfields\twhere\tasks\nwren\tOne\tmodelled\tenrollment (1)\tsentence 3\tWhy?\n")
    }

    func testAnUnknownChecklistOrAReportFormatAloneIsAnError() throws {
        let unknown = try check(["--report", "consrt"], environment: ["NO_COLOR": "1"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.stdout, """
            error: no checklist named 'consrt'
              = did you mean 'consort-abstracts'?
              = checklists: consort-abstracts, prisma-abstracts; or give a checklist file
            kx check: 1 problem

            """)
        let format = try check(["--format", "csv"])
        XCTAssertNotEqual(format.status, 0)
        XCTAssertTrue(format.stderr.contains("--format csv is for a report: add --report CHECKLIST, or use text or json"), format.stderr)
    }
}
