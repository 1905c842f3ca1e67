import FuzzReplay
import KnowledgeGraph
import KnowledgeStore

/// A fuzz target for the compiled knowledge reader: a damaged, truncated, foreign or hostile image
/// must be refused with a clear error, and one that opens must answer every read without a crash.
///
/// An input is an image. The checksum would refuse nearly every change the fuzzer makes, so the
/// input's length and checksum are rewritten to match first, which lets mutations reach the
/// section table and the columns behind it (the unit tests cover the checksum itself). The input
/// is also opened as it is, where a change to a section other than the strings and the schema,
/// checked only when first read, must make what reads it fail and nothing else.
///
/// Built with `-DFUZZING` (see `Fuzz/run image`), libFuzzer's driver runs it; built plainly it
/// replays files or folders of inputs given as arguments, as the tests do with `Fuzz/corpus/image`.
enum ImageFuzzer {
    /// Opens one input as an image and reads everything it holds.
    static func run(_ input: [UInt8]) {
        if let unsealed = try? Graph(compiled: input) {
            _ = try? unsealed.failingOnDamage { unsealed.entities.map(\.provenance.count).reduce(0, +) }
            _ = unsealed.documentIDs.compactMap(unsealed.document).count + unsealed.damagedReads
        }
        guard let graph = try? Graph(compiled: CompiledImageRepair.resealed(input)) else { return }
        _ = graph.entities.map(\.attributes.count).reduce(0, +) + graph.relations.map(\.provenance.count).reduce(0, +)
        _ = graph.documentIDs.compactMap(graph.document).count + graph.conflicts().count + graph.facts.count
        for position in 0..<min(graph.entityCount, 64) {
            _ = graph.positions(named: graph.id(at: position)).count + graph.words(startingWith: String(graph.name(at: position).prefix(2))).count
            _ = graph.neighbors(at: position, .incoming, qualified: true).count + graph.neighbors(at: position, .outgoing).count
        }
        for kind in graph.schema.kinds { _ = graph.positions(ofKind: kind.name).count }
    }
}

#if FUZZING
/// SwiftPM links an executable's `main` to this name, so it starts libFuzzer's driver itself.
@_cdecl("kx_fuzz_image_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzReplay.fuzz(argc, argv, ImageFuzzer.run)
}
#else
/// Replays the inputs named on the command line (see `FuzzReplay`).
@main
enum ImageFuzzerReplay {
    static func main() {
        FuzzReplay.replay(program: "kx-fuzz-image", ImageFuzzer.run)
    }
}
#endif
