import Foundation
import EmbeddedKnowledge
import FuzzReplay
import KnowledgeGraph
import KnowledgeImport

/// A fuzz target for `kx import`: the four PubMed record readers (XML, MEDLINE, the Abstract (text)
/// export and the saved abstract page), the `source.txt` and `facts.yaml` built from each record
/// (its topics among them), and the pack loader that reads them back against the built-in schema.
///
/// An input is a record file, read as each of the four formats in turn (not only the one
/// `RecordReader` would choose), so a mutation that breaks one format's look still reaches the
/// others. Nothing touches the disk: the schema is the embedded one. A crash, a hang or a trap is
/// a bug, and so is a pack made from a record that does not load (it aborts); a refused record is
/// the expected answer to most inputs.
///
/// Built with `-DFUZZING` (see `Fuzz/run import`), libFuzzer's driver runs it; built plainly it
/// replays files or folders of inputs given as arguments, as the tests do with `Fuzz/corpus/import`.
enum ImportFuzzer {
    static let loader: PackLoader? = {
        guard let bytes = EmbeddedKnowledge.files()["schema.yaml"], let text = String(validating: bytes, as: UTF8.self) else { return nil }
        return (try? Schema.load(text: text, file: "schema.yaml")).map { PackLoader(schema: $0) }
    }()

    /// Reads one input as every format and imports and loads every record found.
    static func run(_ input: [UInt8]) {
        guard let loader, let text = String(validating: input, as: UTF8.self) else { return }
        for format in RecordReader.Format.allCases {
            do {
                for record in try RecordReader.read(text, file: "input", as: format) {
                    let pack = PackWriter.pack(record, id: PackWriter.baseID(record))
                    let source = (path: pack.id + "/source.txt", bytes: Array(pack.source.utf8))
                    let (loaded, diagnostics) = try loader.check(facts: pack.facts, factsPath: pack.id + "/facts.yaml") { name in
                        name == "source.txt" ? source : nil
                    }
                    _ = loaded.document.segments.count + loaded.entities.count + loaded.relations.count
                    // kx import writes only what the record states, quoted from the source it writes, so its pack must load.
                    if let problem = diagnostics.first {
                        FileHandle.standardError.write(Data(("kx-fuzz-import: an imported pack does not load: \(problem.rendered())\n\(pack.facts)\n").utf8))
                        abort()
                    }
                }
            } catch let error as KnowledgeError {
                for diagnostic in error.diagnostics { _ = diagnostic.rendered() }
            } catch {
                continue
            }
        }
    }
}

#if FUZZING
/// SwiftPM links an executable's `main` to this name, so it starts libFuzzer's driver itself.
@_cdecl("kx_fuzz_import_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzReplay.fuzz(argc, argv, ImportFuzzer.run)
}
#else
/// Replays the inputs named on the command line (see `FuzzReplay`).
@main
enum ImportFuzzerReplay {
    static func main() {
        FuzzReplay.replay(program: "kx-fuzz-import", ready: ImportFuzzer.loader != nil, unready: "the embedded schema does not load", ImportFuzzer.run)
    }
}
#endif
