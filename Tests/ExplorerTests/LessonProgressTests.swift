import Explorer
import Foundation
import XCTest

/// Lesson progress kept between sessions on the fictional teaching fixture: saved as it changes,
/// resumed, restarted, matched by step title in a changed lesson, and never written over when the
/// file is corrupt, of another version, a link, a FIFO or huge.
final class LessonProgressTests: XCTestCase {
    private var store: TemporaryFolder!

    override func setUpWithError() throws {
        store = try TemporaryFolder()
    }

    override func tearDown() {
        store.remove()
    }

    /// `text` with its lines joined by spaces, as narration wrapped to any width reads.
    private func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The progress file of `lesson` (`COURSE/LESSON` gives a course's folder).
    private func file(_ lesson: String) throws -> String {
        try TeachingPack.progressFolder(in: store.path) + "/\(lesson).json"
    }

    /// Takes the first exercise of grey-fever-basics (one wrong answer, a hint, the right one) and moves to step 2.
    private func takeTheFirstStep() throws {
        let (session, sink) = try TeachingPack.session(progress: store.path)
        for statement in [".lesson grey-fever-basics", "trials where status=planned", ".hint", "trials", ".next"] { session.execute(statement) }
        XCTAssertTrue(sink.output.contains("✓ Right."), sink.transcript)
        session.finish()
    }

    func testProgressIsSavedAsItChangesAndResumedInANewSession() throws {
        try takeTheFirstStep()
        let path = try file("grey-fever-basics")
        let saved = try XCTUnwrap(String(contentsOfFile: path, encoding: .utf8))
        XCTAssertTrue(saved.contains(#""format": "kx lesson progress""#), saved)
        XCTAssertTrue(saved.contains(#""step": 1"#), saved)
        XCTAssertTrue(saved.contains(#""outcome": "solved""#) && saved.contains(#""hints": 1"#) && saved.contains(#""attempts": 2"#), saved)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int, 0o600)

        let (session, sink) = try TeachingPack.session(progress: store.path)
        session.execute(".lesson grey-fever-basics")
        XCTAssertTrue(flat(sink.output).contains("Resuming at step 2 of 4 (1 of 3 exercises solved); .lesson grey-fever-basics restart starts over."), sink.output)
        XCTAssertTrue(sink.output.contains("Step 2 of 4 · The registry"), sink.output)
        XCTAssertEqual(session.promptPrefix?(), "grey-fever-basics 2/4 ")
        sink.reset()
        session.execute(".where")
        XCTAssertTrue(sink.output.contains("1. Trials        exercise solved (1 hint shown)"), sink.output)
        sink.reset()
        session.execute(".lessons")
        XCTAssertTrue(sink.output.contains("Grey fever basics\t4\t3\t5 minutes\tstep 2/4 · 1 of 3 solved"), sink.output)
    }

    func testRestartStartsOverAndReplacesTheSavedProgress() throws {
        try takeTheFirstStep()
        let (session, sink) = try TeachingPack.session(progress: store.path)
        session.execute(".lesson grey-fever-basics restart")
        XCTAssertTrue(flat(sink.output).contains("Starting over: the progress kept of this lesson (1 of 3 exercises solved) is replaced."), sink.output)
        XCTAssertTrue(sink.output.contains("Step 1 of 4 · Trials"), sink.output)
        let saved = try String(contentsOfFile: try file("grey-fever-basics"), encoding: .utf8)
        XCTAssertTrue(saved.contains(#""step": 0"#) && saved.contains(#""exercises": []"#), saved)
        sink.reset()
        session.execute(".lesson grey-fever-basics again")
        XCTAssertTrue(sink.errors.contains("expected restart, not 'again'"), sink.errors)
    }

    func testAChangedLessonKeepsWhatMatchesByStepTitleAndSaysSo() throws {
        try takeTheFirstStep()
        // The registry step is gone and the trials step comes second now.
        let changed = """
            title: Grey fever basics
            audience: testers
            duration: 5 minutes
            steps:
              - title: Counting
                narrative: Count them.
                exercise: {question: How many trials are there?, number: 2, counted-by: count trials, explanation: Two.}
              - title: Trials
                narrative: Kinds list their entities.
                exercise: {question: List every trial., answer: trials, hints: [Type trials.], explanation: Two groups.}

            """
        let (session, sink) = try TeachingPack.session(progress: store.path, lessons: ["lessons/grey-fever-basics.yaml": changed])
        session.execute(".lesson grey-fever-basics")
        XCTAssertTrue(flat(sink.output).contains("The lesson has changed since you last took it: the progress of steps whose titles are still there is kept."), sink.output)
        // The current step (The registry) is gone: the place it had is kept.
        XCTAssertTrue(flat(sink.output).contains("Resuming at step 2 of 2 (1 of 2 exercises solved)"), sink.output)
        sink.reset()
        session.execute(".where")
        XCTAssertTrue(sink.output.contains("▸ 2. Trials    exercise solved (1 hint shown)"), sink.output)
    }

    func testACorruptFileIsReportedWhereItIsWrongAndNeverOverwritten() throws {
        try takeTheFirstStep()
        let path = try file("grey-fever-basics")
        let corrupt = "{\n  \"format\": \"kx lesson progress\",\n  \"version\": 1,\n  \"lesson\": \"grey-fever-basics\",\n  \"step\": [\n"
        try corrupt.write(toFile: path, atomically: false, encoding: .utf8)
        let (session, sink) = try TeachingPack.session(progress: store.path)
        session.execute(".lesson grey-fever-basics")
        XCTAssertTrue(sink.errors.contains("\(path):6:1: error: "), sink.errors)
        XCTAssertTrue(flat(sink.errors).contains("kx: progress: the file is left as it is, and this lesson's progress is kept for this session only; .lesson grey-fever-basics restart replaces it"), sink.errors)
        XCTAssertTrue(sink.output.contains("Step 1 of 4"), sink.output)
        session.execute("trials")
        session.execute(".next")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), corrupt, "the file is left as it is")
        sink.reset()
        session.execute(".lessons")
        XCTAssertTrue(sink.output.contains("step 2/4 · 1 of 3 solved"), "this session's progress is kept in memory: \(sink.output)")
        sink.reset()
        session.execute(".lesson grey-fever-basics restart")
        XCTAssertTrue(flat(sink.output).contains("Starting over: the progress file"), sink.output)
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).contains(#""format": "kx lesson progress""#), "restart replaces it")
    }

    func testAFileOfAnotherVersionIsReportedAndKept() throws {
        try takeTheFirstStep()
        let path = try file("grey-fever-basics")
        let newer = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: #""version": 1"#, with: #""version": 2"#)
        try newer.write(toFile: path, atomically: false, encoding: .utf8)
        let (session, sink) = try TeachingPack.session(progress: store.path)
        session.execute(".lesson grey-fever-basics")
        XCTAssertTrue(sink.errors.contains("\(path):3:14: error: the progress file is of version 2; this kx reads version 1"), sink.errors)
        XCTAssertTrue(sink.errors.contains("= it was written by a newer kx"), sink.errors)
        session.execute("trials")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), newer)
    }

    func testALinkAFIFOOrAHugeFileIsRefusedAndNotWrittenThrough() throws {
        try takeTheFirstStep()
        let path = try file("grey-fever-basics")
        let elsewhere = try store.write("elsewhere.txt", "not progress\n")
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: elsewhere)
        var (session, sink) = try TeachingPack.session(progress: store.path)
        session.execute(".lesson grey-fever-basics")
        XCTAssertTrue(sink.errors.contains("cannot read '\(path)': it is a symbolic link, not a regular file"), sink.errors)
        session.execute("trials")
        session.execute(".lesson grey-fever-basics restart")
        XCTAssertTrue(sink.errors.contains("cannot write '\(path)': it is a symbolic link, not a regular file; nothing was written"), sink.errors)
        XCTAssertEqual(try String(contentsOfFile: elsewhere, encoding: .utf8), "not progress\n", "nothing is written through the link")

        try FileManager.default.removeItem(atPath: path)
        XCTAssertEqual(mkfifo(path, 0o600), 0)
        (session, sink) = try TeachingPack.session(progress: store.path)
        session.execute(".lesson grey-fever-basics")
        XCTAssertTrue(sink.errors.contains("cannot read '\(path)': it is a FIFO, not a regular file"), sink.errors)
        XCTAssertTrue(sink.output.contains("Step 1 of 4"), "the FIFO does not stop the lesson: \(sink.transcript)")

        try FileManager.default.removeItem(atPath: path)
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        XCTAssertEqual(truncate(path, 2 << 20), 0)
        (session, sink) = try TeachingPack.session(progress: store.path)
        session.execute(".lesson grey-fever-basics")
        XCTAssertTrue(sink.errors.contains("cannot read '\(path)': it is larger than 1 MiB, the most kx reads from one file"), sink.errors)
        session.execute("trials")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, 2 << 20, "the huge file is left as it is")
    }

    func testAMemoryOnlyStoreSaysSoOnceAndWritesNothing() throws {
        let (session, sink) = try TeachingPack.session(progress: nil)
        session.classroom.progressStore = ProgressStore(memoryOnly: "--no-history keeps no history")
        for statement in [".lesson grey-fever-basics", "trials", ".next", ".end", ".lesson grey-fever-basics"] { session.execute(statement) }
        XCTAssertEqual(sink.errors.components(separatedBy: "lesson progress is kept for this session only").count, 2, sink.errors)
        XCTAssertTrue(sink.errors.contains("kx: --no-history keeps no history, so lesson progress is kept for this session only (this is said once)"), sink.errors)
        XCTAssertTrue(flat(sink.output).contains("Resuming at step 2 of 4 (1 of 3 exercises solved)"), "resumed within the session: \(sink.output)")
        XCTAssertEqual(store.names(), [], "nothing on disk")
    }

    func testUnderSafeProgressIsSavedAsTheHistoryIsButTheReportFileIsRefused() throws {
        let (session, sink) = try TeachingPack.session(progress: store.path, safe: true)
        session.execute(".lesson grey-fever-basics")
        session.execute("trials")
        XCTAssertTrue(FileManager.default.fileExists(atPath: try file("grey-fever-basics")))
        let report = store.path + "/report.md"
        session.execute(".report \(report)")
        XCTAssertTrue(sink.errors.contains(".report is refused under --safe: it writes a file"), sink.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: report))
        sink.reset()
        session.execute(".report")
        XCTAssertTrue(sink.output.contains("| 1 | List every trial the abstract mentions. | solved first try | 0 | 1 |"), sink.output)
    }
}
