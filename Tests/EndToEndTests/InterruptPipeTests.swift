import Foundation
import XCTest

/// SIGINT stops a script run: the running statement is interrupted and kx exits with status 130.
final class InterruptPipeTests: XCTestCase {
    func testSIGINTStopsAScriptWithStatus130() throws {
        let directory = try KXProcess.temporaryDirectory(self)
        let pack = directory.appendingPathComponent("large")
        try LargePack.write(to: pack)
        let script = directory.appendingPathComponent("long.kx")
        // `.timer on` writes "Run Time" to (unbuffered) standard error after each statement, so the
        // test sees the long statement start.
        try ".timer on\ncount treatments\n\(LargePack.longStatement())\ncount t0\n".write(to: script, atomically: false, encoding: .utf8)

        let process = Process()
        process.executableURL = KXProcess.executable
        process.arguments = ["--no-builtin", "--knowledge", pack.path, script.path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        var errorText = ""
        let deadline = Date().addingTimeInterval(20)
        while !errorText.contains("Run Time"), Date() < deadline {
            errorText += String(decoding: errors.fileHandleForReading.availableData, as: UTF8.self)
        }
        Thread.sleep(forTimeInterval: 0.3)
        process.interrupt()
        let standardOutput = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        errorText += String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 130, errorText)
        XCTAssertTrue(errorText.contains("interrupted\n"), errorText)
        XCTAssertEqual(standardOutput, "4000 treatments\n", "nothing runs after the interrupted statement")
    }
}
