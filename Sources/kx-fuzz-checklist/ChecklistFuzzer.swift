import Checklists
import Foundation
import FuzzReplay
import KnowledgeGraph
import KnowledgeStore
import Rendering

/// A fuzz target for reporting checklists: the checklist file's YAML, its fields checked against the
/// schema, its cue patterns compiled and matched, and the report built and rendered.
///
/// An input is a checklist file, optionally followed by a line `%%source` and a source text whose
/// segments the cues are matched against (the built-in abstract without it). The schema and the
/// graph the report is built on are the shipped knowledge, read from `Knowledge/` in the working
/// folder once. A crash, a hang or a trap is a bug; a refused checklist is the expected answer to
/// most inputs.
///
/// Built with `-DFUZZING` and `-sanitize=fuzzer` (see `Fuzz/run`), libFuzzer's driver runs it.
/// Built plainly, it replays files or folders of inputs given as arguments, as CI does with
/// `Fuzz/corpus/checklist`.
enum ChecklistFuzzer {
    static let knowledge: (graph: Graph, source: String)? = {
        guard let files = try? KnowledgeFiles(directory: "Knowledge"), let graph = try? KnowledgeLoader.load([files]),
              let bytes = files.files["pusztai-2006/source.txt"], let source = String(validating: bytes, as: UTF8.self) else { return nil }
        return (graph, source)
    }()

    static let separator = Array("\n%%source\n".utf8)

    /// Loads one input as a checklist and reports with it, rendering whatever it says.
    static func run(_ input: [UInt8]) {
        guard let knowledge else { return }
        var bytes = input, source = knowledge.source
        if let range = bytes.firstRange(of: separator) {
            source = String(decoding: bytes[range.upperBound...], as: UTF8.self)
            bytes = Array(bytes[..<range.lowerBound])
        }
        let checklist: Checklist
        do {
            checklist = try Checklist.load(Checklist.Source(name: "fuzz", path: "checklists/fuzz.yaml", bytes: bytes), schema: knowledge.graph.schema)
        } catch {
            for diagnostic in error.diagnostics { _ = diagnostic.rendered() }
            return
        }
        let document = SourceDocument(id: "fuzz", citation: "fuzz", text: source)
        for segment in document.segments {
            let text = CuePattern.folded(document.excerpt(segment.start..<segment.end))
            for item in checklist.items { _ = item.cues.contains { $0.matches(folded: text) } }
        }
        let report = ChecklistReport(checklist: checklist, graph: knowledge.graph)
        for format in TableFormat.allCases { _ = TableRenderer().render(report.table, as: format, width: 80) }
    }
}

#if FUZZING
/// SwiftPM links an executable's `main` to this name, so it starts libFuzzer's driver itself.
@_cdecl("kx_fuzz_checklist_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzReplay.fuzz(argc, argv, ChecklistFuzzer.run)
}
#else
/// Replays the inputs named on the command line (see `FuzzReplay`).
@main
enum ChecklistFuzzerReplay {
    static func main() {
        FuzzReplay.replay(program: "kx-fuzz-checklist", ready: ChecklistFuzzer.knowledge != nil, unready: "run it from the repository root (it reads Knowledge/)", ChecklistFuzzer.run)
    }
}
#endif
