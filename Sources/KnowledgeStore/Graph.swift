import KnowledgeGraph

/// The knowledge graph: a compiled image read in place, immutable, indexed for the queries kx answers.
///
/// Entities are numbered by position, sorted by kind name then id, and every listing keeps that
/// order, so output is deterministic. Lookups go through sorted tables and adjacency lists; entity
/// values (`Entity`, `Relation`) are built only for what a result shows.
public final class Graph: Sendable {
    public let schema: Schema
    let image: ImageBuffer
    let strings: StringTable
    let columns: GraphColumns

    /// Opens a compiled image (from `compiled()`, `kx compile` or the binary), checking its table,
    /// strings and schema; each other section is checked when first read (`GraphColumns`).
    public convenience init(compiled bytes: [UInt8]) throws {
        try self.init(image: ImageBuffer(bytes: bytes))
    }

    /// Maps a compiled knowledge file into memory and opens it.
    public convenience init(contentsOf path: String) throws {
        do {
            try self.init(image: ImageBuffer(contentsOf: path))
        } catch let error as ImageError where !error.message.hasPrefix(path) {
            throw error.at(path)
        }
    }

    init(image: ImageBuffer) throws {
        self.image = image
        let strings = StringTable(bytes: image.bytes(.stringBytes), offsets: image.words(.stringOffsets))
        guard strings.offsets.count >= 2 else { throw ImageError("damaged: the string table is empty") }
        // Every query reads these three, so they are checked now; the string offsets also for their order.
        let problem = image.problem(in: .stringBytes)
            ?? image.problem(in: .stringOffsets) { strings.problem(inOffsets: $0.lowerBound / 4..<$0.upperBound / 4) }
            ?? image.problem(in: .schema)
        if let problem { throw ImageError("damaged: \(problem); compile it again") }
        self.strings = strings
        schema = try Schema(decoding: image.words(.schema), strings: strings)
        columns = try GraphColumns(image, strings: strings.count, schema: schema)
    }

    /// Whether `bytes` begin like a compiled knowledge file.
    public static func isCompiled(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes(ImageBuffer.looksCompiled)
    }

    /// The compiled image, as `kx compile` writes it.
    public var compiled: UnsafeRawBufferPointer { image.all }

    public var entityCount: Int { columns.entityCount }
    public var relationCount: Int { columns.relationCount }

    /// Every entity, built on access, in graph order.
    public var entities: Rows<Entity> { Rows(count: entityCount, row: { self.entity(at: $0) }) }

    /// Every relation, built on access, sorted by subject, type and object.
    public var relations: Rows<Relation> { Rows(count: relationCount, row: { self.relation(at: $0) }) }

    /// Entities or relations by position, each built when it is read.
    public struct Rows<Element>: RandomAccessCollection {
        public let count: Int
        let row: (Int) -> Element
        public var startIndex: Int { 0 }
        public var endIndex: Int { count }
        public subscript(position: Int) -> Element { row(position) }
    }
}
