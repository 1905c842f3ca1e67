import Foundation
import FuzzReplay
import LineEditor

/// A fuzz target for history files: someone else's file, a damaged one, or one from another
/// program, read at start-up by the line editor into libedit's history (capped, refused when it
/// is not text), and the history format's encoding, which must give back every entry it decodes.
///
/// An input is a history file, written to a temporary file that a new line editor loads. A crash,
/// a hang or a trap is a bug, and so is an entry that does not survive encoding (it aborts).
///
/// Built with `-DFUZZING` (see `Fuzz/run history`), libFuzzer's driver runs it; built plainly it
/// replays files or folders of inputs given as arguments, as the tests do with `Fuzz/corpus/history`.
enum HistoryFuzzer {
    static let path = NSTemporaryDirectory() + "kx-fuzz-history-\(getpid())"

    /// Loads one input as the history file of a new line editor, and checks the format's round trip.
    static func run(_ input: [UInt8]) {
        guard FileManager.default.createFile(atPath: path, contents: Data(input)) else { return }
        defer { unlink(path) }
        let editor = LineEditor(programName: "kx-fuzz-history", historyFile: path, historyLimit: 100) { _, cursor in
            Completion(replaceFrom: cursor, candidates: [])
        }
        _ = editor.historyEntries.count
        guard let text = String(validating: input, as: UTF8.self) else { return }
        let entries = HistoryFile.decode(text)
        if HistoryFile.decode(HistoryFile.encode(entries)) != entries {
            FileHandle.standardError.write(Data(("kx-fuzz-history: an entry does not survive encoding: \(entries)\n").utf8))
            abort()
        }
    }
}

#if FUZZING
/// SwiftPM links an executable's `main` to this name, so it starts libFuzzer's driver itself.
@_cdecl("kx_fuzz_history_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzReplay.fuzz(argc, argv, HistoryFuzzer.run)
}
#else
/// Replays the inputs named on the command line (see `FuzzReplay`).
@main
enum HistoryFuzzerReplay {
    static func main() {
        FuzzReplay.replay(program: "kx-fuzz-history", HistoryFuzzer.run)
    }
}
#endif
