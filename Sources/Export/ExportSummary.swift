/// What an export wrote, for the line `kx export` and `.export` print.
public struct ExportSummary: Equatable, Sendable {
    /// The files written (two for KGX), or `standard output`.
    public var files: [String]
    /// RDF: the distinct triples (quads in TriG) a store holds after loading the export; KGX: nodes.
    public var triples: Int
    /// KGX: the nodes and edges written; 0 for RDF.
    public var nodes: Int
    public var edges: Int
    public var documents: Int
    public var bytes: Int
    public var format: ExportFormat

    /// `lit.nt: 1,234 triples from 2 documents; 56 KiB`.
    public var line: String {
        let what = format == .kgx ? "\(Self.count(nodes, "node")), \(Self.count(edges, "edge"))"
                                  : Self.count(triples, format == .trig ? "quad" : "triple")
        return "\(files.joined(separator: ", ")): \(what) from \(Self.count(documents, "document")); \(Self.size(bytes))"
    }

    /// `1 triple`, `1,234 triples`.
    static func count(_ number: Int, _ singular: String) -> String {
        "\(grouped(number)) \(number == 1 ? singular : singular + "s")"
    }

    /// `1,234,567`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }

    /// `56 KiB` (rounded up), `3.4 MiB`.
    static func size(_ bytes: Int) -> String {
        if bytes < 1_048_576 { return "\((bytes + 1023) / 1024) KiB" }
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10) MiB"
    }
}
