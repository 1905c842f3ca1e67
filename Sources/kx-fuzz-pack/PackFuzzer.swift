import Foundation
import FuzzReplay
import KnowledgeGraph
import KnowledgeStore

/// A fuzz target for everything that reads a knowledge pack: the YAML reader, the schema, the
/// facts file with its statements and qualifiers, quote search and diagnostic rendering.
///
/// An input is a facts file, optionally followed by a line `%%source` and a source text (so the
/// fuzzer can change both); without it the source is the built-in abstract. A last part after a
/// line `%%extension` is the pack's `schema-extension.yaml`. The schema is the
/// shipped one, read from `Knowledge/` in the working folder once. A crash, a hang or a trap is
/// a bug; a refused pack is the expected answer to most inputs.
///
/// Built with `-DFUZZING` and `-sanitize=fuzzer` (see `Fuzz/run`), libFuzzer's driver runs it.
/// Built plainly, it replays files or folders of inputs given as
/// arguments, as CI does with `Fuzz/corpus/pack`.
enum PackFuzzer {
    static let knowledge: (schema: [UInt8], source: [UInt8])? = {
        guard let files = try? KnowledgeFiles(directory: "Knowledge"),
              let schema = files.files["schema.yaml"], let source = files.files["pusztai-2006/source.txt"] else { return nil }
        return (schema, source)
    }()

    static let separator = Array("\n%%source\n".utf8)
    static let extensionSeparator = Array("\n%%extension\n".utf8)

    /// Loads one input as a pack and renders whatever it reports.
    static func run(_ input: [UInt8]) {
        guard let knowledge else { return }
        var facts = input, source = knowledge.source
        var files = ["schema.yaml": knowledge.schema]
        if let range = facts.firstRange(of: extensionSeparator) {
            files["p/\(Schema.extensionFile)"] = Array(facts[range.upperBound...])
            facts = Array(facts[..<range.lowerBound])
        }
        if let range = facts.firstRange(of: separator) {
            source = Array(facts[range.upperBound...])
            facts = Array(facts[..<range.lowerBound])
        }
        files["p/facts.yaml"] = facts
        files["p/source.txt"] = source
        let folder = KnowledgeFiles(root: "F", files: files)
        do {
            let graph = try KnowledgeLoader.load([folder])
            _ = graph.facts.count + graph.conflicts().count
        } catch let error as KnowledgeError {
            for diagnostic in error.diagnostics { _ = diagnostic.rendered() }
        } catch {
            return
        }
    }
}

#if FUZZING
/// SwiftPM links an executable's `main` to this name, so it starts libFuzzer's driver itself.
@_cdecl("kx_fuzz_pack_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzReplay.fuzz(argc, argv, PackFuzzer.run)
}
#else
/// Replays the inputs named on the command line (see `FuzzReplay`).
@main
enum PackFuzzerReplay {
    static func main() {
        FuzzReplay.replay(program: "kx-fuzz-pack", ready: PackFuzzer.knowledge != nil, unready: "run it from the repository root (it reads Knowledge/)", PackFuzzer.run)
    }
}
#endif
