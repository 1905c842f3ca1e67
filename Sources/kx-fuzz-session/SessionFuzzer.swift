import CFuzzing
import EmbeddedKnowledge
import Explorer
import Foundation
import FuzzReplay
import KnowledgeGraph
import Rendering

/// A fuzz target for everything a typed line or a script reaches: the script parser (statements,
/// continuation lines, comments, `#>` expectations), the query language (parser, binder, evaluator),
/// every output format at a terminal's width, the dot-commands that touch no file, lessons, and
/// the diff `kx test` prints.
///
/// An input is a script, run on the built-in knowledge (embedded, so nothing touches the disk).
/// Dot-commands that read or write files or load knowledge are skipped. Every query runs once per
/// output format. A crash, a hang or a trap is a bug; an error message is the expected answer to
/// most inputs.
///
/// Built with `-DFUZZING` (see `Fuzz/run session`), libFuzzer's driver runs it; built plainly it
/// replays files or folders of inputs given as arguments, as the tests do with `Fuzz/corpus/session`.
enum SessionFuzzer {
    static let knowledge = EmbeddedKnowledge.folder()
    static let graph: Graph? = try? KnowledgeLoader.load([knowledge])

    /// Dot-commands a fuzzed script may run: none reads or writes a file or loads knowledge.
    static let allowed: Set<String> = [".help", ".format", ".mode", ".echo", ".schema", ".history", ".show", ".lessons", ".lesson",
                                       ".next", ".back", ".hint", ".reveal", ".where", ".end"]

    /// Runs one input as a script, each query in every format.
    static func run(_ input: [UInt8]) {
        guard let graph, let text = String(validating: input, as: UTF8.self) else { return }
        let sink = BufferSink()
        var settings = Settings()
        settings.width = 80
        settings.keepGoing = true
        let session = Session(knowledge: [knowledge], graph: graph, settings: settings, sink: sink)
        defer { session.finish() }
        let items = ScriptParser.items(text)
        for (index, item) in items.enumerated() where item.kind == .statement {
            let word = item.text.trimmingCharacters(in: .whitespacesAndNewlines).prefix { !$0.isWhitespace }
            if word.hasPrefix(".") {
                guard allowed.contains(String(word).lowercased()) else { continue }
                session.execute(item.text, file: "input", line: item.line)
                continue
            }
            for format in OutputFormat.allCases {
                session.settings.format = format
                session.execute(item.text, file: "input", line: item.line)
            }
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
    var count = argc, arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        guard let data else { return 0 }
        SessionFuzzer.run(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
}
#else
/// Replays the inputs named on the command line (see `FuzzReplay`).
@main
enum SessionFuzzerReplay {
    static func main() {
        guard SessionFuzzer.graph != nil else {
            fputs("kx-fuzz-session: the built-in knowledge does not load\n", stderr)
            exit(2)
        }
        FuzzReplay.run(program: "kx-fuzz-session", arguments: Array(CommandLine.arguments.dropFirst()), SessionFuzzer.run)
    }
}
#endif
