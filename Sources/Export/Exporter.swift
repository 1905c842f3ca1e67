import FileSafety
import Foundation
import Glibc
import KnowledgeGraph
import KnowledgeStore

/// Exports a whole graph: RDF to one file (or standard output), KGX to a nodes file and an edges file.
/// Text is streamed through a 64 KiB buffer; files are replaced atomically, and a failed or stopped
/// export leaves them as they were.
public enum Exporter {
    /// Why `format` and `rdf11` do not go together, if they do not: `--rdf11` is Turtle's.
    public static func check(_ format: ExportFormat, rdf11: Bool) throws(ExportError) {
        guard rdf11, format != .turtle else { return }
        throw format == .kgx ? ExportError("--rdf11 is for turtle: kgx is not RDF")
                             : ExportError("--rdf11 is for turtle: \(format.rawValue) is RDF 1.1 already", notes: ["drop --rdf11"])
    }

    /// Writes `graph` as RDF in `format` to `sink`.
    /// - Returns: how many triples (quads for TriG) the export holds, and its bytes.
    public static func writeRDF(_ graph: Graph, as format: ExportFormat, options: ExportOptions, to sink: ByteSink) throws -> (triples: Int, bytes: Int) {
        try check(format, rdf11: options.rdf11)
        let writer = BufferedWriter(sink)
        let names = ExportNames(base: options.base)
        let serializer: RDFSerializer
        let layout: RDFExporter.Layout
        switch format {
        case .ntriples:
            serializer = NTriplesSerializer(writer)
            layout = .reification
        case .turtle:
            serializer = try TurtleSerializer(writer, namespaces: names.namespaces, rdf12: !options.rdf11, trig: false)
            layout = options.rdf11 ? .reification : .reifiers
        case .trig:
            serializer = try TurtleSerializer(writer, namespaces: names.namespaces, rdf12: false, trig: true)
            layout = .nanopublications
        case .kgx:
            throw ExportError("KGX is two JSON Lines files, not RDF")
        }
        try RDFExporter(graph: graph, layout: layout, options: options, serializer: serializer).run()
        return (serializer.count, writer.count)
    }

    /// Writes `graph` in `format`: RDF to the file `path` (standard output when nil), KGX to the two
    /// files `kgxFiles(for:)` names.
    public static func write(_ graph: Graph, as format: ExportFormat, to path: String?, options: ExportOptions) throws -> ExportSummary {
        try check(format, rdf11: options.rdf11)
        var summary = ExportSummary(files: [], triples: 0, nodes: 0, edges: 0, documents: graph.documentIDs.count, bytes: 0, format: format)
        guard format == .kgx else {
            let file = try path.map { try AtomicFile(path: $0) }
            let sink: ByteSink = file ?? DescriptorSink(descriptor: STDOUT_FILENO, name: "standard output")
            // A damaged text is found only when read: the file is then not committed.
            let written = try graph.failingOnDamage { try writeRDF(graph, as: format, options: options, to: sink) }
            try file?.commit()
            summary.files = [path ?? "standard output"]
            (summary.triples, summary.bytes) = written
            return summary
        }
        guard let path else {
            throw ExportError("KGX is two files, a nodes file and an edges file, so it is not written to standard output",
                              notes: ["name them with -o PREFIX (PREFIX_nodes.jsonl, PREFIX_edges.jsonl) or -o FOLDER/"])
        }
        let files = kgxFiles(for: path)
        let nodeFile = try AtomicFile(path: files.nodes), edgeFile = try AtomicFile(path: files.edges)
        let nodes = BufferedWriter(nodeFile), edges = BufferedWriter(edgeFile)
        (summary.nodes, summary.edges) = try graph.failingOnDamage { try KGXExporter(graph: graph, options: options).run(nodes: nodes, edges: edges) }
        try nodeFile.commit()
        try edgeFile.commit()
        summary.files = [files.nodes, files.edges]
        summary.bytes = nodes.count + edges.count
        return summary
    }

    /// Where `-o path` puts KGX: `path/nodes.jsonl` and `path/edges.jsonl` for a folder (or a path
    /// ending in `/`), else `path_nodes.jsonl` and `path_edges.jsonl`, as `kgx transform -o path` names them;
    /// `/dev/null` discards both.
    public static func kgxFiles(for path: String) -> (nodes: String, edges: String) {
        if (try? FileTarget.check(path)) == .null { return (path, path) }
        var status = stat()
        let isFolder = path.hasSuffix("/") || (stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR)
        guard isFolder else { return (path + "_nodes.jsonl", path + "_edges.jsonl") }
        let folder = path.hasSuffix("/") ? path : path + "/"
        return (folder + "nodes.jsonl", folder + "edges.jsonl")
    }
}
