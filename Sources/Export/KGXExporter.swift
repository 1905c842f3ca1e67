import KnowledgeGraph
import KnowledgeStore

/// Writes a graph as KGX JSON Lines in Biolink Model terms: one node a line (every entity) and one edge
/// a line (every relation statement), in graph order. The mapping is the schema's `biolink` keys.
final class KGXExporter {
    /// The information resource kx names as every statement's primary knowledge source.
    static let knowledgeSource = "infores:kx"
    /// The category of a kind the schema maps to no Biolink class: Biolink's root class.
    static let anyCategory = "biolink:NamedThing"
    /// The predicate of a relation the schema maps to no Biolink predicate.
    static let anyPredicate = "biolink:related_to"

    let graph: Graph
    let names: ExportNames
    let options: ExportOptions

    init(graph: Graph, options: ExportOptions) {
        self.graph = graph
        self.names = ExportNames(base: options.base)
        self.options = options
    }

    /// Writes the nodes to `nodes` and the edges to `edges`; returns how many of each.
    func run(nodes: BufferedWriter, edges: BufferedWriter) throws -> (nodes: Int, edges: Int) {
        var edgeCount = 0
        for position in 0..<graph.entityCount {
            if position % 256 == 0 { try options.cancellation?.check() }
            let entity = graph.entity(at: position)
            try nodes.write(node(entity) + "\n")
            for (offset, index) in graph.relationIndexes(at: position, .outgoing).enumerated() {
                try edges.write(edge(graph.relation(at: index), number: entity.attributes.count + offset + 1) + "\n")
                edgeCount += 1
            }
        }
        try nodes.flush()
        try edges.flush()
        return (graph.entityCount, edgeCount)
    }

    /// An entity's CURIE: `kxe:registher` (the prefix stands for the export's `entity/` namespace).
    func curie(_ id: String) -> String { "kxe:" + id }

    /// A node: the Biolink properties, kx's kind and notes, and each attribute's plainly asserted
    /// values under its property's CURIE (`kxp:status`), with the quotes that state them and those that
    /// name the entity as `supporting_text`, their documents as `publications`.
    func node(_ entity: Entity) -> String {
        let kind = graph.schema.kind(entity.kind)
        var fields = [("id", JSONText.string(curie(entity.id))), ("category", JSONText.array([kind?.biolink ?? Self.anyCategory])),
                      ("name", JSONText.string(entity.name))]
        if !entity.aliases.isEmpty { fields.append(("synonym", JSONText.array(Self.distinct(entity.aliases)))) }
        if !entity.xrefs.isEmpty {
            fields.append(("xref", JSONText.array(entity.xrefs.map { (graph.schema.xrefSystem($0.prefix)?.curie ?? $0.prefix) + ":" + $0.value })))
        }
        fields.append(("iri", JSONText.string(names.entity(entity.id).iriText ?? "")))
        fields.append(("provided_by", JSONText.array([Self.knowledgeSource])))
        let asserted = entity.attributes.filter(\.qualifiers.isAsserted)
        let quotes = entity.provenance + asserted.flatMap(\.provenance)
        if !quotes.isEmpty {
            fields.append(("publications", JSONText.array(Self.distinct(quotes.map { "kxd:" + IRISyntax.documentSegment($0.document) }))))
            fields.append(("supporting_text", JSONText.array(Self.distinct(quotes.map(verbatim)))))
        }
        fields.append(("kx_kind", JSONText.string(entity.kind)))
        if !entity.notes.isEmpty { fields.append(("kx_notes", JSONText.array(Self.distinct(entity.notes)))) }
        var attributeNames: [String] = []
        for attribute in asserted where !attributeNames.contains(attribute.name) { attributeNames.append(attribute.name) }
        for name in attributeNames {
            var values: [String] = []
            for attribute in asserted where attribute.name == name {
                let value = Self.json(attribute.value)
                if !values.contains(value) { values.append(value) }
            }
            fields.append(("kxp:" + IRISyntax.segment(name), "[" + values.joined(separator: ",") + "]"))
        }
        return Self.object(fields)
    }

    /// An edge: the relation statement with its Biolink predicate, the kx relation as
    /// `original_predicate`, its quotes, document and qualifiers.
    func edge(_ relation: Relation, number: Int) -> String {
        let type = graph.schema.relation(relation.type)
        var fields = [("id", JSONText.string("kxs:\(relation.subject).\(number)")), ("subject", JSONText.string(curie(relation.subject))),
                      ("predicate", JSONText.string(type?.biolink ?? Self.anyPredicate)), ("object", JSONText.string(curie(relation.object))),
                      ("original_predicate", JSONText.string("kxp:" + IRISyntax.segment(relation.type))),
                      ("negated", relation.qualifiers.negated ? "true" : "false"),
                      ("knowledge_level", JSONText.string("knowledge_assertion")), ("agent_type", JSONText.string("manual_agent")),
                      ("primary_knowledge_source", JSONText.string(Self.knowledgeSource)),
                      ("publications", JSONText.array(["kxd:" + IRISyntax.documentSegment(relation.document)])),
                      ("supporting_text", JSONText.array(relation.provenance.map(verbatim)))]
        if let hedge = relation.qualifiers.hedge { fields.append(("kx_hedge", JSONText.string(hedge))) }
        if let asOf = relation.qualifiers.asOf { fields.append(("kx_as_of", JSONText.string(asOf.description))) }
        if !relation.qualifiers.notes.isEmpty { fields.append(("kx_notes", JSONText.array(relation.qualifiers.notes))) }
        return Self.object(fields)
    }

    /// The quote's words exactly as its document has them.
    private func verbatim(_ provenance: Provenance) -> String {
        guard let text = graph.text(ofDocument: provenance.document) else { return provenance.quote }
        let lower = min(max(0, provenance.start), text.count), upper = min(max(lower, provenance.end), text.count)
        return String(decoding: UnsafeBufferPointer(rebasing: text[lower..<upper]), as: UTF8.self)
    }

    /// A value as JSON: numbers as numbers, everything else as its text.
    private static func json(_ value: Value) -> String {
        if case .number = value, value.description.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || ".-e+".unicodeScalars.contains($0) }) {
            return value.description
        }
        return JSONText.string(value.description)
    }

    private static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { JSONText.string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    private static func distinct(_ texts: [String]) -> [String] {
        var seen: Set<String> = []
        return texts.filter { seen.insert($0).inserted }
    }
}
