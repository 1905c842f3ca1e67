import Foundation
import XCTest

/// A first-time user takes the built-in lesson at a terminal: lists the lessons, starts one, gets
/// feedback on a wrong and a right answer, asks for a hint and for the answer, and finishes.
final class LessonTerminalTests: XCTestCase {
    private var home: URL!

    override func setUpWithError() throws {
        home = try KXProcess.temporaryDirectory(self)
    }

    /// Starts kx on a terminal with no history (unless `history`) and no colour, its state kept at
    /// home, and waits for `prompt`.
    private func start(_ arguments: [String] = [], history: Bool = false, prompt: String = "kx> ") throws -> PseudoTerminal {
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home.path
        environment["XDG_STATE_HOME"] = home.appendingPathComponent("state").path
        environment["NO_COLOR"] = "1"
        let terminal = try PseudoTerminal(executable: KXProcess.executable.path, arguments: (history ? [] : ["--no-history"]) + arguments, environment: environment)
        try terminal.expect(prompt)
        return terminal
    }

    /// Types `line` and Return, then waits for each of `texts` in turn.
    private func type(_ kx: PseudoTerminal, _ line: String, _ texts: String...) throws {
        try kx.send(line + "\r")
        for text in texts { try kx.expect(text) }
    }

    func testAFirstTimeUserTakesTheLessonFromStartToEnd() throws {
        let kx = try start()
        try type(kx, ".lessons", "beyond-progression", "(3 lessons)", "start one with: .lesson NAME", "kx> ")
        try type(kx, ".lesson beyond-progression", "Trastuzumab beyond progression: deciding without randomized evidence",
                 "Step 1 of 9 · One abstract, read as a graph", "» why pusztai-2006", "“Publication type: Review”", "» questions",
                 "Exercise: List every trial the abstract mentions.", "beyond-progression 1/9 kx> ")
        try type(kx, "questions", "(2 questions)", "✗ Not the answer: none of your rows is in it.", "Try again, or .hint", "1/9 kx> ")
        try type(kx, ".hint", "Hint 1 of 2: A kind's name in the plural lists every entity of that kind.", "1/9 kx> ")
        try type(kx, "trials where status=planned", "✗ Close: your rows are right, but some are missing: no-trastuzumab-control-trials.", "1/9 kx> ")
        try type(kx, "trials", "(2 trials)", "✓ Right. Two entries", "Type .next to go on.", "1/9 kx> ")
        try type(kx, ".next", "Step 2 of 9 · The open question, and for whom it matters", "Exercise:", "beyond-progression 2/9 kx> ")
        try type(kx, ".reveal", "Answer: » continue-after-progression -> relevant_to", "(2 populations)", "Two populations:", "2/9 kx> ")
        try type(kx, ".where", "  1. One abstract, read as a graph", "exercise solved", "▸ 2. The open question", "exercise revealed",
                 "1 of 9 exercises solved, 1 revealed.", "2/9 kx> ")
        try type(kx, "count questions", "2 questions", "2/9 kx> ")
        XCTAssertFalse(kx.output.suffix(200).contains("✗"), "a revealed exercise is not checked")
        for step in 3...9 {
            try type(kx, ".next", "Step \(step) of 9", "beyond-progression \(step)/9 kx> ")
        }
        try type(kx, "count questions where status=open or novelty=new", "2 questions", "✓ Right.", "9/9 kx> ")
        try type(kx, ".next", "End of the lesson 'Trastuzumab beyond progression", "1 revealed.", "\nkx> ")
        // Taken again, a finished lesson starts at step 1 with the answers kept (in memory, with --no-history).
        try type(kx, ".lesson beyond-progression", "You finished this lesson before", "Step 1 of 9", "1/9 kx> ")
        try type(kx, ".end", "Left the lesson", "2 of 9 exercises solved, 1 revealed.", "\nkx> ")
        try kx.send("\u{04}")
        XCTAssertEqual(try kx.waitForExit(), 0)
    }

    func testLessonOptionStartsTheLessonAfterTheBanner() throws {
        let kx = try start(["--lesson", "beyond-progression"], prompt: "beyond-progression 1/9 kx> ")
        XCTAssertTrue(kx.output.contains("kx 0.1.0 · 24 entities, 28 relations from 1 document · .help for help"), PseudoTerminal.escape(kx.output))
        XCTAssertTrue(kx.output.contains("Step 1 of 9"), PseudoTerminal.escape(kx.output))
        try type(kx, ".lesson beyond", "no lesson named 'beyond'", "did you mean 'beyond-progression'?", "1/9 kx> ")
        try type(kx, ".quit")
        XCTAssertEqual(try kx.waitForExit(), 0)
    }

    func testProgressIsSavedAndTheLessonResumesInTheNextSession() throws {
        var kx = try start(history: true)
        try type(kx, ".lesson registry-minute", "Step 1 of 4 · When the registry began", "registry-minute 1/4 kx> ")
        try type(kx, "registher -> covers", "✓ Right.", "1/4 kx> ")
        try type(kx, ".next", "Step 2 of 4", "2/4 kx> ")
        try type(kx, ".hint", "Hint 1 of 2", "2/4 kx> ")
        try type(kx, ".quit")
        XCTAssertEqual(try kx.waitForExit(), 0)
        let file = home.appendingPathComponent("state/kx/progress/built-in/registry-minute.json")
        XCTAssertTrue(FileManager.default.fileExists(atPath: file.path), "saved under XDG_STATE_HOME")

        kx = try start(history: true)
        try type(kx, ".lessons", "registry-minute", "step 2/4 · 1 of 4 solved", "kx> ")
        try type(kx, ".lesson registry-minute", "Resuming at step 2 of 4 (1 of 4 exercises solved); .lesson registry-minute",
                 "restart starts over.", "Step 2 of 4 · Counting", ".hint for a hint (1 left)", "registry-minute 2/4 kx> ")
        try type(kx, ".where", "  1. When the registry began", "exercise solved", "▸ 2. Counting", "(1 hint shown)", "2/4 kx> ")
        try type(kx, ".lesson registry-minute restart", "Starting over", "Step 1 of 4", "registry-minute 1/4 kx> ")
        try kx.send("\u{04}")
        XCTAssertEqual(try kx.waitForExit(), 0)

        kx = try start(["--lesson", "registry-minute"], prompt: "registry-minute 1/4 kx> ")
        XCTAssertTrue(kx.output.contains("kx: --no-history keeps no history, so lesson progress is kept for this session only (this is said once)"),
                      PseudoTerminal.escape(kx.output))
        try type(kx, ".quit")
        XCTAssertEqual(try kx.waitForExit(), 0)
    }
}
