import Foundation
import XCTest

/// Every file kx writes or reads, attacked through the real binary: links and FIFOs planted at the
/// target, /dev/null, a full disk (/dev/full), standard input that is a folder, huge sparse files.
final class FileWritingPipeTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try KXProcess.temporaryDirectory(self)
        try "secret\n".write(to: folder.appendingPathComponent("victim"), atomically: false, encoding: .utf8)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func contents(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

    private func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() }

    private func link(_ name: String, to target: String = "victim") throws {
        try FileManager.default.createSymbolicLink(atPath: path(name), withDestinationPath: target)
    }

    private func run(_ arguments: [String], stdin: String? = nil) throws -> KXProcess.Output {
        try KXProcess.run(arguments, stdin: stdin, environment: ["NO_COLOR": "1"], directory: folder)
    }

    /// Runs kx through the shell, for redirections a pipe cannot make (`< /`, `> /dev/full`).
    private func shell(_ redirection: String, _ arguments: [String] = [], before: String = "") throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(before) \"$0\" \"$@\" \(redirection)", KXProcess.executable.path] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        // Both are pipes, not files: `ulimit -f 0` would stop a file. The outputs are small enough for
        // the pipes' buffers, so reading one after the other cannot block.
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }

    private func sparseFile(_ name: String, bytes: off_t = 3 << 30) {
        XCTAssertTrue(FileManager.default.createFile(atPath: path(name), contents: nil))
        XCTAssertEqual(truncate(path(name), bytes), 0)
    }

    func testOutputRefusesLinkFIFOAndDeviceWithExitOne() throws {
        try link("out.csv")
        XCTAssertEqual(mkfifo(path("fifo"), 0o600), 0)
        for (target, kind) in [("out.csv", "a symbolic link"), ("fifo", "a FIFO"), ("/dev/full", "a device")] {
            let result = try run(["-c", ".output \(target)", "-c", "count trials"])
            XCTAssertEqual(result.status, 1, target)
            XCTAssertTrue(result.stderr.contains("error: cannot write '\(target)': it is \(kind), not a regular file; nothing was written"), result.stderr)
        }
        XCTAssertEqual(try contents("victim"), "secret\n")
        XCTAssertEqual(try names(), ["fifo", "out.csv", "victim"])
    }

    func testOutputThatCannotBeWrittenShowsTheResultsAndExitsOne() throws {
        // No file may grow (ulimit -f 0, SIGXFSZ ignored): every write fails as on a full disk.
        let result = try shell("", ["-c", ".output out.txt", "-c", "count trials", "--format", "plain"], before: "trap '' XFSZ; ulimit -f 0;")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "2\n", "the results are shown, not lost")
        XCTAssertTrue(result.stderr.contains("error: cannot write 'out.txt': File too large; 'out.txt' was left as it was, and the results are shown here instead"), result.stderr)
        XCTAssertEqual(try names(), ["victim"])
    }

    func testOutputAndOnceToDevNullDiscard() throws {
        let result = try run(["-c", ".output /dev/null", "-c", "count trials", "-c", ".output", "-c", ".once /dev/null", "-c", "count trials"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        var status = stat()
        XCTAssertEqual(lstat("/dev/null", &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFCHR)
    }

    func testOnceKeepsPermissionsAndLeavesNoTemporaryFile() throws {
        XCTAssertTrue(FileManager.default.createFile(atPath: path("out.txt"), contents: Data("old\n".utf8), attributes: [.posixPermissions: 0o640]))
        let result = try run(["-c", ".once out.txt", "-c", "count trials", "--format", "plain"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try contents("out.txt"), "2\n")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path("out.txt"))[.posixPermissions] as? Int, 0o640)
        XCTAssertEqual(try names(), ["out.txt", "victim"])
    }

    func testUpdateIgnoresLinkAtOldTemporaryNameAndRefusesLinkedScript() throws {
        try "count trials\n#> 3\n".write(to: folder.appendingPathComponent("t.kx"), atomically: false, encoding: .utf8)
        // kx test --update used to write to .NAME.PID.tmp, following a link planted there.
        for pid in 1...64 { try link(".t.kx.\(pid).tmp") }
        let updated = try run(["test", "--update", "t.kx"])
        XCTAssertEqual(updated.status, 0, updated.stderr)
        XCTAssertEqual(try contents("t.kx"), "count trials\n#> 2 trials\n")
        XCTAssertEqual(try contents("victim"), "secret\n")
        XCTAssertEqual(try names().filter { !$0.hasPrefix(".t.kx.") || !$0.hasSuffix(".tmp") }, ["t.kx", "victim"])
        try "count trials\n#> 3\n".write(to: folder.appendingPathComponent("real.kx"), atomically: false, encoding: .utf8)
        try link("linked.kx", to: "real.kx")
        let refused = try run(["test", "--update", "linked.kx"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("kx test: linked.kx: cannot write 'linked.kx': it is a symbolic link, not a regular file; nothing was written"), refused.stderr)
        XCTAssertEqual(try contents("real.kx"), "count trials\n#> 3\n")
    }

    func testRecordRefusesFIFOAndLink() throws {
        XCTAssertEqual(mkfifo(path("fifo"), 0o600), 0)
        try link("t.md")
        let fifo = try run(["--record", "fifo", "-c", "count trials"])
        XCTAssertEqual(fifo.status, 1)
        XCTAssertEqual(fifo.stderr, "kx: cannot write 'fifo': it is a FIFO, not a regular file; nothing was written\n")
        let linked = try run(["-c", ".record t.md", "-c", "count trials"])
        XCTAssertEqual(linked.status, 1)
        XCTAssertTrue(linked.stderr.contains("cannot write 't.md': it is a symbolic link"), linked.stderr)
        XCTAssertEqual(try contents("victim"), "secret\n")
    }

    func testRecordingOverTheScriptIsRefusedNotEmptied() throws {
        let script = "# narration\ncount trials\n"
        try script.write(to: folder.appendingPathComponent("demo.kx"), atomically: false, encoding: .utf8)
        let step = try run(["--step", "demo.kx", "--record", "./demo.kx"], stdin: "\n")
        XCTAssertEqual(step.status, 2)
        XCTAssertTrue(step.stderr.contains("--record './demo.kx' is the script 'demo.kx': recording would empty it"), step.stderr)
        let file = try run(["demo.kx", "--record", "demo.kx"])
        XCTAssertEqual(file.status, 2)
        let own = ".record self.kx\ncount trials\n"
        try own.write(to: folder.appendingPathComponent("self.kx"), atomically: false, encoding: .utf8)
        let inner = try run(["self.kx"])
        XCTAssertEqual(inner.status, 1)
        XCTAssertTrue(inner.stderr.contains("error: cannot record to 'self.kx': it is the script 'self.kx' being read; nothing was written"), inner.stderr)
        XCTAssertEqual(try contents("self.kx"), own)
        XCTAssertEqual(try contents("demo.kx"), script)
    }

    func testStandardInputThatIsAFolderIsAClearError() throws {
        let result = try shell("< /")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "kx: cannot read standard input: it is a folder\n")
    }

    func testFullDiskOnStandardOutputIsAnError() throws {
        let result = try shell("> /dev/full", ["-c", "count trials"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "kx: cannot write standard output: No space left on device; the results are incomplete\n")
    }

    func testHugeSparseFilesAreRefusedBySizeBeforeReading() throws {
        sparseFile("big.kx")
        let start = Date()
        let message = "cannot read 'big.kx': it is larger than 16 MiB, the most kx reads from one file"
        let script = try run(["big.kx"])
        XCTAssertEqual(script.status, 1)
        XCTAssertEqual(script.stderr, "error: \(message)\n")
        let read = try run(["-c", ".read big.kx"])
        XCTAssertEqual(read.status, 1)
        XCTAssertTrue(read.stderr.contains(message), read.stderr)
        let step = try run(["--step", "big.kx"], stdin: "")
        XCTAssertEqual(step.status, 1)
        XCTAssertEqual(step.stderr, "error: \(message)\n")
        let test = try run(["test", "big.kx"])
        XCTAssertEqual(test.status, 1)
        XCTAssertEqual(test.stderr, "kx test: big.kx: \(message)\n")
        sparseFile("records.txt")
        let imported = try run(["import", "records.txt", "--into", "K"])
        XCTAssertEqual(imported.status, 1)
        XCTAssertTrue(imported.stderr.hasPrefix("error: cannot read 'records.txt': it is larger than 64 MiB"), imported.stderr)
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    }
}
