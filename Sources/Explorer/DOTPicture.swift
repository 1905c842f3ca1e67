import KnowledgeGraph
import KnowledgeQuery
import Rendering

/// A picture of entities and the relation statements among them, in Graphviz's DOT language.
///
/// Entities are rounded boxes filled with their kind's colour (from a fixed palette, by the kind's
/// place in the schema, so a kind keeps its colour in every picture), showing the name wrapped and,
/// smaller, the id and kind; the entities a result is about have a heavier border. Relations are
/// arrows labelled with their name; a hedged one is dashed, with its hedge in the label (`[may]`);
/// a denied one is red, ends in a bar and says `[not]`. A legend under the picture lists only the
/// kinds and the kinds of arrow drawn, and the result's notes. Everything from data is escaped by
/// `DOTText`; nodes and edges keep the order they were added, so the text is deterministic.
struct DOTPicture {
    /// A relation statement drawn from `tail` to `head`; `backward` when the statement's subject is
    /// `head` (a path walked against the relation), so the arrow points back at `tail`.
    struct Edge {
        var tail: String
        var head: String
        var relation: String
        var hedge: String?
        var negated: Bool
        var backward = false
    }

    /// The schema's kinds in order: a kind's place chooses its colour.
    var kinds: [String]
    /// The entities drawn, in the order added, and their ids.
    private(set) var entities: [EntitySummary] = []
    private var ids: Set<String> = []
    /// The entities the result is about (a card's entity, a path's ends), drawn with a heavier border.
    private var focus: Set<String> = []
    var edges: [Edge] = []
    /// The result's notes, said under the legend.
    var notes: [String] = []

    /// Characters a line of an entity's name holds before it wraps.
    static let nameWidth = 24
    /// Characters a line of an entity's id and kind holds before they go on lines of their own.
    static let idWidth = 36
    /// Pastel fills, dark text on each; kinds beyond the last start again.
    static let palette = ["#a6d8f0", "#ffd59e", "#b9e4b4", "#f4b6c2", "#d5c4ec", "#fff1a8", "#a8e6dc", "#f9c9a6",
                          "#d3e0a8", "#e6cfb8", "#c6d4f5", "#f2c6e8", "#dcdcdc", "#b7e3c9", "#f7d7c4", "#cfe3ef"]
    static let denied = "#c62828"
    static let ink = "#4a4a4a"

    init(kinds: [String]) {
        self.kinds = kinds
    }

    /// Adds an entity once; `focused` marks it as one the result is about.
    mutating func add(_ entity: EntitySummary, focused: Bool = false) {
        if focused { focus.insert(entity.id) }
        guard ids.insert(entity.id).inserted else { return }
        entities.append(entity)
    }

    func contains(_ id: String) -> Bool {
        ids.contains(id)
    }

    /// Adds the relation statement as an arrow from its subject to its object.
    mutating func add(_ relation: Relation) {
        edges.append(Edge(tail: relation.subject, head: relation.object, relation: relation.type,
                          hedge: relation.qualifiers.hedge, negated: relation.qualifiers.negated))
    }

    /// The kinds drawn, in the schema's order (kinds it does not list last, by name), each with its
    /// colour: the palette's colour at the kind's place in the schema (or after the schema's kinds).
    var presentKinds: [(kind: String, colour: String)] {
        var seen = Set<String>()
        let present = entities.map(\.kind).filter { seen.insert($0).inserted }
        let unlisted = present.filter { !kinds.contains($0) }.sorted()
        return present.map { kind in
            (kind, kinds.firstIndex(of: kind) ?? kinds.count + (unlisted.firstIndex(of: kind) ?? 0))
        }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map { ($0.0, Self.palette[$0.1 % Self.palette.count]) }
    }

    /// The picture as DOT text, ending with a newline.
    var text: String {
        let present = presentKinds
        let colours = Dictionary(present.map { ($0.kind, $0.colour) }, uniquingKeysWith: { first, _ in first })
        var lines = [
            "digraph kx {",
            "  graph [rankdir=\(isGrid ? "TB" : "LR"), fontname=\"Helvetica\", fontsize=11, nodesep=0.3, ranksep=0.55, pad=0.3, labelloc=b, labeljust=l, "
                + "newrank=true, outputorder=edgesfirst]",
            "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=12, color=\"#7a7a7a\", penwidth=1.2, "
                + "fontcolor=\"#1f1f1f\", margin=\"0.14,0.07\"]",
            "  edge [fontname=\"Helvetica\", fontsize=10, color=\"\(Self.ink)\", fontcolor=\"#333333\", arrowsize=0.7, penwidth=1.1]",
        ]
        lines.reserveCapacity(entities.count + edges.count + 8)
        for entity in entities {
            let label = "<\(DOTText.htmlLines(entity.name, width: Self.nameWidth))<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#555555\">"
                + "\(Self.idLine(entity))</FONT>>"
            var attributes = ["label=\(label)", "fillcolor=\"\(colours[entity.kind] ?? Self.palette[0])\""]
            if focus.contains(entity.id) { attributes.append("penwidth=2.6, color=\"#333333\"") }
            lines.append("  \(DOTText.quoted(entity.id)) [\(attributes.joined(separator: ", "))]")
        }
        for edge in edges {
            lines.append("  \(DOTText.quoted(edge.tail)) -> \(DOTText.quoted(edge.head)) [\(Self.attributes(of: edge))]")
        }
        lines += grid()
        if let legend = legend(present) { lines.append("  label=<\(legend)>") }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The small line under a name: `id · kind` (the kind alone when the name is the id), the id and
    /// the kind on lines of their own when that is too wide; an id is never broken, since people type it.
    static func idLine(_ entity: EntitySummary) -> String {
        if entity.name == entity.id { return DOTText.html(entity.kind) }
        let line = "\(entity.id) · \(entity.kind)"
        if TerminalText.displayWidth(of: TerminalText.escapeControlCharacters(line)) <= idWidth { return DOTText.html(line) }
        return DOTText.html(entity.id) + "<BR/>" + DOTText.html(entity.kind)
    }

    /// Whether the entities, having no relation among them, are laid out as a grid (read left to
    /// right, then top to bottom) instead of one long column.
    private var isGrid: Bool {
        edges.isEmpty && entities.count > 4
    }

    /// The invisible arrows that make the grid: each entity above the one a row further on.
    private func grid() -> [String] {
        guard isGrid else { return [] }
        var columns = 1
        while columns * columns < entities.count { columns += 1 }
        return (0..<(entities.count - columns)).map { index in
            "  \(DOTText.quoted(entities[index].id)) -> \(DOTText.quoted(entities[index + columns].id)) [style=invis]"
        }
    }

    /// How an arrow looks: its label, and dashed when hedged, red with a bar when denied.
    static func attributes(of edge: Edge) -> String {
        let tag = Qualifiers(hedge: edge.hedge, negated: edge.negated).tag
        var attributes = ["label=\(DOTText.quoted(tag.isEmpty ? edge.relation : "\(edge.relation) \(tag)"))"]
        if edge.hedge != nil { attributes.append("style=dashed") }
        if edge.negated {
            attributes += ["color=\"\(denied)\"", "fontcolor=\"\(denied)\"", "penwidth=1.6", "arrowsize=1", edge.backward ? "arrowtail=tee" : "arrowhead=tee"]
        }
        if edge.backward { attributes.append("dir=back") }
        return attributes.joined(separator: ", ")
    }
}
