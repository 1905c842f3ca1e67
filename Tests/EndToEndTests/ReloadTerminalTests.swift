import Foundation
import XCTest

/// `.reload` at a terminal: a pack edited, broken and fixed again while kx runs.
/// (Piped standard input is read to its end before it runs, so a pipe cannot edit between statements.)
final class ReloadTerminalTests: XCTestCase {
    func testReloadFollowsEditsAndKeepsTheGraphWhenAPackIsBroken() throws {
        let home = try KXProcess.temporaryDirectory(self)
        let pack = home.appendingPathComponent("pack")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try "Title: X\n\nExamplinib was given.\n".write(to: pack.appendingPathComponent("source.txt"), atomically: false, encoding: .utf8)
        func writeFacts(kind: String, name: String) throws {
            try """
                document: {id: x, citation: "X"}
                entities:
                  - {id: examplinib, kind: \(kind), name: \(name), quote: "Examplinib was given"}
                """.write(to: pack.appendingPathComponent("facts.yaml"), atomically: false, encoding: .utf8)
        }
        try writeFacts(kind: "drug", name: "One")
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home.path
        environment["NO_COLOR"] = "1"
        let kx = try PseudoTerminal(executable: KXProcess.executable.path, arguments: ["--no-history", "--format", "plain", "--knowledge", pack.path],
                                    environment: environment)
        let query = "select name from drugs where id=examplinib\r"
        _ = try kx.expect("kx> ")
        try kx.send(query)
        _ = try kx.expect("One\r\n")

        try writeFacts(kind: "drug", name: "Two")
        try kx.send(".reload\r")
        _ = try kx.expect("reloaded \(pack.path); now ")
        try kx.send(query)
        _ = try kx.expect("Two\r\n")

        try writeFacts(kind: "trail", name: "Three")
        try kx.send(".reload\r")
        _ = try kx.expect("facts.yaml:3:28: error: unknown kind 'trail'")
        _ = try kx.expect("nothing was reloaded; the knowledge is unchanged")
        try kx.send(query)
        _ = try kx.expect("Two\r\n")

        try writeFacts(kind: "drug", name: "Four")
        try kx.send(".reload\r")
        _ = try kx.expect("reloaded \(pack.path); now ")
        try kx.send(query)
        _ = try kx.expect("Four\r\n")
        _ = try kx.expect("kx> ")
        try kx.send("\u{04}")
        _ = try kx.waitForExit()
    }
}
