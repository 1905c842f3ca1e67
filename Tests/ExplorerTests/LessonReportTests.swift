import Explorer
import Foundation
import XCTest

/// `.report`: the Markdown a student hands in, against a golden file, with hostile text in a
/// lesson's title and question (terminal escapes, a bidirectional override, Markdown and HTML) escaped.
final class LessonReportTests: XCTestCase {
    /// A lesson whose title and question try to colour the terminal, reverse the text and add markup.
    static let hostile = #"""
        title: "\e[31mRed\u202E <script>alert(1)</script> | *Report*"
        audience: testers
        duration: 1 minute
        steps:
          - title: Trap
            narrative: Nothing to see.
            exercise:
              question: "# Heading? <img src=x onerror=alert(1)> | cell \e]0;title\a"
              accept: [FeverLog]
              explanation: The registry.

        """#

    /// The golden file in the source tree, rewritten when KX_UPDATE_GOLDENS=1.
    private static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/reports/lesson-report.md")

    func testTheReportOfTwoLessonsMatchesItsGoldenWithHostileTextEscaped() throws {
        let store = try TemporaryFolder()
        defer { store.remove() }
        let (session, sink) = try TeachingPack.session(progress: store.path, lessons: ["lessons/hostile.yaml": Self.hostile])
        session.classroom.now = { Date(timeIntervalSince1970: 1_740_821_400) }
        for statement in [".lesson grey-fever-basics", "trials", ".next", ".hint", "trials", "feverlog -> covers", ".next", ".reveal", ".next", ".next",
                          ".lesson hostile", ".answer GRX"] {
            session.execute(statement)
        }
        let path = store.path + "/report.md"
        session.execute(".report \(path)")
        XCTAssertEqual(sink.errors.components(separatedBy: "\n").last { !$0.isEmpty }, "wrote the report of 2 lessons to \(path)")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        if ProcessInfo.processInfo.environment["KX_UPDATE_GOLDENS"] == "1" {
            try written.write(to: Self.golden, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(written, try String(contentsOf: Self.golden, encoding: .utf8))
        XCTAssertFalse(written.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x07 }, written)
        XCTAssertFalse(written.contains("<script") || written.contains("<img") || written.contains("\n# Heading"), written)

        sink.reset()
        session.execute(".report")
        XCTAssertEqual(sink.output, written, "the terminal gets the same Markdown")
    }

    func testAReportWithNoLessonSaysSo() throws {
        let (session, sink) = try TeachingPack.session(progress: nil)
        session.classroom.now = { Date(timeIntervalSince1970: 0) }
        session.execute(".report")
        XCTAssertEqual(sink.output, "# Lesson report\n\nWritten 1970-01-01T00:00:00Z.\n\nNo lesson has been started yet.\n")
    }
}
