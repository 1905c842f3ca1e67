import Explorer
import Foundation
import XCTest

/// `.step FILE` plays a script one statement at a time, reading keys through `Classroom.readLine`.
final class PlaybackTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        try folder.write("demo.kx", """
            # The trials the abstract mentions.
            trials
            # Narrow them down:
            count trials where status=planned
            #> 1 trial

            registries -> studies
            # That is all.

            """)
    }

    override func tearDown() {
        folder.remove()
    }

    /// Plays demo.kx with `keys` typed, one a line, and returns what was printed and the prompts shown.
    private func play(_ keys: [String]) throws -> (output: String, prompts: Int) {
        let (session, sink) = try LessonFixture.session()
        var remaining = keys[...]
        var prompts = 0
        session.classroom.readLine = { prompt in
            XCTAssertEqual(prompt, Classroom.playbackPrompt)
            prompts += 1
            return remaining.popFirst()
        }
        XCTAssertTrue(session.execute(".step \((folder.path as NSString).appendingPathComponent("demo.kx"))"))
        return (sink.transcript.replacingOccurrences(of: folder.path + "/", with: ""), prompts)
    }

    func testEnterRunsSkipsGoesBackAndEnds() throws {
        let (output, prompts) = try play(["", "s", "b", "", "what", ""])
        XCTAssertEqual(prompts, 6)
        XCTAssertEqual(output, """
            Playing demo.kx: 3 statements. Enter runs each one; s skips it, b goes back one, q quits.

            The trials the abstract mentions.
            » trials
            id\tname\tallocation\tstatus\trecruitment\ttiming\tminimum-count
            no-trastuzumab-control-trials\trandomized trials with no trastuzumab in the control arms\trandomized\tattempted\tfailed to accrue patients\t\t2
            planned-trials\tclinical trials currently planned to address a question prospectively\t\tplanned\t\tprospective\t

            Narrow them down:
            » count trials where status=planned
            (skipped)

            » registries -> studies

            Narrow them down:
            » count trials where status=planned
            1

            » registries -> studies
            press Enter to run the statement, s to skip it, b to go back one, q to quit
            id\tkind\tname
            prolonged-trastuzumab-therapy\ttreatment\tprolonged trastuzumab therapy

            That is all.
            End of demo.kx: 3 run, 0 skipped.

            """)
    }

    /// Going back and running a statement again counts it once; so does skipping it twice.
    func testTotalsCountEachStatementOnce() throws {
        XCTAssertTrue(try play(["", "b", "", "", ""]).output.hasSuffix("End of demo.kx: 3 run, 0 skipped.\n"))
        XCTAssertTrue(try play(["s", "b", "s", "", "s"]).output.hasSuffix("End of demo.kx: 1 run, 2 skipped.\n"))
    }

    func testQuitAndTheEndOfInputStop() throws {
        let quit = try play(["q"])
        XCTAssertTrue(quit.output.hasSuffix("» trials\nStopped at statement 1 of 3 of demo.kx.\n"), quit.output)
        let ended = try play(["", "b", "b"])
        XCTAssertEqual(ended.prompts, 4, "the first b goes back to trials, the second is refused, then input ends")
        XCTAssertTrue(ended.output.contains("this is the first statement\n"), ended.output)
        XCTAssertTrue(ended.output.hasSuffix("Stopped at statement 1 of 3 of demo.kx.\n"), ended.output)
    }

    func testPlaybackProblemsAreReportedUnderTheFileName() throws {
        let (session, sink) = try LessonFixture.session()
        XCTAssertFalse(session.execute(".step demo.kx"))
        XCTAssertTrue(sink.errors.hasPrefix("<input>:1:7: error: step-through playback needs a terminal or standard input to read keys from\n"), sink.errors)
        session.classroom.readLine = { _ in nil }
        sink.reset()
        XCTAssertFalse(session.execute(".step missing.kx"))
        XCTAssertEqual(sink.errors, """
            <input>:1:7: error: cannot read 'missing.kx': no such file
             1 | .step missing.kx
               |       ^~~~~~~~~~

            """)
        sink.reset()
        XCTAssertFalse(session.classroom.play(path: "missing.kx", in: session))
        XCTAssertEqual(sink.errors, "error: cannot read 'missing.kx': no such file\n")
    }

    func testRecordedPlaybackKeepsNarrationOfTheStatementsThatRan() throws {
        let (session, _) = try LessonFixture.session()
        var keys = ["s", "", ""][...]
        session.classroom.readLine = { _ in keys.popFirst() }
        let transcript = (folder.path as NSString).appendingPathComponent("t.md")
        XCTAssertTrue(session.execute(".record \(transcript)"))
        XCTAssertTrue(session.execute(".step \((folder.path as NSString).appendingPathComponent("demo.kx"))"))
        XCTAssertEqual(folder.read("t.md"), """
            Narrow them down:

            ```kx
            count trials where status=planned
            ```

            | count |
            | ---: |
            | 1 |

            ```kx
            registries -> studies
            ```

            | id | kind | name |
            | --- | --- | --- |
            | prolonged-trastuzumab-therapy | treatment | prolonged trastuzumab therapy |

            That is all.


            """)
    }
}
