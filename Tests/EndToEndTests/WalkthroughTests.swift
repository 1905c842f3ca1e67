import Foundation
import XCTest

/// Runs docs/authoring.md's "Adding a document, step by step" as a reader would, in a temporary folder:
/// the record is written from the `$ cat` block, each `$ ` command is run, kx is started at a
/// pseudo-terminal and each `kx> ` line typed at it, and the output must be what the page shows; the YAML blocks are added to the facts file
/// where the page says. So the walk-through cannot drift from what kx prints.
final class WalkthroughTests: XCTestCase {
    private static let pack = "packs/heron-2025"

    func testTheWalkthroughPrintsWhatThePageShows() throws {
        let page = try String(contentsOf: KXProcess.packageRoot.appendingPathComponent("docs/authoring.md"), encoding: .utf8)
        let section = try XCTUnwrap(Self.section("## Adding a document, step by step", in: page))
        let directory = try KXProcess.temporaryDirectory(self)
        var ran = 0
        var terminal: PseudoTerminal?
        defer { terminal?.terminate() }
        for block in Self.blocks(in: section) {
            if block.language == "yaml" {
                try add(block.lines, toFactsIn: directory)
                continue
            }
            var lines = block.lines[...]
            if let first = lines.first, first.hasPrefix("$ cat ") {
                try (lines.dropFirst().joined(separator: "\n") + "\n").write(to: directory.appendingPathComponent(String(first.dropFirst(6))), atomically: false, encoding: .utf8)
                continue
            }
            while let line = lines.popFirst() {
                let expected = Array(lines.prefix { !$0.hasPrefix("$ ") && !$0.hasPrefix("kx> ") })
                lines = lines.dropFirst(expected.count)
                let output: String
                if line.hasPrefix("$ kx --knowledge "), !line.contains(" -c ") {
                    terminal = try start(String(line.dropFirst("$ kx --knowledge ".count)), in: directory)
                    output = try XCTUnwrap(terminal).expect("kx> ")
                } else if line.hasPrefix("kx> ") {
                    let kx = try XCTUnwrap(terminal, "a kx> line before the kx it is typed at")
                    try kx.send(line.dropFirst(4) + "\r")
                    output = try kx.expect("kx> ")
                } else {
                    output = try shell(String(line.dropFirst(2)), in: directory)
                }
                let shown = Self.screen(output, in: directory, typed: line.hasPrefix("kx> "))
                let wanted = expected.joined(separator: "\n") + "\n"
                XCTAssertEqual(shown, wanted, "\(line)\n--- the page shows\n\(wanted)--- kx printed\n\(shown)")
                ran += 1
            }
        }
        XCTAssertGreaterThanOrEqual(ran, 10, "the walk-through's commands were not found in docs/authoring.md")
    }

    /// kx at a 120-column terminal on the pack in `directory`, as the page's prompt shows it.
    private func start(_ pack: String, in directory: URL) throws -> PseudoTerminal {
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = directory.path
        environment["NO_COLOR"] = "1"
        return try PseudoTerminal(executable: KXProcess.executable.path, arguments: ["--knowledge", directory.appendingPathComponent(pack).path],
                                  environment: environment, columns: 120)
    }

    /// Output as the screen shows it: without carriage returns, escape sequences, the echo of a typed
    /// line and the next prompt, and with the temporary folder's path left out.
    private static func screen(_ output: String, in directory: URL, typed: Bool) -> String {
        var text = output.replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: directory.path + "/", with: "")
        text = text.replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
        if text.hasSuffix("kx> ") { text.removeLast(4) }
        if typed, let echo = text.firstIndex(of: "\n") { text = String(text[text.index(after: echo)...]) }
        return text
    }

    /// Adds entities before `relations:` and relations before the worksheet, as the page asks.
    private func add(_ lines: [String], toFactsIn directory: URL) throws {
        let url = directory.appendingPathComponent(Self.pack).appendingPathComponent("facts.yaml")
        var facts = try String(contentsOf: url, encoding: .utf8)
        let text = lines.joined(separator: "\n") + "\n"
        let anchor = text.hasPrefix("  - id:") ? "\nrelations:\n" : "\n# Worksheet"
        let range = try XCTUnwrap(facts.range(of: anchor), "no '\(anchor)' in the imported facts")
        facts.insert(contentsOf: text, at: facts.index(after: range.lowerBound))
        try facts.write(to: url, atomically: false, encoding: .utf8)
    }

    /// Runs a command line with the built kx first on the PATH; standard output and error together.
    private func shell(_ command: String, in directory: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " 2>&1"]
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = productsDirectory().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment.removeValue(forKey: "NO_COLOR")
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    private static func section(_ heading: String, in text: String) -> Substring? {
        guard let start = text.range(of: "\n" + heading + "\n") else { return nil }
        let rest = text[start.upperBound...]
        return rest.range(of: "\n## ").map { rest[..<$0.lowerBound] } ?? rest
    }

    /// The fenced blocks of `text`, with their language and lines.
    private static func blocks(in text: Substring) -> [(language: String, lines: [String])] {
        var blocks: [(language: String, lines: [String])] = []
        var current: (language: String, lines: [String])?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                if let block = current { blocks.append(block); current = nil } else { current = (String(line.dropFirst(3)), []) }
            } else {
                current?.lines.append(String(line))
            }
        }
        return blocks
    }
}
