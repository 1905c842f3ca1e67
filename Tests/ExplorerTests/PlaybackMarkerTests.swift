@testable import Explorer
import Foundation
import XCTest

/// `#pause` and `#? QUESTION` in a played script: the player waits at a pause, and hides the
/// statement under a question until Enter reveals it; to every other reader both are comments.
final class PlaybackMarkerTests: XCTestCase {
    private var folder: TemporaryFolder!

    /// A pause in the first scene's narration, a reveal step with a two-line question, and a pause in the closing narration.
    static let script = """
        # Two kinds of trial are in the abstract.
        #pause
        # Here they are:
        trials
        #> id\tname\tallocation\tstatus\tstop-reason\ttiming\tminimum-count
        #> no-zorvamab-control-trials\trandomized trials with no zorvamab in their control arms\trandomized\tstopped-early [implied]\tcould not enrol enough patients\t\t2
        #> planned-switch-trials\tclinical trials currently planned to address the question prospectively\t\tplanned\t\tprospective
        # Think before you look.
        #? How many of them are planned?
        # Write it as a count.
        count trials where status=planned
        #> 1
        # That is all.
        #pause
        # Questions?

        """

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        try folder.write("class.kx", Self.script)
    }

    override func tearDown() {
        folder.remove()
    }

    private var file: String {
        (folder.path as NSString).appendingPathComponent("class.kx")
    }

    /// Plays class.kx with `keys` typed, one a line; returns what was printed and the prompts shown, in order.
    private func play(_ keys: [String], recordingTo transcript: String? = nil) throws -> (output: String, prompts: [String]) {
        let (session, sink) = try TeachingPack.session()
        var remaining = keys[...]
        var prompts: [String] = []
        session.classroom.readLine = { prompt in
            prompts.append(prompt)
            return remaining.popFirst()
        }
        if let transcript { XCTAssertTrue(session.execute(".record \(transcript)")) }
        sink.reset()
        XCTAssertTrue(session.execute(".step \(file)"))
        session.classroom.finish()
        return (sink.transcript.replacingOccurrences(of: folder.path + "/", with: ""), prompts)
    }

    func testThePlayerWaitsAtPausesAndRevealsTheAnswerOnEnter() throws {
        let (output, prompts) = try play(["", "", "", "", "", ""])
        XCTAssertEqual(prompts, [Classroom.pausePrompt, Classroom.playbackPrompt, Classroom.revealPrompt, Classroom.playbackPrompt, Classroom.pausePrompt])
        XCTAssertEqual(output, """
            Playing class.kx: 2 statements. Enter runs each one; s skips it, b goes back one, q quits.

            Two kinds of trial are in the abstract.
            Here they are:
            » trials
            id\tname\tallocation\tstatus\tstop-reason\ttiming\tminimum-count
            no-zorvamab-control-trials\trandomized trials with no zorvamab in their control arms\trandomized\tstopped-early [implied]\tcould not enrol enough patients\t\t2
            planned-switch-trials\tclinical trials currently planned to address the question prospectively\t\tplanned\t\tprospective\t

            Think before you look.
            Question: How many of them are planned? Write it as a count.
            » count trials where status=planned
            1

            That is all.
            Questions?
            End of class.kx: 2 run, 0 skipped.

            """)
    }

    /// s, b and q work at a pause and under a question as they do under a statement.
    func testSkipBackAndQuitWorkAtAPauseAndUnderAQuestion() throws {
        let skipped = try play(["s", "s", "", ""])
        XCTAssertEqual(skipped.prompts, [Classroom.pausePrompt, Classroom.revealPrompt, Classroom.pausePrompt])
        XCTAssertEqual(skipped.output, """
            Playing class.kx: 2 statements. Enter runs each one; s skips it, b goes back one, q quits.

            Two kinds of trial are in the abstract.
            (skipped)

            Think before you look.
            Question: How many of them are planned? Write it as a count.
            (skipped)

            That is all.
            Questions?
            End of class.kx: 0 run, 2 skipped.

            """, "a skipped question never shows its statement")

        let back = try play(["", "", "b", "", "", "q"])
        XCTAssertEqual(back.prompts, [Classroom.pausePrompt, Classroom.playbackPrompt, Classroom.revealPrompt, Classroom.pausePrompt, Classroom.playbackPrompt, Classroom.revealPrompt])
        XCTAssertEqual(back.output.components(separatedBy: "» trials\nid\t").count, 3, "b under the question goes back to trials, which runs again: \(back.output)")
        XCTAssertTrue(back.output.hasSuffix("""
            Think before you look.
            Question: How many of them are planned? Write it as a count.
            Stopped at statement 2 of 2 of class.kx.

            """), back.output)
        XCTAssertTrue(try play(["q"]).output.hasSuffix("Two kinds of trial are in the abstract.\nStopped at statement 1 of 2 of class.kx.\n"))
    }

    /// Other keys are refused with what the keys do there; the end of input stops like q.
    func testOtherKeysAreRefusedWithTheKeysOfTheirPrompt() throws {
        let (output, prompts) = try play(["x", "", "", "what"])
        XCTAssertEqual(prompts, [Classroom.pausePrompt, Classroom.pausePrompt, Classroom.playbackPrompt, Classroom.revealPrompt, Classroom.revealPrompt])
        XCTAssertTrue(output.contains("press Enter to go on, s to skip the statement, b to go back one, q to quit\n"), output)
        XCTAssertTrue(output.contains("press Enter to reveal the answer, s to skip it, b to go back one, q to quit\n"), output)
        XCTAssertTrue(output.hasSuffix("Stopped at statement 2 of 2 of class.kx.\n"), output)
    }

    /// Going back and answering again counts each statement once.
    func testTheEndCountsEachStatementOnce() throws {
        XCTAssertTrue(try play(["", "s", "b", "", "", "", "", ""]).output.hasSuffix("End of class.kx: 2 run, 0 skipped.\n"))
        XCTAssertTrue(try play(["", "", "", "", "b", "", "s", ""]).output.hasSuffix("End of class.kx: 1 run, 1 skipped.\n"))
    }

    func testTheTranscriptHoldsTheNarrationAndTheQuestionOfWhatRan() throws {
        let transcript = (folder.path as NSString).appendingPathComponent("class.md")
        _ = try play(["", "", "", "", ""], recordingTo: transcript)
        XCTAssertEqual(folder.read("class.md"), """
            Two kinds of trial are in the abstract.

            Here they are:

            ```kx
            trials
            ```

            | id | name | allocation | status | stop-reason | timing | minimum-count |
            | --- | --- | --- | --- | --- | --- | ---: |
            | no-zorvamab-control-trials | randomized trials with no zorvamab in their control arms | randomized | stopped-early [implied] | could not enrol enough patients |  | 2 |
            | planned-switch-trials | clinical trials currently planned to address the question prospectively |  | planned |  | prospective |  |

            Think before you look.

            **Question:** How many of them are planned? Write it as a count.

            ```kx
            count trials where status=planned
            ```

            | count |
            | ---: |
            | 1 |

            That is all.

            Questions?


            """)
    }

    /// To `.read` and `kx test` the markers are comments: the script runs and its expectations hold.
    func testTheMarkersAreCommentsToEveryOtherReader() throws {
        XCTAssertEqual(ScriptParser.items(Self.script).map(\.kind), [.comment, .comment, .comment, .statement, .expectation, .comment, .comment, .comment, .statement, .expectation, .comment, .comment, .comment])
        let (session, sink) = try TeachingPack.session()
        XCTAssertTrue(session.execute(".read \(file)"))
        XCTAssertEqual(sink.errors, "")
        XCTAssertTrue(sink.transcript.hasSuffix("\n1\n"), sink.transcript)
        // kx test runs in the table format; the script's expectations are plain, so it sets that first.
        try folder.write("test.kx", ".format plain\n" + Self.script)
        let outcome = try ScriptTester(knowledge: [try TeachingPack.schema(), try TeachingPack.knowledge()])
            .check(file: (folder.path as NSString).appendingPathComponent("test.kx"), update: false)
        XCTAssertEqual(outcome.statements, 3)
        XCTAssertEqual(outcome.mismatches, [])
    }

    /// A question with nothing under it to reveal is closing narration; a pause inside a question is left out.
    func testAQuestionWithoutAStatementIsNarration() throws {
        let scenes = Classroom.scenes(ScriptParser.items("#? Which?\n#pause\n# Look.\ntrials\n#? Anything else?\n"))
        XCTAssertEqual(scenes.count, 2)
        XCTAssertEqual(scenes.first?.question, ["Which?", "Look."])
        XCTAssertEqual(scenes.first?.parts, [[]])
        XCTAssertEqual(scenes.last?.parts, [["Anything else?"]])
        XCTAssertNil(scenes.last?.question)
        XCTAssertNil(scenes.last?.statement)
    }
}
