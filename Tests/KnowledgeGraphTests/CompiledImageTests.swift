@testable import KnowledgeGraph
@testable import KnowledgeStore
import XCTest

/// The compiled image: a graph opened from its image answers exactly as the graph built from the
/// packs, and a damaged, truncated, old or foreign image is a clear error, never a crash.
final class CompiledImageTests: XCTestCase {
    static let facts = """
        document: {id: quill-2019, source: source.txt, date: 2019-05, citation: "Quill A. A fictional trial. 2019."}
        entities:
          - id: velostatin
            kind: drug
            name: velostatin
            aliases: [Velo]
            quote: "velostatin"
            xrefs: {doi: "10.1/velo"}
          - id: quill-trial
            kind: trial
            name: the Quill trial
            quote: "The Quill trial"
            note: "a curator's note"
            attributes:
              status: {value: completed, quote: "was completed"}
              count: {value: "3", quote: "in 3 sites", hedge: possible}
        relations:
          - {subject: quill-trial, type: concerns, object: velostatin, quote: "tested velostatin"}
          - {subject: quill-trial, type: concerns, object: velostatin, quote: "tested velostatin in 3 sites", negated: true, note: "denied here"}
        """
    static let source = "Title: Quill\n\nThe Quill trial tested velostatin in 3 sites and was completed. Café é ü — velostatin again.\n"

    static let loaded = Result { try KnowledgeLoader.load([TestPacks.root(facts: facts, source: source)]) }

    var graph: Graph { get throws { try Self.loaded.get() } }

    func testAnOpenedImageAnswersAsTheBuiltGraph() throws {
        let built = try graph
        let opened = try Graph(compiled: Array(built.compiled))
        XCTAssertEqual(Array(opened.entities), Array(built.entities))
        XCTAssertEqual(Array(opened.relations), Array(built.relations))
        XCTAssertEqual(opened.facts, built.facts)
        XCTAssertEqual(opened.documentIDs, ["quill-2019"])
        XCTAssertEqual(opened.document("quill-2019")?.segments, built.document("quill-2019")?.segments)
        XCTAssertEqual(opened.schema.kinds, built.schema.kinds)
        XCTAssertEqual(opened.schema.relations, built.schema.relations)
        XCTAssertEqual(opened.schema.hedges, built.schema.hedges)
        let trial = try XCTUnwrap(opened.entity(id: "quill-trial"))
        XCTAssertEqual(trial.notes, ["a curator's note"])
        XCTAssertEqual(trial.attributes.map(\.qualifiers.hedge), [nil, "possible"])
        XCTAssertEqual(opened.relations.map(\.qualifiers.negated), [false, true])
        XCTAssertEqual(opened.relations.last?.qualifiers.notes, ["denied here"])
        XCTAssertEqual(opened.relations.last?.provenance.first?.quote, "tested velostatin in 3 sites")
        XCTAssertEqual(opened.relations.last?.provenance.first?.segments, ["sentence 1"])
        XCTAssertEqual(opened.entity(id: "velostatin")?.xrefs, [Xref(prefix: "doi", value: "10.1/velo")])
    }

    func testCompilingStopsWhenCancelled() throws {
        let schema = try Schema.load(text: TestPacks.schema, file: "schema.yaml")
        let pack = try PackLoader(schema: schema).load(facts: Self.facts, factsPath: "facts.yaml") { name in
            name == "source.txt" ? ("source.txt", Array(Self.source.utf8)) : nil
        }
        var merged = try MergedGraph(schema: schema, packs: [PackDigest(pack, file: "facts.yaml", schema: schema)])
        var diagnostics: [Diagnostic] = []
        try merged.mergeEntities(canonical: [:], diagnostics: &diagnostics, cancellation: nil)
        try merged.mergeRelations(canonical: [:], diagnostics: &diagnostics, cancellation: nil)
        XCTAssertEqual(diagnostics.map(\.message), [])
        let cancelled = Cancellation()
        cancelled.cancel()
        XCTAssertThrowsError(try GraphCompiler.compile(merged, cancellation: cancelled)) { error in
            XCTAssertTrue(error is Interrupted, "\(error)")
        }
        XCTAssertEqual(try Graph(image: GraphCompiler.compile(merged, cancellation: Cancellation())).relationCount, 2)
    }

