import Foundation
import XCTest

/// Lessons, `--step` and `--record` through pipes: keys and answers are lines of standard input.
final class TeachingPipeTests: XCTestCase {
    func testStepReadsKeysFromStandardInput() throws {
        let folder = try KXProcess.temporaryDirectory(self)
        try "# Trials first.\ntrials\ncount trials where status=planned\n# Done.\n".write(to: folder.appendingPathComponent("demo.kx"), atomically: false, encoding: .utf8)
        let result = try KXProcess.run(["--step", "demo.kx", "--format", "plain"], stdin: "s\nb\n\n\n", directory: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertEqual(result.stdout, """
            Playing demo.kx: 2 statements. Enter runs each one; s skips it, b goes back one, q quits.

            Trials first.
            » trials
            (skipped)

            » count trials where status=planned

            Trials first.
            » trials
            id\tname\tallocation\tstatus\trecruitment\ttiming\tminimum-count
            no-trastuzumab-control-trials\trandomized trials with no trastuzumab in the control arms\trandomized\tattempted\tfailed to accrue patients\t\t2
            planned-trials\tclinical trials currently planned to address a question prospectively\t\tplanned\t\tprospective\t

            » count trials where status=planned
            1

            Done.
            End of demo.kx: 2 run, 0 skipped.

            """)
    }

    /// On the FICTIONAL lesson of Tests/ExplorerTests/Fixtures/teaching: typing the answer's id finds
    /// the right rows, but is not a query that finds them; one that does is right.
    func testALessonRejectsTheAnswersIdTypedInsteadOfAQuery() throws {
        let teaching = KXProcess.packageRoot.appendingPathComponent("Tests/ExplorerTests/Fixtures/teaching").path
        let input = ".lesson finding\n.next\nfeverlog-patients\nregistries -> covers\n"
        let result = try KXProcess.run(["--no-builtin", "--knowledge", teaching, "--format", "plain"], stdin: input)
        XCTAssertEqual(result.status, 0, result.stderr)
        let feedback = result.stdout.components(separatedBy: "\n").filter { !$0.hasPrefix("feverlog-patients\t") && !$0.hasPrefix("id\t") }
        XCTAssertEqual(Array(feedback.suffix(7)), [
            "✗ Right rows, but your query names the answer instead of finding it: on a copy",
            "  of the knowledge with those entities renamed and look-alikes added, it does",
            "  not run. Write a query that finds them.",
            "  Try again; .reveal shows the answer.",
            "✓ Right. Its patients.",
            "  Type .next to go on, .back to go back.",
            "",
        ])
    }

    func testRecordWritesTheSessionAsMarkdown() throws {
        let folder = try KXProcess.temporaryDirectory(self)
        let result = try KXProcess.run(["--record", "class.md", "-c", "count trials", "-c", ".record", "-c", "trails", "--keep-going"], directory: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("recording to class.md\n"), result.stderr)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("class.md"), encoding: .utf8), """
            ```kx
            count trials
            ```

            | count |
            | ---: |
            | 2 |

            ```kx
            .record
            ```

            ```text
            recording to class.md
            ```

            ```kx
            trails
            ```

            ```text
            1:1: error: no kind or entity named 'trails'
             1 | trails
               | ^~~~~~
               = did you mean 'trials'?
            ```


            """)
    }

    func testALessonTakenThroughAPipeIsRecorded() throws {
        let folder = try KXProcess.temporaryDirectory(self)
        let input = ".record lesson.md\n.lesson beyond-progression\nquestions\ntrials\n.next\n.reveal\n.record off\ncount trials\n"
        let result = try KXProcess.run(["--format", "plain"], stdin: input, directory: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("✗ Not the answer: none of your rows is in it."), result.stdout)
        XCTAssertTrue(result.stdout.contains("✓ Right. Two entries"), result.stdout)
        let transcript = try String(contentsOf: folder.appendingPathComponent("lesson.md"), encoding: .utf8)
        for expected in ["# Trastuzumab beyond progression: deciding without randomized evidence\n",
                         "## Step 1 of 9 · One abstract, read as a graph\n", "```kx\nwhy pusztai-2006\n```\n\n| fact | quote | where |\n",
                         "**Exercise:** List every trial the abstract mentions.\n", "```kx\nquestions\n```\n",
                         "> ✗ Not the answer: none of your rows is in it.\n", "> ✓ Right. Two entries",
                         "## Step 2 of 9", "**Answer:**\n\n```kx\ncontinue-after-progression -> relevant_to\n```\n"] {
            XCTAssertTrue(transcript.contains(expected), "missing \(expected) in:\n\(transcript)")
        }
        XCTAssertFalse(transcript.contains(".lesson") || transcript.contains(".next") || transcript.contains(".record"), transcript)
        XCTAssertTrue(transcript.hasSuffix("answers are checked by what they find, not by how they are written.\n\n"), transcript)
    }

    func testLessonOptionProblems() throws {
        let unknown = try KXProcess.run(["--lesson", "beyond", "-c", "count trials"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.stderr, "error: no lesson named 'beyond'\n  = did you mean 'beyond-progression'?\n  = lessons: abstract-as-evidence, beyond-progression, registry-minute\n")
        let both = try KXProcess.run(["--lesson", "beyond-progression", "--step", "x.kx"])
        XCTAssertEqual(both.status, 2)
        XCTAssertTrue(both.stderr.contains("--step and --lesson cannot be used together"), both.stderr)
        let missing = try KXProcess.run(["--step", "/no/such.kx"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "error: cannot read '/no/such.kx': no such file\n")
        let unwritable = try KXProcess.run(["--record", "/no/such/folder/t.md", "-c", "count trials"])
        XCTAssertEqual(unwritable.status, 1)
        XCTAssertEqual(unwritable.stderr, "kx: cannot write '/no/such/folder/t.md': there is no folder '/no/such/folder'\n")
    }

    func testLessonOptionWithAnswersOnStandardInput() throws {
        let result = try KXProcess.run(["--lesson", "beyond-progression", "--format", "plain"], stdin: "trials\n.next\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("Trastuzumab beyond progression: deciding without randomized evidence\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("✓ Right."), result.stdout)
        XCTAssertTrue(result.stdout.contains("Step 2 of 9"), result.stdout)
    }
}

extension TeachingPipeTests {
    /// A copy of the literature fixture as a knowledge root with one lesson of its own, `velostatin`.
    private func rootWithALesson() throws -> URL {
        let root = try KXProcess.temporaryDirectory(self).appendingPathComponent("root")
        try FileManager.default.copyItem(atPath: CompileCommandTests.literature, toPath: root.path)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("lessons"), withIntermediateDirectories: true)
        try """
            title: Velostatin in one step
            audience: testers
            duration: 1 minute
            steps:
              - title: The drugs
                narrative: Count the drugs.
                exercise:
                  question: How many drugs are there?
                  answer: count drugs
                  explanation: Count them.

            """.write(to: root.appendingPathComponent("lessons/velostatin.yaml"), atomically: false, encoding: .utf8)
        return root
    }

    /// The names `.lessons` lists (plain format), or its message on standard error.
    private func lessons(_ arguments: [String]) throws -> (names: [String], stderr: String) {
        let result = try KXProcess.run(arguments + ["--format", "plain", "-c", ".lessons"], environment: ["NO_COLOR": "1"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return (result.stdout.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "\t" }) }, result.stderr)
    }

    func testOnlyLessonsOfLoadedKnowledgeAreOffered() throws {
        let root = try rootWithALesson()
        XCTAssertEqual(try lessons(["--knowledge", root.path]).names, ["abstract-as-evidence", "beyond-progression", "registry-minute", "velostatin"])
        XCTAssertEqual(try lessons(["--no-builtin", "--knowledge", root.path]).names, ["velostatin"])
        let alone = try KXProcess.run(["--no-builtin", "--knowledge", root.path, "--lesson", "registry-minute"])
        XCTAssertEqual(alone.status, 1)
        XCTAssertTrue(alone.stderr.contains("no lesson named 'registry-minute'"), alone.stderr)
        try FileManager.default.copyItem(atPath: KXProcess.packageRoot.appendingPathComponent("Knowledge/schema.yaml").path,
                                         toPath: root.appendingPathComponent("schema.yaml").path)
        XCTAssertEqual(try lessons(["--knowledge", root.path]).names, ["velostatin"])
        let file = root.deletingLastPathComponent().appendingPathComponent("root.kxg").path
        let compile = try KXProcess.run(["compile", root.path, "-o", file])
        XCTAssertEqual(compile.status, 0)
        XCTAssertTrue(compile.stderr.hasSuffix("kx compile: note: a compiled file holds knowledge, not lessons: the lesson (velostatin) will not be offered with --knowledge \(file)\n"), compile.stderr)
        let compiled = try lessons(["--knowledge", file])
        XCTAssertEqual(compiled.names, [])
        XCTAssertEqual(compiled.stderr, "no lessons in the loaded knowledge\n")
    }
}

