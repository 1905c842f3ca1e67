import KnowledgeGraph
import KnowledgeStore

/// Walks a whole graph in export order (the dataset, the schema, documents by id, then entities in
/// graph order, each followed by its statements and their quotes) and hands each description to a
/// serializer, in the shape docs/rdf-vocabulary.md describes.
final class RDFExporter {
    /// How statements are written.
    enum Layout {
        /// RDF 1.1 standard reification (N-Triples, Turtle with `--rdf11`); plain triples beside the entity.
        case reification
        /// RDF 1.2 reifiers: the annotation syntax for asserted statements, reified triples for the others.
        case reifiers
        /// One nanopublication per statement (TriG).
        case nanopublications
    }

    let graph: Graph
    let names: ExportNames
    let layout: Layout
    let options: ExportOptions
    let serializer: RDFSerializer
    let documents: DocumentIndexes
    /// Blank nodes made so far, for their labels.
    var unions = 0

    init(graph: Graph, layout: Layout, options: ExportOptions, serializer: RDFSerializer) {
        self.graph = graph
        self.names = ExportNames(base: options.base)
        self.layout = layout
        self.options = options
        self.serializer = serializer
        self.documents = DocumentIndexes(graph)
    }

    /// Writes everything and finishes the serializer.
    func run() throws {
        var dataset = RDFDescription(names.dataset)
        dataset.add(Vocabulary.type, each: [Vocabulary.kx("Dataset"), Vocabulary.void("Dataset")])
        dataset.add(Vocabulary.kx("formatVersion"), .integer(Vocabulary.formatVersion))
        dataset.add(Vocabulary.kx("schema"), .string(graph.schema.yaml))
        dataset.add(Vocabulary.dcterms("creator"), .string(options.creator))
        try serializer.write(dataset, in: nil)
        try writeSchema()
        for id in graph.documentIDs {
            try options.cancellation?.check()
            try writeDocument(id)
        }
        for position in 0..<graph.entityCount {
            if position % 256 == 0 { try options.cancellation?.check() }
            try writeEntity(at: position)
        }
        try serializer.finish()
    }

    /// A date as the typed literal of its precision: `xsd:gYear`, `xsd:gYearMonth` or `xsd:date`.
    static func date(_ date: PartialDate) -> RDFTerm {
        .literal(date.description, xsd: date.day != nil ? "date" : date.month != nil ? "gYearMonth" : "gYear")
    }

    /// An attribute value as a typed literal: numbers `xsd:decimal`, or `xsd:double` when kx writes them
    /// with an exponent; dates by their precision; URLs `xsd:anyURI`; text and enumeration values strings.
    static func literal(_ value: Value) -> RDFTerm {
        switch value {
        case .text(let text), .enumeration(let text): return .string(text)
        case .url(let url): return .literal(url, xsd: "anyURI")
        case .date(let day): return date(day)
        case .number:
            let text = value.description
            let decimal = text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "-" }
            return .literal(text, xsd: decimal ? "decimal" : "double")
        }
    }
}
