import KnowledgeGraph

/// What `kx export` writes: three RDF syntaxes and KGX JSON Lines.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// RDF 1.1 N-Triples, statements by standard reification: the form every RDF store loads.
    case ntriples
    /// Turtle; RDF 1.2 (reifiers and annotations) unless `ExportOptions.rdf11`.
    case turtle
    /// TriG: one nanopublication per statement.
    case trig
    /// KGX JSON Lines: a nodes file and an edges file, in Biolink Model terms.
    case kgx

    /// The names, as usage lines list them.
    public static let names = allCases.map(\.rawValue)

    /// The format named `name` (case-insensitive).
    public static func named(_ name: String) -> ExportFormat? {
        ExportFormat(rawValue: name.lowercased())
    }

    /// Other names of the formats, which other tools use: suggested, not taken.
    static let otherNames: [String: ExportFormat] = ["nt": .ntriples, "n-triples": .ntriples, "ttl": .turtle,
                                                     "jsonl": .kgx, "nanopub": .trig]

    /// Why `name` names no format, with the format probably meant.
    public static func unknown(_ name: String) -> ExportError {
        let meant = otherNames[name.lowercased()]?.rawValue ?? Suggestion.closest(to: name.lowercased(), in: names)
        return ExportError("unknown export format '\(name)'", notes: (meant.map { ["did you mean '\($0)'?"] } ?? []) + ["the formats: \(names.joined(separator: ", "))"])
    }

    /// Whether the format is an RDF syntax (one file, or standard output).
    public var isRDF: Bool { self != .kgx }
}
