import EmbeddedKnowledge
import Explorer
import FileSafety
import Foundation
import FuzzReplay
import KnowledgeGraph
import KnowledgeStore

/// A fuzz target for lesson progress files: the reader (JSON read as located YAML, every key and
/// number checked), the round trip of what it reads, and a session that resumes the built-in
/// `registry-minute` lesson from the input, lists the lessons, answers, moves on and reports.
///
/// Each input is the progress file `built-in/registry-minute.json` of a store in a temporary folder
/// of this process. A crash, a hang, a trap or a file that does not read back as written is a bug;
/// a refused file is the expected answer to most inputs.
///
/// Built with `-DFUZZING` (see `Fuzz/run progress`), libFuzzer's driver runs it; built plainly it
/// replays files or folders of inputs given as arguments, as the tests do with `Fuzz/corpus/progress`.
enum ProgressFuzzer {
    static let knowledge = EmbeddedKnowledge.folder()
    static let graph: Graph? = try? KnowledgeLoader.load([knowledge])
    static let store = NSTemporaryDirectory() + "kx-fuzz-progress-\(getpid())"

    static func run(_ input: [UInt8]) {
        guard let graph else { return }
        if let file = try? ProgressFile.read(input, file: "progress.json") {
            guard (try? ProgressFile.read(Array(file.text.utf8), file: "progress.json")) == file else {
                FileHandle.standardError.write(Data("kx-fuzz-progress: a progress file does not read back as it was written: \(file)\n".utf8))
                abort()
            }
        }
        let folder = store + "/built-in"
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else { return }
        defer { try? FileManager.default.removeItem(atPath: store) }
        do {
            try input.withUnsafeBytes { try AtomicFile.write($0, to: folder + "/registry-minute.json") }
        } catch {
            return
        }
        var settings = Settings()
        settings.width = 80
        settings.keepGoing = true
        let session = Session(knowledge: [knowledge], graph: graph, settings: settings, sink: BufferSink())
        session.classroom.progressStore = ProgressStore(folder: store)
        defer { session.finish() }
        for statement in [".lessons", ".lesson registry-minute", ".where", "registher -> covers", ".next", ".report", ".lesson registry-minute restart"] {
            session.execute(statement)
        }
    }
}

#if FUZZING
/// SwiftPM links an executable's `main` to this name, so it starts libFuzzer's driver itself.
@_cdecl("kx_fuzz_progress_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzReplay.fuzz(argc, argv, ProgressFuzzer.run)
}
#else
/// Replays the inputs named on the command line (see `FuzzReplay`).
@main
enum ProgressFuzzerReplay {
    static func main() {
        FuzzReplay.replay(program: "kx-fuzz-progress", ready: ProgressFuzzer.graph != nil, unready: "the built-in knowledge does not load", ProgressFuzzer.run)
    }
}
#endif
