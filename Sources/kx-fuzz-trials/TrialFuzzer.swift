import Foundation
import EmbeddedKnowledge
import FuzzReplay
import KnowledgeGraph
import KnowledgeImport

/// A fuzz target for `kx import` of ClinicalTrials.gov records: the JSON reader, the study reader,
/// the `source.txt` and `facts.yaml` built from each study, and the pack loader that reads them
/// back against the built-in schema.
///
/// An input is a JSON file, read as a study, a page of search results or an array of studies.
/// Nothing touches the disk: the schema is the embedded one. A crash, a hang or a trap is a bug,
/// and so is a pack made from a study that does not load (it aborts); a refused file is the
/// expected answer to most inputs.
///
/// Built with `-DFUZZING` (see `Fuzz/run trials`), libFuzzer's driver runs it; built plainly it
/// replays files or folders of inputs given as arguments, as the tests do with `Fuzz/corpus/trials`.
enum TrialFuzzer {
    static let loader: PackLoader? = {
        guard let bytes = EmbeddedKnowledge.files()["schema.yaml"], let text = String(validating: bytes, as: UTF8.self) else { return nil }
        return (try? Schema.load(text: text, file: "schema.yaml")).map { PackLoader(schema: $0) }
    }()

    /// Reads one input as ClinicalTrials.gov records and imports and loads every study found.
    static func run(_ input: [UInt8]) {
        guard let loader, let text = String(validating: input, as: UTF8.self) else { return }
        let trials: [TrialRecord]
        do {
            trials = try ClinicalTrialsReader.read(text, file: "input.json")
        } catch let error as KnowledgeError {
            for diagnostic in error.diagnostics { _ = diagnostic.rendered() }
            return
        } catch {
            return
        }
        for trial in trials {
            let pack = PackWriter.pack(trial, id: PackWriter.baseID(trial))
            let source = (path: pack.id + "/source.txt", bytes: Array(pack.source.utf8))
            // kx import writes only what the record states, quoted from the source it writes, so its pack must load.
            do {
                let (loaded, diagnostics) = try loader.check(facts: pack.facts, factsPath: pack.id + "/facts.yaml") { name in
                    name == "source.txt" ? source : nil
                }
                _ = loaded.document.segments.count + loaded.entities.count + loaded.relations.count + pack.notes.count
                if let problem = diagnostics.first { fail(problem.rendered(), pack) }
            } catch let error as KnowledgeError {
                fail(error.diagnostics.map { $0.rendered() }.joined(separator: "\n"), pack)
            } catch {
                fail("\(error)", pack)
            }
        }
    }

    private static func fail(_ problem: String, _ pack: PackWriter.Pack) -> Never {
        FileHandle.standardError.write(Data("kx-fuzz-trials: an imported pack does not load: \(problem)\n\(pack.facts)\n".utf8))
        abort()
    }
}

#if FUZZING
/// SwiftPM links an executable's `main` to this name, so it starts libFuzzer's driver itself.
@_cdecl("kx_fuzz_trials_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzReplay.fuzz(argc, argv, TrialFuzzer.run)
}
#else
/// Replays the inputs named on the command line (see `FuzzReplay`).
@main
enum TrialFuzzerReplay {
    static func main() {
        FuzzReplay.replay(program: "kx-fuzz-trials", ready: TrialFuzzer.loader != nil, unready: "the embedded schema does not load", TrialFuzzer.run)
    }
}
#endif
