import Foundation
import XCTest

/// The real binary through pipes: -c, files, standard input, exit codes, errors and colour.
final class PipeTests: XCTestCase {
    func testCommandPrintsResultAndExitsZero() throws {
        let result = try KXProcess.run(["-c", "trials where control=no-trastuzumab", "--format", "plain"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, """
            id\tname\tallocation\tstatus\trecruitment\tminimum-count
            no-trastuzumab-control-trials\trandomized trials with no trastuzumab in the control arms\trandomized\tattempted\tfailed to accrue patients\t2

            """)
        XCTAssertEqual(result.stderr, "")
    }

    func testErrorGoesToStandardErrorWithNothingOnStandardOutput() throws {
        let result = try KXProcess.run(["-c", "trails"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, """
            1:1: error: no kind or entity named 'trails'
             1 | trails
               | ^~~~~~
               = did you mean 'trials'?

            """)
    }

    func testJSONOfAnEmptyResultIsAnEmptyArray() throws {
        let result = try KXProcess.run(["-c", "trials where control=placebo", "--format", "json"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "[]\n")
    }

    func testUsageErrorsExitTwo() throws {
        let badFormat = try KXProcess.run(["-c", "trials", "--format", "jsn"])
        XCTAssertEqual(badFormat.status, 2)
        XCTAssertTrue(badFormat.stderr.contains("did you mean 'json'?"), badFormat.stderr)
        let badOption = try KXProcess.run(["--frobnicate"])
        XCTAssertEqual(badOption.status, 2)
        XCTAssertEqual(badOption.stdout, "")
    }

    func testVersionAndHelp() throws {
        let version = try KXProcess.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertEqual(version.stdout, "0.1.0\n")
        let help = try KXProcess.run(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("kx -c 'trials where control=no-trastuzumab'"), help.stdout)
        XCTAssertTrue(help.stdout.contains("--knowledge <DIR|FILE>"), help.stdout)
    }

    func testScriptErrorsCarryFileLineAndColumnAndStopTheScript() throws {
        let directory = try KXProcess.temporaryDirectory(self)
        let script = directory.appendingPathComponent("lesson.kx")
        try """
            # a comment
            count trials

            registries \\
              -> adresses
            count questions
            """.write(to: script, atomically: false, encoding: .utf8)
        let result = try KXProcess.run([script.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "2 trials\n")
        XCTAssertEqual(result.stderr, """
            \(script.path):5:6: error: unknown relation 'adresses'
             5 |   -> adresses
               |      ^~~~~~~~
               = did you mean 'addresses'?

            """)
    }

    func testKeepGoingRunsTheRestAndStillFails() throws {
        let result = try KXProcess.run(["--keep-going", "-c", "count trails", "-c", "count trials"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "2 trials\n")
        XCTAssertTrue(result.stderr.contains("error: no kind or entity named 'trails'"), result.stderr)
    }

    func testStandardInputIsAScript() throws {
        let result = try KXProcess.run([], stdin: "count registries\n.format plain\nregistries\n")
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "1 registry\nid\tname\turl\tscope\tdesign\tstatus\tpurpose\tfollow-up\nregisther\tRegistHER\twww.registher.com\tcentral\tlongitudinal\tinitiated\tto learn about the long term side effects and benefits of prolonged trastuzumab therapy\tduring the course of their disease\n")
        XCTAssertFalse(result.stdout.contains("kx>"), "no prompt when input is not a terminal")
    }

    func testReadCycleIsAnError() throws {
        let directory = try KXProcess.temporaryDirectory(self)
        try ".read b.kx\n".write(to: directory.appendingPathComponent("a.kx"), atomically: false, encoding: .utf8)
        try ".read a.kx\n".write(to: directory.appendingPathComponent("b.kx"), atomically: false, encoding: .utf8)
        let result = try KXProcess.run(["a.kx"], directory: directory)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("b.kx:1:7: error: 'a.kx' is already being read"), result.stderr)
    }

    func testNoColourCodesWhenPiped() throws {
        let result = try KXProcess.run(["-c", "show registher", "-c", "trails", "--keep-going"])
        XCTAssertFalse(result.stdout.contains("\u{1B}["), "no ANSI codes on a pipe")
        XCTAssertFalse(result.stderr.contains("\u{1B}["), "no ANSI codes on a pipe")
    }

    func testClosedPipeEndsQuietly() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "'\(KXProcess.executable.path)' -c entities -c 'show registher' -c 'why registher' | head -1"]
        let errors = Pipe(), output = Pipe()
        process.standardError = errors
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self), "")
        XCTAssertEqual(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).components(separatedBy: "\n").count, 2)
    }

    func testControlCharactersFromDataAreEscaped() throws {
        let directory = try KXProcess.temporaryDirectory(self)
        let pack = directory.appendingPathComponent("evil")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try "Title: A \u{1B}[2J drug\n\nAbstract\n\nThe drug works.\n".write(to: pack.appendingPathComponent("source.txt"), atomically: false, encoding: .utf8)
        try """
            document: {id: evil, citation: "Evil 2026"}
            entities:
              - {id: evil-drug, kind: drug, name: "A \\e[2J drug", quote: "A \\e[2J drug"}
            """.write(to: pack.appendingPathComponent("facts.yaml"), atomically: false, encoding: .utf8)
        let result = try KXProcess.run(["--knowledge", pack.path, "-c", "drugs"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stdout.contains("\u{1B}"), "raw ESC reached the output")
        XCTAssertTrue(result.stdout.contains("A \\u{1B}[2J drug"), result.stdout)
    }

    func testMalformedKnowledgeLoadsNothing() throws {
        let directory = try KXProcess.temporaryDirectory(self)
        try "Title: X\n\nAbstract\n\nSome text.\n".write(to: directory.appendingPathComponent("source.txt"), atomically: false, encoding: .utf8)
        try """
            document: {id: x, citation: "X"}
            entities:
              - {id: a, kind: trail, name: A, quote: "Some text."}
            """.write(to: directory.appendingPathComponent("facts.yaml"), atomically: false, encoding: .utf8)
        let result = try KXProcess.run(["--knowledge", directory.path, "-c", "entities"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("facts.yaml:3:19: error: unknown kind 'trail'"), result.stderr)
        XCTAssertTrue(result.stderr.contains("did you mean 'trial'?"), result.stderr)
        XCTAssertTrue(result.stderr.contains("nothing was loaded"), result.stderr)
    }

    func testWorksFromAnyDirectoryOnTheEmbeddedKnowledge() throws {
        let result = try KXProcess.run(["-c", "count entities"], directory: URL(fileURLWithPath: "/"))
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "24 entities\n")
    }

    func testKnowledgeFoldersAddToTheBuiltInKnowledgeUnlessTheyStandAlone() throws {
        let directory = try KXProcess.temporaryDirectory(self)
        let pack = directory.appendingPathComponent("tiny")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try "Title: X\n\nExamplinib was compared with trastuzumab.\n".write(to: pack.appendingPathComponent("source.txt"), atomically: false, encoding: .utf8)
        try """
            document: {id: tiny, citation: "Tiny"}
            entities:
              - {id: examplinib, kind: drug, name: Examplinib, quote: "Examplinib was compared"}
            """.write(to: pack.appendingPathComponent("facts.yaml"), atomically: false, encoding: .utf8)
        let added = try KXProcess.run(["--knowledge", pack.path, "-c", "count drugs"])
        XCTAssertEqual(added.stdout, "2 drugs\n", added.stderr)
        let alone = try KXProcess.run(["--no-builtin", "--knowledge", pack.path, "-c", "count drugs"])
        XCTAssertEqual(alone.stdout, "1 drug\n", alone.stderr)

        // A folder with its own schema.yaml stands alone.
        let root = directory.appendingPathComponent("root")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: pack, to: root.appendingPathComponent("tiny"))
        try FileManager.default.copyItem(at: KXProcess.packageRoot.appendingPathComponent("Knowledge/schema.yaml"), to: root.appendingPathComponent("schema.yaml"))
        let ownSchema = try KXProcess.run(["--knowledge", root.path, "-c", "count drugs"])
        XCTAssertEqual(ownSchema.stdout, "1 drug\n", ownSchema.stderr)

        let nothingGiven = try KXProcess.run(["--no-builtin", "-c", "count drugs"])
        XCTAssertNotEqual(nothingGiven.status, 0)
        XCTAssertTrue(nothingGiven.stderr.contains("--no-builtin needs --knowledge DIR|FILE"), nothingGiven.stderr)
    }

    func testThePrintedSchemaLoadsAsTheSameSchema() throws {
        let directory = try KXProcess.temporaryDirectory(self)
        let printed = try KXProcess.run(["-c", ".schema yaml"])
        XCTAssertEqual(printed.status, 0, printed.stderr)
        let root = directory.appendingPathComponent("root")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try printed.stdout.write(to: root.appendingPathComponent("schema.yaml"), atomically: false, encoding: .utf8)
        for name in ["source.txt", "facts.yaml"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("pusztai-2006"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: KXProcess.packageRoot.appendingPathComponent("Knowledge/pusztai-2006/\(name)"),
                                             to: root.appendingPathComponent("pusztai-2006/\(name)"))
        }
        let again = try KXProcess.run(["--knowledge", root.path, "-c", ".schema yaml", "-c", "count entities"])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(again.stdout, printed.stdout + "24 entities\n")
    }
}
