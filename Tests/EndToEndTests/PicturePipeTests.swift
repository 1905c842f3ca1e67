import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// `--format dot` and `--format svg` from the real binary: the DOT goes through a pipe into
/// Graphviz's `dot`, which must read it; `svg` runs `dot` itself; hostile data stays escaped.
/// Graphviz must be installed (`bash .ci/setup --tests` installs it).
final class PicturePipeTests: XCTestCase {
    /// Graphviz's `dot` on `PATH`, or a failure that says how to install it.
    private func dot() throws -> URL {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        guard let found = folders.map({ URL(fileURLWithPath: $0).appendingPathComponent("dot") })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else { throw GraphvizMissing() }
        return found
    }

    private struct GraphvizMissing: Error, CustomStringConvertible {
        var description: String {
            "Graphviz's dot is not on PATH, and these tests need it: install it with apt-get install graphviz (bash .ci/setup --tests does)"
        }
    }

    /// `kx ARGUMENTS | dot -Tsvg`: both processes' statuses, the SVG and what dot said.
    private func pipeIntoDot(_ arguments: [String]) throws -> (kx: Int32, dot: Int32, svg: String, errors: String) {
        let kx = Process(), graphviz = Process()
        kx.executableURL = KXProcess.executable
        kx.arguments = arguments
        graphviz.executableURL = try dot()
        graphviz.arguments = ["-Tsvg"]
        let pipe = Pipe(), output = Pipe(), errors = Pipe()
        kx.standardInput = FileHandle.nullDevice
        kx.standardOutput = pipe
        graphviz.standardInput = pipe
        graphviz.standardOutput = output
        graphviz.standardError = errors
        try kx.run()
        try graphviz.run()
        try pipe.fileHandleForReading.close()
        try pipe.fileHandleForWriting.close()
        let svg = try output.fileHandleForReading.readToEnd() ?? Data()
        let said = try errors.fileHandleForReading.readToEnd() ?? Data()
        kx.waitUntilExit()
        graphviz.waitUntilExit()
        return (kx.terminationStatus, graphviz.terminationStatus, String(decoding: svg, as: UTF8.self), String(decoding: said, as: UTF8.self))
    }

    /// Whether `text` is well-formed XML.
    private func parses(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }

    func testDOTOfEveryGraphIsReadByGraphviz() throws {
        for statement in ["neighbors registher depth 2", "path registher to trastuzumab", "show registher", "trials", "entities",
                          "neighbors trastuzumab", "neighbors continued-administration", "trials where control=placebo"] {
            let piped = try pipeIntoDot(["-c", statement, "--format", "dot"])
            XCTAssertEqual(piped.kx, 0, statement)
            XCTAssertEqual(piped.dot, 0, "\(statement): \(piped.errors)")
            XCTAssertEqual(piped.errors, "", "\(statement): Graphviz warns of nothing")
            XCTAssertTrue(piped.svg.contains("</svg>") && parses(piped.svg), statement)
        }
    }

    func testSVGIsGraphvizsDrawing() throws {
        _ = try dot()
        let result = try KXProcess.run(["-c", "neighbors continued-administration", "--format", "svg"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertTrue(result.stdout.hasPrefix("<?xml") && result.stdout.hasSuffix("</svg>\n"), result.stdout)
        XCTAssertTrue(parses(result.stdout))
        XCTAssertTrue(result.stdout.contains("supports [not]") && result.stdout.contains("accounts_for [may]"), result.stdout)
        XCTAssertTrue(result.stdout.contains("stroke-dasharray"), "hedged arrows are dashed")
        let safe = try KXProcess.run(["--safe", "-c", "show registher", "--format", "svg"])
        XCTAssertEqual(safe.status, 0, "--safe allows svg: it runs a fixed program on kx's own DOT, with no file named by a statement")
    }

    func testSVGWithoutGraphvizSaysHowToInstallIt() throws {
        let result = try KXProcess.run(["-c", "show registher", "--format", "svg"], environment: ["PATH": "/nonexistent"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, """
            1:1: error: svg needs Graphviz's dot program, which is not on PATH
              = install Graphviz (Debian, Ubuntu: apt-get install graphviz; macOS: brew install graphviz)
              = or write the picture as DOT with --format dot and draw it elsewhere

            """)
    }

    func testWhatIsNotAGraphFailsWithTheFormatsToUse() throws {
        let result = try KXProcess.run(["-c", "count trials", "--format", "dot"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.hasPrefix("1:1: error: dot draws graphs (neighbors, path, show and entity lists), not a count\n"), result.stderr)
    }

    func testHostileDataIsEscapedAndStillDrawn() throws {
        let root = try HostileKnowledge.write(in: KXProcess.temporaryDirectory(self))
        let text = try KXProcess.run(["--knowledge", root.path, "--format", "dot", "-c", "show examplinib"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertEqual(HostileKnowledge.rawControls(in: text.stdout), [])
        for html in ["<script>", "<img"] { XCTAssertFalse(text.stdout.contains(html), text.stdout) }
        let piped = try pipeIntoDot(["--knowledge", root.path, "--format", "dot", "-c", "neighbors examplinib"])
        XCTAssertEqual(piped.dot, 0, piped.errors)
        XCTAssertEqual(HostileKnowledge.rawControls(in: piped.svg), [])
        XCTAssertTrue(parses(piped.svg))
        XCTAssertTrue(piped.svg.contains("Examplinib\\u{1B}[31mRED"), "the attack is shown, escaped:\n\(piped.svg)")
        let svg = try KXProcess.run(["--knowledge", root.path, "--format", "svg", "-c", "show examplinib"])
        XCTAssertEqual(svg.status, 0, svg.stderr)
        XCTAssertEqual(HostileKnowledge.rawControls(in: svg.stdout), [])
        XCTAssertFalse(svg.stdout.contains("<script>"))
    }
}
