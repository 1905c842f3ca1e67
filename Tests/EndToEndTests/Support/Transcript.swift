import Foundation

/// What a fenced block of the documentation shows typed and printed, in the two shapes the
/// documentation uses: a shell transcript, `$ COMMAND` lines each followed by what it printed, and
/// a prompt transcript, `kx> STATEMENT` lines each followed by what it printed, typed at one kx.
struct Transcript {
    enum Step {
        /// A command line for the shell, and where what it printed is among the block's lines.
        case command(String, output: Range<Int>)
        /// kx at a terminal, started by `start` (`kx …`; nil: plain `kx`, whose banner the block
        /// leaves out), and where its screen is among the block's lines, from the banner or the
        /// first prompt on.
        case session(start: String?, screen: Range<Int>)
    }

    let steps: [Step]

    /// The prompt at the start of a line of a prompt transcript: `kx>`, or a lesson's `NAME 1/2 kx>`.
    static let prompt = try! NSRegularExpression(pattern: #"^(?:[a-z0-9-]+ [0-9]+/[0-9]+ )?kx>(?: |$)"#)

    static func isPromptLine(_ line: String) -> Bool {
        prompt.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
    }

    /// The statement typed on a prompt line, or nil for a prompt with nothing typed.
    static func statement(onPromptLine line: String) -> String? {
        guard let match = prompt.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
              let end = Range(match.range, in: line)?.upperBound, end < line.endIndex else { return nil }
        return String(line[end...])
    }

    /// The transcript a block's lines show, or nil when they are not one: a transcript starts with
    /// its first command or prompt.
    init?(lines: [String]) {
        guard let first = lines.first else { return nil }
        if Self.isPromptLine(first) {
            steps = [.session(start: nil, screen: 0..<lines.count)]
            return
        }
        guard first.hasPrefix("$ ") else { return nil }
        var steps: [Step] = []
        var index = 0
        while index < lines.count {
            let command = String(lines[index].dropFirst(2))
            let output = (index + 1)..<(lines[(index + 1)...].firstIndex { $0.hasPrefix("$ ") } ?? lines.count)
            let interactive = (command == "kx" || command.hasPrefix("kx ")) && lines[output].contains(where: Self.isPromptLine)
            steps.append(interactive ? .session(start: command, screen: output) : .command(command, output: output))
            index = output.upperBound
        }
        self.steps = steps
    }

    /// Whether lines that are not a transcript still hold a command or a prompt (a transcript that
    /// does not start with its first one, which the tests would otherwise pass over).
    static func looksLikeOne(_ lines: [String]) -> Bool {
        lines.contains { $0.hasPrefix("$ kx") || isPromptLine($0) }
    }
}