/// `kx --lesson NAME --report FILE`: the report is written when the lesson ends, and the options are checked together.
final class LessonReportPipeTests: XCTestCase {
    func testTheReportIsWrittenWhenTheLessonEnds() throws {
        let folder = try KXProcess.temporaryDirectory(self)
        let report = folder.appendingPathComponent("me.md").path
        let result = try KXProcess.run(["--lesson", "registry-minute", "--report", report, "--format", "plain"],
                                       stdin: "registher -> covers\n.next\n.skip\n.answer B\n.next\n.answer 7\n.next\n", environment: ["NO_COLOR": "1"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("wrote the report of 1 lesson to \(report)"), result.stderr)
        let text = try String(contentsOfFile: report, encoding: .utf8)
        XCTAssertTrue(text.contains("registry-minute · reached step 4 of 4, finished."), text)
        XCTAssertTrue(text.contains("| 1 | Which population does the registry collect information from? | solved first try | 0 | 1 |"), text)
        XCTAssertTrue(text.contains("| skipped | 0 | 0 |"), text)
        XCTAssertTrue(text.contains("**Score:** 3 of 4 exercises solved (3 first try), 0 revealed, 1 skipped."), text)
    }

    func testReportNeedsALessonAndAFileOfItsOwn() throws {
        let alone = try KXProcess.run(["--report", "me.md", "-c", "count trials"])
        XCTAssertEqual(alone.status, 2)
        XCTAssertTrue(alone.stderr.contains("--report needs --lesson: it writes the report of the lesson when it ends"), alone.stderr)
        let same = try KXProcess.run(["--lesson", "registry-minute", "--report", "class.md", "--record", "class.md"])
        XCTAssertEqual(same.status, 2)
        XCTAssertTrue(same.stderr.contains("--report 'class.md' is the --record transcript"), same.stderr)
        let safe = try KXProcess.run(["--safe", "-c", ".report out.md"])
        XCTAssertEqual(safe.status, 1)
        XCTAssertTrue(safe.stderr.contains(".report is refused under --safe: it writes a file"), safe.stderr)
    }
}
