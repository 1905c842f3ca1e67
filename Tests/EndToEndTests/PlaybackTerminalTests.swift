import Foundation
import XCTest

/// Step-through playback at a terminal: `kx --step FILE`, and `.step FILE` at the prompt.
final class PlaybackTerminalTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try KXProcess.temporaryDirectory(self)
        try """
            # The trials the abstract mentions.
            trials
            # Only the planned ones:
            count trials where status=planned
            registries -> studies
            # That is all.

            """.write(to: folder.appendingPathComponent("demo.kx"), atomically: false, encoding: .utf8)
    }

    private func start(_ arguments: [String], waitingFor text: String) throws -> PseudoTerminal {
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        environment["NO_COLOR"] = "1"
        let terminal = try PseudoTerminal(executable: KXProcess.executable.path, arguments: ["--no-history"] + arguments, environment: environment)
        try terminal.expect(text)
        return terminal
    }

    /// Keys act at once, without Enter.
    func testStepOptionRunsSkipsGoesBackAndQuits() throws {
        let demo = folder.appendingPathComponent("demo.kx").path
        let kx = try start(["--step", demo], waitingFor: "» trials")
        try kx.expect("[Enter] run · s skip · b back · q quit ")
        try kx.send("\r")
        try kx.expect("(2 trials)")
        try kx.expect("Only the planned ones:\n» count trials where status=planned".replacingOccurrences(of: "\n", with: "\r\n"))
        try kx.expect("[Enter] run")
        try kx.send("s")
        try kx.expect("(skipped)")
        try kx.expect("» registries -> studies")
        try kx.expect("[Enter] run")
        try kx.send("b")
        try kx.expect("» count trials where status=planned")
        try kx.expect("[Enter] run")
        try kx.send("\r")
        try kx.expect("1 trial")
        try kx.expect("[Enter] run")
        try kx.send("q")
        try kx.expect("Stopped at statement 3 of 3 of \(demo).")
        XCTAssertEqual(try kx.waitForExit(), 0)
    }

    /// A pause and a reveal step wait with their own prompts; each key acts at once there too.
    func testPauseAndRevealPromptsAtATerminal() throws {
        let script = folder.appendingPathComponent("quiz.kx")
        try "# The registry follows patients.\n#pause\n# Which ones?\n#? Whom does the registry cover?\nregistries -> covers\n"
            .write(to: script, atomically: false, encoding: .utf8)
        let kx = try start(["--step", script.path], waitingFor: "The registry follows patients.")
        try kx.expect("[Enter] go on · s skip · b back · q quit ")
        try kx.send("\r")
        try kx.expect("Question: Whom does the registry cover?")
        try kx.expect("[Enter] reveal the answer · s skip · b back · q quit ")
        try kx.send("\r")
        try kx.expect("» registries -> covers")
        try kx.expect("[Enter] run")
        try kx.send("\r")
        try kx.expect("(1 population)")
        try kx.expect("End of \(script.path): 1 run, 0 skipped.")
        XCTAssertEqual(try kx.waitForExit(), 0)
    }

    func testStepCommandAtThePromptReturnsToThePrompt() throws {
        let kx = try start([], waitingFor: "kx> ")
        try kx.send(".step \(folder.appendingPathComponent("demo.kx").path)\r")
        for expected in ["(2 trials)", "1 trial", "(1 entity)"] {
            try kx.expect("[Enter] run")
            try kx.send("\r")
            try kx.expect(expected)
        }
        try kx.expect("That is all.")
        try kx.expect("3 run, 0 skipped.")
        try kx.expect("kx> ")
        try kx.send("count trials\r")
        try kx.expect("2 trials")
        try kx.expect("kx> ")
        try kx.send("\u{04}")
        XCTAssertEqual(try kx.waitForExit(), 0)
    }

    /// A transcript keeps everything recorded before the program was killed.
    func testATranscriptSurvivesAKill() throws {
        let transcript = folder.appendingPathComponent("class.md")
        let kx = try start(["--record", transcript.path], waitingFor: "kx> ")
        try kx.send("count registries\r")
        try kx.expect("1 registry")
        try kx.expect("kx> ")
        try kx.send("trails\r")
        try kx.expect("did you mean 'trials'?")
        try kx.expect("kx> ")
        kill(kx.pid, SIGKILL)
        XCTAssertEqual(try kx.waitForExit(), 128 + SIGKILL)
        XCTAssertEqual(try String(contentsOf: transcript, encoding: .utf8), """
            ```kx
            count registries
            ```

            | count |
            | ---: |
            | 1 |

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
}
