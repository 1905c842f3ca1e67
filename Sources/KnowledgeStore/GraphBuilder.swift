import KnowledgeGraph

/// Merges checked packs into one `Graph`, enforcing what only the whole can show: references to
/// ids that exist, relation domain and range, and that packs describing the same entity agree on
/// its kind. Sources may disagree on anything else: every statement is kept with its source.
///
/// It works on `PackDigest`s, each pack's statements as numbers, and numbers every string once for
/// the image as it goes; `GraphCompiler` then lays the merged rows out.
public enum GraphBuilder {
    /// At most this many problems are reported; a note says how many more there were.
    public static let maximumDiagnostics = 200

    /// - Parameters:
    ///   - diagnostics: problems already found in the packs, reported together with these.
    ///   - cancellation: checked between entities and relations; stops the build with `Interrupted`.
    ///   - progress: hears when merging and when compiling start.
    /// - Throws: `KnowledgeError` with every problem found, sorted by file and line; no graph is built then.
    static func build(schema: Schema, packs: [PackDigest], diagnostics earlier: [Diagnostic] = [],
                      cancellation: Cancellation? = nil, progress: (@Sendable (LoadProgress) -> Void)? = nil) throws -> Graph {
        progress?(.merging)
        var merged = try MergedGraph(schema: schema, packs: packs)
        var diagnostics = earlier + merged.documentProblems()
        let canonical = merged.identities(&diagnostics)
        try merged.mergeEntities(canonical: canonical, diagnostics: &diagnostics, cancellation: cancellation)
        try merged.mergeRelations(canonical: canonical, diagnostics: &diagnostics, cancellation: cancellation)
        guard diagnostics.isEmpty else { throw KnowledgeError(diagnostics.inFileOrder.capped(at: maximumDiagnostics)) }
        progress?(.compiling)
        let image = try GraphCompiler.compile(merged, cancellation: cancellation)
        return try Graph(image: image)
    }
}
