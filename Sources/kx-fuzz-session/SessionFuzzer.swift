import EmbeddedKnowledge
import Explorer
import Foundation
import FuzzReplay
import KnowledgeGraph
import KnowledgeStore
import Rendering

/// A fuzz target for everything a typed line or a script reaches: the script parser (statements,
/// continuation lines, comments, `#>` expectations), the query language (parser, binder, evaluator),
/// every output format at three terminal widths, to a terminal or not, the dot-commands that touch
/// no file, lessons, and the diff `kx test` prints. `svg` runs no program here: the session has no
/// Graphviz, so it says so, while `dot` draws every picture.
///
/// An input is a script, run on the built-in knowledge (embedded, so nothing touches the disk).
/// Dot-commands that read or write files or load knowledge are skipped. The input's length chooses
/// the format, the width and whether output goes to a terminal (`.format` may change the format).
/// A crash, a hang or a trap is a bug; an error message is the expected answer to most inputs.
///
/// Built with `-DFUZZING` (see `Fuzz/run session`), libFuzzer's driver runs it; built plainly it
/// replays files or folders of inputs given as arguments, as the tests do with `Fuzz/corpus/session`.
enum SessionFuzzer {
    static let knowledge = EmbeddedKnowledge.folder()
    static let graph: Graph? = try? KnowledgeLoader.load([knowledge])

    /// Dot-commands a fuzzed script may run: none reads or writes a file or loads knowledge.
    static let allowed: Set<String> = [".help", ".format", ".mode", ".links", ".echo", ".schema", ".history", ".show", ".lessons", ".lesson",
                                       ".next", ".back", ".hint", ".reveal", ".where", ".end"]

    /// Runs one input as a script.
    static func run(_ input: [UInt8]) {
        guard let graph, let text = String(validating: input, as: UTF8.self) else { return }
        let sink = BufferSink()
        var settings = Settings()
        // The format and the terminal's width follow from the input's length, so every input runs
        // once and, across inputs, every format meets every width.
        settings.format = OutputFormat.allCases[input.count % OutputFormat.allCases.count]
        settings.width = [24, 80, 200][input.count / OutputFormat.allCases.count % 3]
        settings.terminal = input.count % 2 == 0
        settings.keepGoing = true
        let session = Session(knowledge: [knowledge], graph: graph, settings: settings, sink: sink)
        session.graphviz = Graphviz(program: nil)
        defer { session.finish() }
        let items = ScriptParser.items(text)
        for (index, item) in items.enumerated() where item.kind == .statement {
            let word = item.text.trimmed().prefix { !$0.isWhitespace }
            if word.hasPrefix(".") {
                guard allowed.contains(String(word).lowercased()) else { continue }
                session.execute(item.text, file: "input", line: item.line)
                continue
            }
            session.execute(item.text, file: "input", line: item.line)
            if index + 1 < items.count, items[index + 1].kind == .expectation {
                _ = UnifiedDiff.diff(expected: items[index + 1].text.components(separatedBy: "\n"), actual: sink.transcript.components(separatedBy: "\n"),
                                     expectedLabel: "expected", actualLabel: "actual")
            }
            sink.reset()
        }
        _ = ScriptParser.needsContinuation(text)
    }
}

#if FUZZING
/// SwiftPM links an executable's `main` to this name, so it starts libFuzzer's driver itself.
@_cdecl("kx_fuzz_session_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzReplay.fuzz(argc, argv, SessionFuzzer.run)
}
#else
/// Replays the inputs named on the command line (see `FuzzReplay`).
@main
enum SessionFuzzerReplay {
    static func main() {
        FuzzReplay.replay(program: "kx-fuzz-session", ready: SessionFuzzer.graph != nil, unready: "the built-in knowledge does not load", SessionFuzzer.run)
    }
}
#endif