    func testAnEntityReadWithoutItsWordsKeepsWhereEachQuoteIs() throws {
        let graph = try graph
        for position in 0..<graph.entityCount {
            let full = graph.entity(at: position), bare = graph.entity(at: position, quoted: false)
            func unquoted(_ provenance: [Provenance]) -> [Provenance] { provenance.map { var copy = $0; copy.quote = ""; return copy } }
            XCTAssertFalse(full.provenance.allSatisfy { $0.quote.isEmpty })
            XCTAssertEqual(bare.provenance, unquoted(full.provenance))
            XCTAssertEqual(bare.attributes.map(\.provenance), full.attributes.map { unquoted($0.provenance) })
            XCTAssertEqual(bare.attributes.map(\.value), full.attributes.map(\.value))
        }
    }

    func testLookupsUseTheSortedTables() throws {
        let graph = try graph
        XCTAssertEqual(graph.positions(named: "VELO").map(graph.id(at:)), ["velostatin"])
        XCTAssertEqual(graph.positions(named: "the quill trial").map(graph.id(at:)), ["quill-trial"])
        XCTAssertEqual(graph.words(startingWith: "VE").map(\.word), ["Velo", "velostatin"])
        XCTAssertEqual(graph.wordCount(startingWith: "the"), 1)
        XCTAssertEqual(graph.positions(attribute: "status", equalTo: "COMPLETED").map(graph.id(at:)), ["quill-trial"])
        XCTAssertEqual(graph.positions(attribute: "count", equalTo: "3"), [], "hedged values are not in the equality index")
        XCTAssertEqual(graph.positions(ofKind: "trial").map(graph.id(at:)), ["quill-trial"])
        XCTAssertTrue(graph.positions(ofKind: "question").isEmpty)
        XCTAssertNil(graph.position(of: "Velo"), "ids match exactly")
        XCTAssertTrue(graph.hasQualifiedStatements("count"))
        XCTAssertTrue(graph.hasQualifiedStatements("concerns"))
        XCTAssertFalse(graph.hasQualifiedStatements("status"))
    }

    func testEveryTruncationIsAClearError() throws {
        let image = Array(try graph.compiled)
        for length in stride(from: 0, to: image.count, by: max(1, image.count / 300)) {
            XCTAssertThrowsError(try Graph(compiled: Array(image.prefix(length))), "length \(length)") { error in
                let message = (error as? ImageError)?.message ?? ""
                XCTAssertTrue(message.contains("too short") || message.contains("truncated") || message.contains("KXGRAPH"), message)
            }
        }
    }

    func testAChangedByteFailsTheStringsAtOpenAndAnyOtherSectionWhenFirstRead() throws {
        let image = Array(try graph.compiled)
        for section in [ImageSection.stringBytes, .stringOffsets, .schema] {
            var damaged = image
            damaged[try XCTUnwrap(Self.range(of: section, in: image)).lowerBound] ^= 0x40
            XCTAssertThrowsError(try Graph(compiled: damaged)) { error in
                XCTAssertEqual((error as? ImageError)?.message, "damaged: section \(section)'s checksum does not match its contents; compile it again")
            }
        }
        for section in [ImageSection.entityID, .relationObject, .documentTextStart] {
            var changed = image
            changed[try XCTUnwrap(Self.range(of: section, in: image)).lowerBound] ^= 0x40
            let damaged = try Graph(compiled: changed)
            XCTAssertEqual(damaged.damagedReads, 0, "nothing is read before it is needed")
            XCTAssertThrowsError(try damaged.failingOnDamage { _ = damaged.columns.words(section).count }) { error in
                XCTAssertEqual((error as? ImageError)?.message, "damaged: section \(section)'s checksum does not match its contents; compile it again")
            }
            XCTAssertEqual(Set(damaged.columns.words(section)), [0], "a damaged section reads as zeros, never as its damaged numbers")
            XCTAssertEqual(try damaged.failingOnDamage { damaged.schema.kinds.count }, try graph.schema.kinds.count, "what does not read it still works")
        }
        var table = image
        table[table.count - 3] ^= 0x01
        XCTAssertThrowsError(try Graph(compiled: table)) { error in
            XCTAssertEqual((error as? ImageError)?.message, "damaged: its section table's checksum does not match; compile it again")
        }
    }

    func testEverySectionHasABitOfItsOwn() {
        XCTAssertLessThan(ImageSection.allCases.map(\.rawValue).max() ?? 0, 64, "GraphColumns keeps one bit per section in a UInt64")
    }

