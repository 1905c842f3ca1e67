import Explorer
import Foundation
import KnowledgeGraph
import XCTest

/// Running Graphviz for `--format svg`, with small shell scripts in its place: the DOT goes in on
/// standard input and the SVG comes back, bounded in time and size, stopped by Ctrl-C, and a
/// program that fails or quits early is an error, never a hang or a SIGPIPE.
final class GraphvizTests: XCTestCase {
    private var folder: TemporaryFolder?

    override func tearDown() {
        folder?.remove()
    }

    /// An executable shell script named `name` with `body`, in a fresh folder.
    private func program(_ body: String, named name: String = "fake-dot") throws -> String {
        let folder = try self.folder ?? TemporaryFolder()
        self.folder = folder
        let path = try folder.write(name, "#!/bin/sh\n\(body)\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    func testTheDOTGoesInAndTheSVGComesOutWhateverTheirSize() throws {
        let graphviz = Graphviz(program: try program("test \"$1\" = -Tsvg || exit 9\nexec cat"))
        let big = String(repeating: "digraph { a -> b }\n", count: 200_000)
        XCTAssertEqual(try graphviz.svg(fromDOT: big, cancellation: nil), big, "megabytes each way, with no deadlock")
    }

    func testAProgramThatFailsIsAnErrorWithWhatItSaid() throws {
        let graphviz = Graphviz(program: try program("echo 'Error: syntax error in line 1' >&2\nexit 1"))
        XCTAssertThrowsError(try graphviz.svg(fromDOT: "digraph {", cancellation: nil)) { error in
            XCTAssertEqual((error as? GraphvizError)?.message, "Graphviz's dot could not draw the picture (exit status 1)")
            XCTAssertEqual((error as? GraphvizError)?.notes, ["dot said: Error: syntax error in line 1"])
        }
    }

    func testAProgramThatQuitsWithoutReadingIsNoSIGPIPE() throws {
        let graphviz = Graphviz(program: try program("echo '<svg/>'"))
        XCTAssertEqual(try graphviz.svg(fromDOT: String(repeating: "x", count: 8 << 20), cancellation: nil), "<svg/>\n")
    }

    func testItIsStoppedAfterItsTimeLimit() throws {
        var graphviz = Graphviz(program: try program("exec sleep 30"))
        graphviz.timeLimit = 0.3
        XCTAssertThrowsError(try graphviz.svg(fromDOT: "digraph {}", cancellation: nil)) { error in
            XCTAssertTrue((error as? GraphvizError)?.message.contains("took more than 0.3 seconds") == true, "\(error)")
        }
    }

    func testCtrlCStopsIt() throws {
        let graphviz = Graphviz(program: try program("exec sleep 30"))
        let cancellation = Cancellation()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { cancellation.cancel() }
        XCTAssertThrowsError(try graphviz.svg(fromDOT: "digraph {}", cancellation: cancellation)) { XCTAssertTrue($0 is Interrupted, "\($0)") }
    }

    func testTooMuchOutputStopsIt() throws {
        var graphviz = Graphviz(program: try program("exec yes"))
        graphviz.outputLimit = 1 << 20
        XCTAssertThrowsError(try graphviz.svg(fromDOT: "digraph {}", cancellation: nil)) { error in
            XCTAssertEqual((error as? GraphvizError)?.message, "Graphviz's dot wrote more than 1 MiB of SVG, and was stopped")
        }
    }

    func testDotIsFoundOnPATHOrSaidToBeMissing() throws {
        let dot = try program("exit 0", named: "dot")
        let folder = (dot as NSString).deletingLastPathComponent
        XCTAssertEqual(Graphviz.onPath("/nonexistent:relative:\(folder)").program, dot)
        XCTAssertNil(Graphviz.onPath("/nonexistent").program)
        XCTAssertNil(Graphviz.onPath(nil).program)
        XCTAssertThrowsError(try Graphviz(program: nil).svg(fromDOT: "digraph {}", cancellation: nil)) { error in
            XCTAssertEqual(error as? GraphvizError, GraphvizError("svg needs Graphviz's dot program, which is not on PATH", notes: [
                "install Graphviz (Debian, Ubuntu: apt-get install graphviz; macOS: brew install graphviz)",
                "or write the picture as DOT with --format dot and draw it elsewhere",
            ]))
        }
    }
}
