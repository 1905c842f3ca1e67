import Foundation
import XCTest

/// `kx lesson render` from the real binary, on the FICTIONAL teaching fixture: the Markdown handout
/// on standard output and the answer key in its file, errors that say where and what, files written
/// atomically and never through a link, and the HTML handout drawn by headless Chromium (Debian's
/// `chromium`; `bash .ci/setup --tests` installs it, and under CI=true a missing one fails the test).
final class LessonRenderCommandTests: XCTestCase {
    static let teaching = KXProcess.packageRoot.appendingPathComponent("Tests/ExplorerTests/Fixtures/teaching").path
    static let goldens = KXProcess.packageRoot.appendingPathComponent("Tests/ExplorerTests/Goldens")

    private func render(_ arguments: [String], knowledge: String = teaching) throws -> KXProcess.Output {
        try KXProcess.run(["lesson", "render"] + arguments + ["--no-builtin", "--knowledge", knowledge])
    }

    func testTheMarkdownHandoutGoesToStandardOutputAndTheAnswerKeyToItsFile() throws {
        let folder = try KXProcess.temporaryDirectory(self)
        let key = folder.appendingPathComponent("key.md").path
        let result = try render(["handout", "--format", "markdown", "--answers", key])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertEqual(result.stdout, try String(contentsOf: Self.goldens.appendingPathComponent("handout.md"), encoding: .utf8))
        XCTAssertEqual(try String(contentsOfFile: key, encoding: .utf8),
                       try String(contentsOf: Self.goldens.appendingPathComponent("handout-answers.md"), encoding: .utf8))
    }

    func testAnUnknownLessonIsNamedWithTheLikelyOneAndTheList() throws {
        let result = try render(["handot"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, "kx lesson render: no lesson named 'handot'\n  did you mean 'handout'?\n  lessons: finding, grey-fever-basics, handout, question-types, fever-course/first-look, fever-course/counting, fever-course\n")
    }

    func testALessonWithErrorsShowsWhereAndWritesNothing() throws {
        let folder = try KXProcess.temporaryDirectory(self)
        let root = folder.appendingPathComponent("teaching")
        try FileManager.default.copyItem(atPath: Self.teaching, toPath: root.path)
        try """
            title: Broken
            audience: testers
            duration: 1 minute
            steps:
              - title: One
                narrative: A picture of a count.
                demonstration: [{query: count trials, picture: true}]

            """.write(to: root.appendingPathComponent("lessons/broken.yaml"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("broken.html").path
        let result = try render(["broken", "--format", "html", "-o", output, "--no-color"], knowledge: root.path)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("lessons/broken.yaml:7:29: error: this demonstration asks for a picture, but its result is not a graph"), result.stderr)
        XCTAssertTrue(result.stderr.contains("^~~~~~~~~~~~"), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("kx lesson render: lesson 'broken' has errors, so it cannot be rendered\n"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    func testFilesAreNeverWrittenThroughALinkAndTheSameFileTwiceIsRefused() throws {
        let folder = try KXProcess.temporaryDirectory(self)
        let target = folder.appendingPathComponent("precious.txt").path, link = folder.appendingPathComponent("handout.md").path
        try "keep me\n".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let result = try render(["handout", "-o", link])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("kx lesson render: "), result.stderr)
        XCTAssertTrue(result.stderr.contains("symbolic link"), result.stderr)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "keep me\n")
        let same = try render(["handout", "-o", target, "--answers", target])
        XCTAssertEqual(same.status, 2)
        XCTAssertTrue(same.stderr.contains("-o and --answers name the same file"), same.stderr)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "keep me\n")
    }

    func testTheHTMLHandoutRendersInHeadlessChromium() throws {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        guard let chromium = folders.map({ URL(fileURLWithPath: $0).appendingPathComponent("chromium") })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            if ProcessInfo.processInfo.environment["CI"] != nil {
                XCTFail("chromium is not on PATH, and CI must run this test: bash .ci/setup --tests installs Debian's chromium")
                return
            }
            throw XCTSkip("chromium is not on PATH (apt-get install chromium)")
        }
        let folder = try KXProcess.temporaryDirectory(self)
        let page = folder.appendingPathComponent("handout.html"), screenshot = folder.appendingPathComponent("handout.png")
        let result = try render(["handout", "--format", "html", "-o", page.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let process = Process()
        process.executableURL = chromium
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                             "--screenshot=\(screenshot.path)", "--window-size=1000,1400", page.absoluteString]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 90, execute: watchdog)
        process.waitUntilExit()
        watchdog.cancel()
        XCTAssertEqual(process.terminationStatus, 0, "chromium failed")
        let png = try Data(contentsOf: screenshot)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "not a PNG")
        // A blank page compresses to a few kilobytes; text, tables and borders take far more.
        XCTAssertGreaterThan(png.count, 40_000, "the screenshot looks blank")
        if let keep = ProcessInfo.processInfo.environment["KX_KEEP_SCREENSHOT"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(at: screenshot, to: URL(fileURLWithPath: keep))
        }
    }
}