    func testAnEndBeforeItsStartFailsBothSectionsTogether() throws {
        let image = Array(try graph.compiled)
        let ends = try XCTUnwrap(Self.range(of: .provenanceEnd, in: image))
        var changed = image
        withUnsafeBytes(of: UInt32(0).littleEndian) { changed.replaceSubrange(ends.lowerBound + 4..<ends.lowerBound + 8, with: $0) }
        let damaged = try Graph(compiled: CompiledImageRepair.resealed(changed))
        XCTAssertThrowsError(try damaged.failingOnDamage { damaged.entities.map(\.provenance.count) }) { error in
            XCTAssertEqual((error as? ImageError)?.message, "damaged: a quote ends before it starts; compile it again")
        }
        XCTAssertTrue(damaged.columns.isDamaged(.provenanceStart), "a start is read with its end")
        XCTAssertEqual(Set(damaged.columns.provenanceStart).union(damaged.columns.provenanceEnd), [0])
    }

    func testDamagedTextsOpenAndFailOnlyWhatReadsThem() throws {
        var image = Array(try graph.compiled)
        image[try XCTUnwrap(Self.range(of: .documentTextBytes, in: image)).lowerBound + 20] ^= 0x20
        let damaged = try Graph(compiled: image)
        let unquoted = try damaged.failingOnDamage { (0..<damaged.entityCount).map { damaged.entity(at: $0, quoted: false) } }
        XCTAssertEqual(unquoted.map(\.id), try graph.entities.map(\.id), "lists do not read the texts")
        XCTAssertEqual(damaged.damagedReads, 0)
        XCTAssertThrowsError(try damaged.failingOnDamage { damaged.entity(at: 0) }) { error in
            XCTAssertEqual(error as? ImageError, damaged.damage)
        }
        XCTAssertEqual(damaged.damagedReads, 1)
        XCTAssertEqual(damaged.text(ofDocument: "quill-2019")?.count, 0, "a damaged text reads as empty, never as its damaged bytes")
        XCTAssertEqual(try damaged.failingOnDamage { damaged.positions(ofKind: "trial").count }, 1, "what does not read texts still works")
        let good = try graph
        XCTAssertFalse(try good.failingOnDamage { good.entity(at: 0).provenance.map(\.quote) }.contains(""))
    }

    /// Where `section`'s bytes lie in `image`, read from its section table.
    static func range(of section: ImageSection, in image: [UInt8]) -> Range<Int>? {
        func number<T: FixedWidthInteger>(_ offset: Int, _: T.Type) -> Int {
            Int(image.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) })
        }
        let table = number(32, UInt64.self)
        for index in 0..<number(12, UInt32.self) {
            let entry = table + index * ImageFormat.tableEntrySize
            if number(entry, UInt32.self) == Int(section.rawValue) {
                let offset = number(entry + 8, UInt64.self)
                return offset..<(offset + number(entry + 16, UInt64.self) * number(entry + 4, UInt32.self))
            }
        }
        return nil
    }

    func testAnotherVersionOrAForeignFileIsRefused() throws {
        var image = Array(try graph.compiled)
        image[8] = 99
        XCTAssertThrowsError(try Graph(compiled: image)) { error in
            XCTAssertTrue((error as? ImageError)?.message.hasPrefix("compiled by a different version of kx (format 99") == true)
        }
        XCTAssertThrowsError(try Graph(compiled: Array(String(repeating: "entities: []\n", count: 10).utf8))) { error in
            XCTAssertTrue((error as? ImageError)?.message.contains("does not start with KXGRAPH") == true)
        }
        XCTAssertFalse(Graph.isCompiled(Array("document:".utf8)))
        XCTAssertTrue(Graph.isCompiled(image))
    }

    /// Behind a valid checksum, every column that points into another is checked when first read,
    /// and reading on after that finds zeros, never a number out of range.
    func testOutOfRangeNumbersBehindAValidChecksumAreRefused() throws {
        let image = Array(try graph.compiled)
        let buffer = try ImageBuffer(bytes: image)
        var refused = 0
        for section in ImageSection.allCases where section.width == 4 {
            let column = buffer.words(section)
            guard !column.isEmpty, let start = column.baseAddress else { continue }
            let offset = UnsafeRawPointer(start) - buffer.all.baseAddress.unsafelyUnwrapped
            var damaged = image
            withUnsafeBytes(of: UInt32(0xFFFF_FFF0).littleEndian) { damaged.replaceSubrange(offset..<offset + 4, with: $0) }
            do {
                let opened = try Graph(compiled: CompiledImageRepair.resealed(damaged))
                defer { _ = Array(opened.entities).count + Array(opened.relations).count + opened.facts.count }
                _ = try opened.failingOnDamage { ImageSection.allCases.map { opened.columns.bytes($0).count } }
            } catch let error as ImageError {
                XCTAssertTrue(error.message.hasPrefix("damaged:"), "\(section): \(error.message)")
                refused += 1
            }
        }
        XCTAssertGreaterThan(refused, 30)
    }
}
