import Foundation
import XCTest

/// Issue 11's acceptance test: a pack, a second pack and a lesson crafted with ESC/CSI/OSC/C1/bidi
/// characters in every field show no raw control character on a terminal, in any format or command.
final class HostileDataTerminalTests: XCTestCase {
    private func terminal(_ arguments: [String], home: URL, color: Bool = false) throws -> PseudoTerminal {
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home.path
        if color { environment.removeValue(forKey: "NO_COLOR") } else { environment["NO_COLOR"] = "1" }
        // A dumb terminal: libedit itself then writes no escape sequences, so any in the output came from data.
        return try PseudoTerminal(executable: KXProcess.executable.path, arguments: arguments, environment: environment, term: "dumb", columns: 100)
    }

    func testNoRawControlCharacterReachesTheTerminalInAnyFormatOrCommand() throws {
        let home = try KXProcess.temporaryDirectory(self)
        let root = try HostileKnowledge.write(in: home.appendingPathComponent("knowledge"))
        let kx = try terminal(["--history", home.appendingPathComponent("history").path, "--knowledge", root.path], home: home)
        defer { kx.terminate() }
        func run(_ line: String) throws {
            try kx.send(line + "\r")
            try kx.expect("kx> ")
        }
        try kx.expect("kx> ")
        let statements = [
            "show examplinib", "show daily-dosing", "why examplinib", "why examplinib target", "why examplinib aliases",
            "why examplinib target nope", "neighbors examplinib", "path examplinib to daily-dosing",
            "statements where subject = examplinib", "conflicts", "select name, aliases, target from drugs", "show exa",
            "select name from treatments where setting = nope", ".lessons",
        ]
        for format in ["table", "plain", "csv", "json", "markdown"] {
            try run(".format \(format)")
            for statement in statements { try run(statement) }
        }
        try run(".format table")
        // TAB lists names from data as they can be typed (a control character as its \u{…} escape), then
        // completes the lesson's name, which the prompt and .where show.
        try kx.send("show \"Exa\t")
        try kx.expect(#"Examplinib\u{1B}"#)
        try kx.expect("kx> show \"Exa")
        try kx.send("\u{03}")
        try kx.expect("kx> ")
        try kx.send(".lesson les\t")
        try kx.expect("son ")
        try kx.send("\r")
        try kx.expect("1/1 kx> ")
        for statement in [".where", "select name from drugs", ".hint", ".reveal", ".history"] { try run(statement) }
        try kx.send(".end\r")
        try kx.expect("1 revealed.")
        try kx.expect("kx> ")
        try kx.send("\u{04}")
        XCTAssertEqual(try kx.waitForExit(), 0)

        let output = kx.output
        XCTAssertEqual(HostileKnowledge.rawControls(in: output), [])
        XCTAssertTrue(output.contains("Examplinib" + HostileKnowledge.escapedAttack), "names are shown with visible escapes")
        XCTAssertTrue(output.contains("(Methods" + HostileKnowledge.escapedAttack), "a heading's citation is escaped")
        XCTAssertTrue(output.contains("Examplinib\\u001b[31mRED"), "JSON escapes ESC as \\u001b")
        XCTAssertTrue(output.contains("\\u009b2J\\u202eevil\\u2066\\u007f"), "JSON escapes C1, bidi and DEL")
        XCTAssertTrue(output.contains("'=cmd\\u{1B}"), "csv neutralises a formula")
        XCTAssertTrue(output.contains("les\\u{1B}[31mson 1/1 kx> "), "the prompt shows the lesson's name escaped")
        XCTAssertTrue(output.contains("did you mean 'Examplinib\\u{1B}[31mRED"), "suggestions are escaped")
    }

    func testCheckAndLoadingOfABrokenHostilePackShowNoRawControlCharacter() throws {
        let home = try KXProcess.temporaryDirectory(self)
        let pack = home.appendingPathComponent("broken")
        try HostileKnowledge.writeBrokenPack(in: pack)
        for arguments in [["check", pack.path], ["--knowledge", pack.path, "-c", "kinds"]] {
            let kx = try terminal(arguments, home: home)
            defer { kx.terminate() }
            XCTAssertEqual(try kx.waitForExit(), 1)
            XCTAssertEqual(HostileKnowledge.rawControls(in: kx.output), [], "\(arguments)")
            XCTAssertTrue(kx.output.contains("id 'bad" + HostileKnowledge.escapedAttack + "' must be a slug"), kx.output)
        }
    }

    func testThePromptsColourIsResetAfterThePrompt() throws {
        let home = try KXProcess.temporaryDirectory(self)
        let kx = try terminal(["--no-history"], home: home, color: true)
        defer { kx.terminate() }
        try kx.expect("\u{1B}[1;32mkx>\u{1B}[0m ")
        try kx.send("kinds\r")
        try kx.expect("\u{1B}[1;32mkx>\u{1B}[0m ")
        try kx.send("\u{04}")
        XCTAssertEqual(try kx.waitForExit(), 0)
    }
}
