import Foundation
import XCTest

/// Runs every example of README.md and docs/*.md, and checks that kx prints what the page shows.
///
/// An example is a fenced block that is a `Transcript`. Its commands run in a temporary folder, one
/// a page (so an example may use the files an earlier one on its page wrote), with the built kx
/// first on PATH; its sessions run at a pseudo-terminal, 80 columns wide unless the block says
/// otherwise. The HTML comments just before a block may say:
/// - `terminal: N columns`: the width of its sessions;
/// - `with: PATH, …`: copy these files or folders of the repository into the folder first;
/// - `checked by TEST`: the test `Tests/EndToEndTests/TEST.swift` runs it (a walk-through, a server);
/// - `not checked: WHY`: it cannot be run here; the test reports it, so that is a visible choice.
///
/// A `$ cat FILE` of a file that is not there gives the file: the lines shown are written to it.
/// The time a summary line ends with (` in 0.02 s`) is left out of what kx prints, as the pages do.
/// With `KX_UPDATE_DOCS=1` in the environment, what kx printed is written into the pages instead.
final class DocumentationExampleTests: XCTestCase {
    private struct Tally {
        var checked = 0, elsewhere = 0, files = 0
        var unchecked: [String] = []

        var report: String {
            "documentation examples: \(checked) checked here, \(elsewhere) by other tests, \(files) giving files, \(unchecked.count) not checked"
                + unchecked.map { "\n  not checked: \($0)" }.joined()
        }
    }

    private let updating = ProcessInfo.processInfo.environment["KX_UPDATE_DOCS"] == "1"

    func testEveryExamplePrintsWhatItsPageShows() throws {
        var tally = Tally()
        for page in try MarkdownPage.all() {
            try check(page, &tally)
        }
        print(tally.report)
        XCTAssertGreaterThanOrEqual(tally.checked, 40, "the examples were not found: \(tally.report)")
    }

    private func check(_ page: MarkdownPage, _ tally: inout Tally) throws {
        let folder = try KXProcess.temporaryDirectory(self)
        var updates: [(lines: Range<Int>, printed: [String])] = []
        for block in page.blocks {
            let place = "\(page.name):\(block.start)"
            guard let transcript = Transcript(lines: block.lines) else {
                XCTAssertFalse(Transcript.looksLikeOne(block.lines), "\(place): a transcript starts with its first `$ ` command or prompt")
                continue
            }
            guard let columns = try prepare(block, at: place, in: folder, &tally) else { continue }
            var ran = false
            for step in transcript.steps {
                let shown: Range<Int>, printed: [String]
                switch step {
                case let .command(command, output):
                    if try givesFile(command, Array(block.lines[output]), in: folder) { continue }
                    (shown, printed) = (output, try run(command, in: folder))
                case let .session(start, screen):
                    (shown, printed) = (screen, try session(start, Array(block.lines[screen]), columns: columns, in: folder))
                }
                ran = true
                let expected = Array(block.lines[shown])
                if printed == expected { continue }
                if updating {
                    updates.append((block.start + shown.lowerBound ..< block.start + shown.upperBound, printed))
                } else {
                    XCTFail("\(place): \(step)\n--- the page shows\n\(expected.joined(separator: "\n"))\n--- kx printed\n\(printed.joined(separator: "\n"))")
                }
            }
            if ran { tally.checked += 1 } else { tally.files += 1 }
        }
        if !updates.isEmpty {
            var lines = page.lines
            for update in updates.reversed() { lines.replaceSubrange(update.lines, with: update.printed) }
            try lines.joined(separator: "\n").write(to: page.url, atomically: true, encoding: .utf8)
            print("\(page.name): \(updates.count) examples updated")
        }
    }

    /// Follows the block's comments: the terminal width to run it at, or nil when it is not run here.
    private func prepare(_ block: MarkdownPage.Block, at place: String, in folder: URL, _ tally: inout Tally) throws -> UInt16? {
        var columns: UInt16? = 80
        for directive in block.directives {
            if let reason = directive.value(after: "not checked:") {
                tally.unchecked.append("\(place): \(reason)")
                columns = nil
            } else if let test = directive.value(after: "checked by") {
                let file = KXProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/\(test).swift")
                XCTAssertTrue(FileManager.default.fileExists(atPath: file.path), "\(place): no test \(test)")
                tally.elsewhere += 1
                columns = nil
            } else if let width = directive.value(after: "terminal:"), let number = UInt16(width.replacingOccurrences(of: " columns", with: "")) {
                columns = columns.map { _ in number }
            } else if let paths = directive.value(after: "with:") {
                for path in paths.components(separatedBy: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                    let source = KXProcess.packageRoot.appendingPathComponent(path)
                    let copy = folder.appendingPathComponent(source.lastPathComponent)
                    if !FileManager.default.fileExists(atPath: copy.path) { try FileManager.default.copyItem(at: source, to: copy) }
                }
            } else {
                XCTFail("\(place): a comment the examples test does not know: <!-- \(directive) -->")
            }
        }
        return columns
    }

    /// Writes the lines shown under `cat FILE` to FILE when it is not there yet.
    private func givesFile(_ command: String, _ lines: [String], in folder: URL) throws -> Bool {
        let words = command.split(separator: " ")
        guard words.count == 2, words[0] == "cat" else { return false }
        let file = folder.appendingPathComponent(String(words[1]))
        guard !FileManager.default.fileExists(atPath: file.path) else { return false }
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: false, encoding: .utf8)
        return true
    }

    private func run(_ command: String, in folder: URL) throws -> [String] {
        var printed = try KXProcess.shell(command, in: folder, environment: environment(folder))
            .replacingOccurrences(of: folder.path + "/", with: "")
            .replacingOccurrences(of: #"(?m) in [0-9]+(\.[0-9]+)? s$"#, with: "", options: .regularExpression)
        if printed.hasSuffix("\n") { printed.removeLast() }
        return printed.isEmpty ? [] : printed.components(separatedBy: "\n")
    }

    /// The screen of kx started by `start` (plain `kx` when nil, its banner left out) after the
    /// statements on the prompt lines of `shown` are typed; the last prompt only if `shown` ends with one.
    private func session(_ start: String?, _ shown: [String], columns: UInt16, in folder: URL) throws -> [String] {
        let statements = shown.indices.filter { Transcript.isPromptLine(shown[$0]) }.compactMap { index in
            Transcript.statement(onPromptLine: shown[index]) ?? (index == shown.count - 1 ? nil : "")
        }
        var screen = try TerminalSession.screen(of: start ?? "kx", typing: statements, columns: columns, in: folder, environment: environment(folder))
        if start == nil { screen = Array(screen.drop { !Transcript.isPromptLine($0) }) }
        if let last = shown.last, Transcript.isPromptLine(last), Transcript.statement(onPromptLine: last) == nil {
            screen[screen.count - 1] = screen[screen.count - 1].replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        } else {
            screen.removeLast()
        }
        return screen
    }

    /// The environment of the examples: the built kx first on PATH, at home in the page's folder,
    /// without colour.
    private func environment(_ folder: URL) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = productsDirectory().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["HOME"] = folder.path
        environment["XDG_STATE_HOME"] = folder.appendingPathComponent(".state").path
        environment["NO_COLOR"] = "1"
        environment["COLUMNS"] = nil
        environment["LINES"] = nil
        return environment
    }
}

private extension String {
    /// The rest of the string after `prefix`, trimmed, or nil when it does not start with it.
    func value(after prefix: String) -> String? {
        hasPrefix(prefix) ? dropFirst(prefix.count).trimmingCharacters(in: .whitespaces) : nil
    }
}
