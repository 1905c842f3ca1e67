import KnowledgeGraph
import KnowledgeStore

extension ChecklistReport {
    /// The report of `checklist` on `graph`, counting only what `documents` state (all when nil): its
    /// subjects are the entities of the checklist's kind (and attribute values) that those documents
    /// describe, sorted by id. Each item's fields are read from each subject and counted; an item
    /// nothing models has its cues matched against the segments of the subject's documents.
    /// O(statements the fields reach + the documents' text × the cues' programs).
    public init(checklist: Checklist, graph: Graph, documents: Set<String>? = nil) {
        var builder = ChecklistReportBuilder(graph: graph, documents: documents)
        let subjects = builder.subjects(checklist.subjects)
        self.checklist = checklist
        self.subjects = subjects.map { graph.id(at: $0) }
        self.subjectPlural = graph.schema.kind(checklist.subjects.kind)?.plural ?? checklist.subjects.kind + "s"
        self.rows = subjects.flatMap { position in
            checklist.items.enumerated().map { index, item in builder.row(item, index: index, subject: position) }
        }
    }
}

/// The work of one report: the entities and documents read once, and each document's cue matches.
struct ChecklistReportBuilder {
    let graph: Graph
    let documents: Set<String>?
    private var entities: [Int: Entity] = [:]
    private var sources: [String: SourceDocument] = [:]
    /// The segments of a document each item's cues match, by document and item index.
    private var matches: [String: [Int: [Segment]]] = [:]

    init(graph: Graph, documents: Set<String>?) {
        self.graph = graph
        self.documents = documents
    }

    private func counted(_ document: String) -> Bool { documents?.contains(document) ?? true }

    private mutating func entity(_ position: Int) -> Entity {
        if let entity = entities[position] { return entity }
        let entity = graph.entity(at: position)
        entities[position] = entity
        return entity
    }

    /// The positions of the entities the checklist is about, sorted by id.
    mutating func subjects(_ subjects: ChecklistSubjects) -> [Int] {
        var found: [(id: String, position: Int)] = []
        for position in graph.positions(ofKind: subjects.kind) {
            let entity = self.entity(position)
            let described = entity.provenance.contains { counted($0.document) } || entity.attributes.contains { counted($0.document) }
            let selected = subjects.filters.allSatisfy { filter in
                entity.attributes.contains { attribute in
                    attribute.name == filter.attribute && attribute.qualifiers.isAsserted
                        && filter.values.contains { $0.lowercased() == attribute.value.key }
                }
            }
            if described && selected { found.append((entity.id, position)) }
        }
        return found.sorted { $0.id < $1.id }.map(\.position)
    }

    /// The documents in scope that say something about the subject, in the graph's document order.
    private mutating func documents(of position: Int) -> [String] {
        let entity = self.entity(position)
        var named = Set(entity.provenance.map(\.document) + entity.attributes.map(\.document))
        for direction in [Direction.outgoing, .incoming] {
            for index in graph.relationIndexes(at: position, direction) { named.insert(graph.relation(at: index).document) }
        }
        return graph.documentIDs.filter { named.contains($0) && counted($0) }
    }

    mutating func row(_ item: ChecklistItem, index: Int, subject: Int) -> ChecklistReport.Row {
        var counts: [ChecklistReport.FieldCount] = [], quoted: [Provenance] = []
        for field in item.fields {
            let (count, provenance) = statements(of: field, from: subject)
            counts.append(ChecklistReport.FieldCount(field: field.written, count: count))
            quoted += provenance
        }
        let documents = self.documents(of: subject)
        var cited: [(document: String, segment: Segment)] = []
        let status: ChecklistReport.Status
        if counts.contains(where: { $0.count > 0 }) {
            status = .modelled
            for provenance in quoted {
                guard let source = source(provenance.document) else { continue }
                cited += source.segments(overlapping: provenance.start..<provenance.end).map { (provenance.document, $0) }
            }
        } else {
            for document in documents { cited += cueMatches(item, index: index, in: document).map { (document, $0) } }
            status = cited.isEmpty ? .notStated : .toModel
        }
        let named = Set(documents + cited.map(\.document))
        let order = graph.documentIDs.filter(named.contains)
        return ChecklistReport.Row(subject: graph.id(at: subject), item: item, status: status, counts: counts,
                                   segments: Self.citation(cited, order: order, naming: order.count > 1))
    }

    /// How many statements in scope the field holds for the subject (identifiers, for `xrefs`), with their quotes.
    private mutating func statements(of field: ChecklistField, from subject: Int) -> (Int, [Provenance]) {
        var positions: Set<Int> = [subject]
        for hop in field.hops {
            var next: Set<Int> = []
            for position in positions.sorted() {
                for index in graph.relationIndexes(at: position, hop.direction, type: hop.relation) where counted(graph.relation(at: index).document) {
                    next.insert(graph.end(of: index, hop.direction))
                }
            }
            positions = next
        }
        var count = 0, provenance: [Provenance] = []
        for position in positions.sorted() {
            switch field.target {
            case .attribute(let name):
                for attribute in entity(position).attributes where attribute.name == name && counted(attribute.document) {
                    count += 1
                    provenance += attribute.provenance
                }
            case .relation(let type, let direction):
                for index in graph.relationIndexes(at: position, direction, type: type) {
                    let relation = graph.relation(at: index)
                    guard counted(relation.document) else { continue }
                    count += 1
                    provenance += relation.provenance
                }
            case .xrefs(let system):
                count += entity(position).xrefs.filter { system == nil || $0.prefix == system }.count
            }
        }
        return (count, provenance)
    }

    private mutating func source(_ id: String) -> SourceDocument? {
        if let source = sources[id] { return source }
        let source = graph.document(id)
        sources[id] = source
        return source
    }

    /// The segments of `document` that the item looks in and one of its cues matches, in order.
    private mutating func cueMatches(_ item: ChecklistItem, index: Int, in document: String) -> [Segment] {
        if let found = matches[document]?[index] { return found }
        var found: [Segment] = []
        if !item.cues.isEmpty, let source = source(document) {
            let sentences = item.lookIn.contains(ChecklistItem.sentences)
            for segment in source.segments {
                let looked = segment.role == .sentence ? sentences : segment.role == .field && item.lookIn.contains(segment.label)
                guard looked else { continue }
                let text = CuePattern.folded(source.excerpt(segment.start..<segment.end))
                if item.cues.contains(where: { $0.matches(folded: text) }) { found.append(segment) }
            }
        }
        matches[document, default: [:]][index] = found
        return found
    }

    /// `Title, sentences 3, 9`: each document's segments, header fields and headings by name then the
    /// sentences' numbers, in document order; `doc: …; other: …` when `naming`.
    static func citation(_ cited: [(document: String, segment: Segment)], order: [String], naming: Bool) -> String {
        order.compactMap { document -> String? in
            var seen: Set<Int> = []
            let segments = cited.filter { $0.document == document && seen.insert($0.segment.start).inserted }.map(\.segment).sorted { $0.start < $1.start }
            guard !segments.isEmpty else { return nil }
            let sentences = segments.filter { $0.role == .sentence }.map(\.label)
            var parts = segments.filter { $0.role != .sentence }.map(\.label)
            if !sentences.isEmpty { parts.append((sentences.count == 1 ? "sentence " : "sentences ") + sentences.joined(separator: ", ")) }
            return (naming ? document + ": " : "") + parts.joined(separator: ", ")
        }.joined(separator: "; ")
    }
}
