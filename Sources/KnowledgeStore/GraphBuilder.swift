import FileSafety
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
        let merged = try merge(schema: schema, packs: packs, diagnostics: earlier, cancellation: cancellation, progress: progress)
        progress?(.compiling)
        return try Graph(image: GraphCompiler.compile(merged, cancellation: cancellation))
    }

    /// As `build`, but the image is written into `file` as it is laid out, never held whole.
    static func write(schema: Schema, packs: [PackDigest], diagnostics earlier: [Diagnostic] = [], to file: AtomicFile,
                      cancellation: Cancellation? = nil, progress: (@Sendable (LoadProgress) -> Void)? = nil) throws -> CompiledSummary {
        let merged = try merge(schema: schema, packs: packs, diagnostics: earlier, cancellation: cancellation, progress: progress)
        progress?(.compiling)
        let writer = try GraphCompiler.layOut(merged, cancellation: cancellation)
        let (entities, relations, documents) = (writer.count(of: .entityID), writer.count(of: .relationSubject), writer.count(of: .documentID))
        progress?(.writing)
        return CompiledSummary(entities: entities, relations: relations, documents: documents, bytes: try writer.finish(to: file))
    }

    private static func merge(schema: Schema, packs: [PackDigest], diagnostics earlier: [Diagnostic],
                              cancellation: Cancellation?, progress: (@Sendable (LoadProgress) -> Void)?) throws -> MergedGraph {
        progress?(.merging)
        var merged = try MergedGraph(schema: schema, packs: packs)
        var diagnostics = earlier + merged.documentProblems()
        let canonical = merged.identities(&diagnostics)
        try merged.mergeEntities(canonical: canonical, diagnostics: &diagnostics, cancellation: cancellation)
        try merged.mergeRelations(canonical: canonical, diagnostics: &diagnostics, cancellation: cancellation)
        guard diagnostics.isEmpty else { throw KnowledgeError(diagnostics.inFileOrder.capped(at: maximumDiagnostics)) }
        return merged
    }
}
