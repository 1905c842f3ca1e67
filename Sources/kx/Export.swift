import ArgumentParser
import CEditLine
import Export
import FileSafety
import Foundation
import KnowledgeGraph
import KnowledgeStore
import Rendering

/// `kx export --format FORMAT [-o FILE]`: the whole loaded knowledge as RDF (N-Triples, Turtle, TriG)
/// or KGX JSON Lines, for RDF stores and Biolink pipelines.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kx export",
        abstract: "Write the whole loaded knowledge as RDF or KGX.",
        discussion: """
            Formats: ntriples (RDF 1.1, statements by standard reification; every RDF store loads it), turtle (RDF 1.2 reifiers and annotations; --rdf11 for RDF 1.1), trig (one nanopublication per statement) and kgx (KGX JSON Lines in Biolink Model terms: -o PREFIX writes PREFIX_nodes.jsonl and PREFIX_edges.jsonl, -o FOLDER/ writes FOLDER/nodes.jsonl and FOLDER/edges.jsonl). A hedged or denied statement is never written as a plain triple. RDF goes to standard output without -o. Files are written atomically. The knowledge is what kx would load with the same --knowledge and --no-builtin.
            """
    )

    @Option(help: ArgumentHelp("ntriples, turtle, trig or kgx.", valueName: "FORMAT"))
    var format: String

    @Option(name: .customShort("o"), help: ArgumentHelp("The file to write (for kgx: the prefix or folder of its two files).", valueName: "FILE"))
    var output: String?

    @Option(help: ArgumentHelp("The IRI everything exported is named under (default \(ExportOptions.defaultBase)).", valueName: "IRI"))
    var base: String = ExportOptions.defaultBase

    @Flag(name: .customLong("rdf11"), help: "Write Turtle as RDF 1.1: standard reification, the same triples as ntriples.")
    var rdf11 = false

    @OptionGroup var knowledge: KnowledgeOptions

    @Flag(help: "Never colour messages.")
    var noColor = false

    func validate() throws {
        guard let format = ExportFormat.named(format) else { throw ValidationError(Self.message(ExportFormat.unknown(format))) }
        do {
            _ = try ExportOptions.checkBase(base)
            try Exporter.check(format, rdf11: rdf11)
        } catch {
            throw ValidationError(Self.message(error))
        }
        if format == .kgx, output == nil {
            throw ValidationError("kgx writes two files (nodes and edges): name them with -o PREFIX or -o FOLDER/")
        }
    }

    func run() throws {
        let sink = StandardSink()
        guard let format = ExportFormat.named(format) else { throw ExitCode(2) }
        let started = Date()
        let graph: Graph
        do {
            graph = try KnowledgeLoader.load(try knowledge.selection.load())
        } catch let error as KnowledgeError {
            let style = Styler(enabled: !noColor && Terminal.colorAllowed(STDERR_FILENO))
            for diagnostic in error.diagnostics {
                sink.writeError(diagnostic.rendered(.terminal(style, width: Terminal.width(STDERR_FILENO))) + "\n")
            }
            sink.writeError("kx export: the knowledge could not be loaded; nothing was written\n")
            throw ExitCode(1)
        }
        Interrupts.install()
        let options = ExportOptions(base: base, rdf11: rdf11, creator: "kx \(KX.version)", cancellation: Interrupts.cancellation)
        let summary: ExportSummary
        do {
            // Results written so far to standard output go first, so the export is not interleaved with them.
            fflush(kx_standard_output())
            summary = try Exporter.write(graph, as: format, to: output.map(KX.expanded), options: options)
        } catch is Interrupted {
            sink.writeError("kx export: interrupted; nothing was written\n")
            throw ExitCode(130)
        } catch {
            sink.writeError("kx export: \(TerminalText.escapeControlCharacters("\(error)"))\n")
            throw ExitCode(1)
        }
        sink.writeError(TerminalText.escapeControlCharacters(summary.line) + String(format: " in %.2f s\n", Date().timeIntervalSince(started)))
    }

    /// An export error as one line, its notes after it.
    static func message(_ error: Error) -> String {
        TerminalText.escapeControlCharacters("\(error)")
    }
}
