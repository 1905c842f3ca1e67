import FileSafety
import XCTest
@testable import KnowledgeGraph
@testable import KnowledgeStore

/// Finding the schema and the packs in knowledge folders, on disk and in memory, and the errors
/// about folders and files (rather than about their contents).
final class KnowledgeLoaderTests: XCTestCase {
    private var fixtures: String {
        get throws {
            try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).path
        }
    }

    private let schemaBytes = Array(TestPacks.schema.utf8)
    private let sourceBytes = Array(TestPacks.source.utf8)
    private let factsBytes = Array((TestPacks.header + "entities:\n  - id: t\n    kind: trial\n    name: T\n    quote: Two trials\n").utf8)

    private func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "kx-graph-tests-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    // MARK: Loading

    func testLoadsARootFromDiskAndSkipsLessons() throws {
        let folder = try KnowledgeFiles(directory: try fixtures + "/knowledge")
        XCTAssertEqual(folder.files.keys.sorted(), ["demo/facts.yaml", "demo/source.txt", "lessons/README.txt", "schema.yaml"])
        XCTAssertEqual(folder.folders, ["demo", "lessons"])
        let graph = try KnowledgeLoader.load([folder])
        XCTAssertEqual(graph.entities.map(\.id), ["aspirin", "continue-aspirin"])
        XCTAssertEqual(graph.documentIDs, ["demo"])
        XCTAssertEqual(graph.relations.map { "\($0.subject) \($0.type) \($0.object)" }, ["continue-aspirin concerns aspirin"])
    }

    /// `kx compile` writes the image into its file as it is laid out: the same bytes as the image
    /// made in memory, and nothing in place of the file when the packs have a problem.
    func testCompilingIntoAFileWritesTheImageMadeInMemory() throws {
        let folder = try KnowledgeFiles(directory: try fixtures + "/knowledge")
        let path = try temporaryFolder() + "/k.kxg"
        let file = try AtomicFile(path: path)
        let summary = try KnowledgeLoader.compile([folder], to: file)
        try file.commit()
        let graph = try KnowledgeLoader.load([folder])
        XCTAssertEqual(try Array(Data(contentsOf: URL(fileURLWithPath: path))), Array(graph.compiled))
        XCTAssertEqual(summary, CompiledSummary(entities: 2, relations: 1, documents: 1, bytes: graph.compiled.count))
        XCTAssertEqual(try Graph(contentsOf: path).entities.map(\.id), ["aspirin", "continue-aspirin"])

        let broken = path + ".broken"
        let files = TestPacks.root(facts: TestPacks.header + "entities:\n  - id: t\n    kind: nonsense\n    name: T\n    quote: Two trials\n", source: TestPacks.source)
        XCTAssertThrowsError(try KnowledgeLoader.compile([files], to: try AtomicFile(path: broken)))
        XCTAssertFalse(FileManager.default.fileExists(atPath: broken), "a file not committed leaves nothing")
    }

    func testARootReadDeferringPacksListsTheirFilesAndLoadsTheSame() throws {
        let eager = try KnowledgeFiles(directory: try fixtures + "/knowledge")
        let deferring = try KnowledgeFiles(directory: try fixtures + "/knowledge", deferringPacks: true)
        XCTAssertEqual(deferring.files.keys.sorted(), ["lessons/README.txt", "schema.yaml"])
        XCTAssertEqual(deferring.deferred.sorted(), ["demo/facts.yaml", "demo/source.txt"])
        XCTAssertFalse(deferring.holdsOnlySchema)
        let (a, b) = (try KnowledgeLoader.load([eager]), try KnowledgeLoader.load([deferring]))
        XCTAssertEqual(Array(a.entities), Array(b.entities))
        XCTAssertEqual(Array(a.relations), Array(b.relations))
        XCTAssertEqual(try deferring.reread().deferred, deferring.deferred)
    }

    func testAPackFolderReadDeferringIsReadWhole() throws {
        let folder = try KnowledgeFiles(directory: try fixtures + "/single-pack", deferringPacks: true)
        XCTAssertEqual(folder.deferred, [])
        XCTAssertEqual(folder.files, try KnowledgeFiles(directory: try fixtures + "/single-pack").files)
    }

    func testAPackFileRemovedAfterTheRootWasListedIsAClearErrorAndNothingLoads() throws {
        let temporary = try temporaryFolder()
        for pack in ["p", "q"] {
            try FileManager.default.createDirectory(atPath: temporary + "/" + pack, withIntermediateDirectories: true)
            try Data(sourceBytes).write(to: URL(fileURLWithPath: temporary + "/\(pack)/source.txt"))
        }
        try Data(schemaBytes).write(to: URL(fileURLWithPath: temporary + "/schema.yaml"))
        try Data(factsBytes).write(to: URL(fileURLWithPath: temporary + "/p/facts.yaml"))
        try Data(factsBytes).write(to: URL(fileURLWithPath: temporary + "/q/facts.yaml"))
        let folder = try KnowledgeFiles(directory: temporary, deferringPacks: true)
        try FileManager.default.removeItem(atPath: temporary + "/q/facts.yaml")
        XCTAssertThrowsError(try KnowledgeLoader.load([folder])) { error in
            XCTAssertEqual((error as? KnowledgeError)?.diagnostics.map(\.message), ["pack folder '\(temporary)/q' has no facts.yaml"])
        }
    }

    func testAProblemFoundWhenPacksAreMergedShowsItsLineReadAgainFromDisk() throws {
        let temporary = try temporaryFolder()
        try FileManager.default.createDirectory(atPath: temporary + "/p", withIntermediateDirectories: true)
        try Data(schemaBytes).write(to: URL(fileURLWithPath: temporary + "/schema.yaml"))
        try Data(sourceBytes).write(to: URL(fileURLWithPath: temporary + "/p/source.txt"))
        let relation = "  - {subject: t, type: concerns, object: velostatin, quote: Two trials}"
        let facts = Array((String(decoding: factsBytes, as: UTF8.self) + "relations:\n" + relation + "\n").utf8)
        try Data(facts).write(to: URL(fileURLWithPath: temporary + "/p/facts.yaml"))
        let folder = try KnowledgeFiles(directory: temporary, deferringPacks: true)
        XCTAssertEqual(folder.deferred, ["p/facts.yaml", "p/source.txt"])
        XCTAssertThrowsError(try KnowledgeLoader.load([folder])) { error in
            let diagnostics = (error as? KnowledgeError)?.diagnostics ?? []
            XCTAssertEqual(diagnostics.map(\.message), ["object 'velostatin' of relation 'concerns' is not the id of any entity"])
            XCTAssertEqual(diagnostics.first?.sourceLine, relation)
            XCTAssertEqual(diagnostics.first?.location?.file, temporary + "/p/facts.yaml")
        }
    }

    func testAFolderThatIsOnePackUsesTheDefaultSchema() throws {
        let folder = try KnowledgeFiles(directory: try fixtures + "/single-pack")
        let schema = (text: String(decoding: try XCTUnwrap(try KnowledgeFiles(directory: try fixtures + "/knowledge").files["schema.yaml"]), as: UTF8.self),
                      path: "default/schema.yaml")
        let graph = try KnowledgeLoader.load([folder], defaultSchema: schema)
        XCTAssertEqual(graph.documentIDs, ["single"])
        XCTAssertEqual(graph.schema.kinds.map(\.name), ["drug", "question"])
    }

    func testSeveralFoldersTakeTheSchemaOfTheFirstThatHasOne() throws {
        let single = try KnowledgeFiles(directory: try fixtures + "/single-pack")
        let root = try KnowledgeFiles(directory: try fixtures + "/knowledge")
        let graph = try KnowledgeLoader.load([single, root], defaultSchema: (text: "not: a schema", path: "unused"))
        XCTAssertEqual(graph.documentIDs, ["demo", "single"])
        // Both packs describe aspirin; the graph holds one entity quoted in both documents.
        XCTAssertEqual(graph.entity(id: "aspirin")?.provenance.map(\.document), ["single", "demo"])
    }

    func testAFolderGivenWithATrailingSlashOrDotDot() throws {
        let plain = try KnowledgeFiles(directory: try fixtures + "/knowledge").files
        XCTAssertEqual(try KnowledgeFiles(directory: try fixtures + "/knowledge/").files, plain)
        XCTAssertEqual(try KnowledgeFiles(directory: try fixtures + "/knowledge/demo/..").files, plain)
    }

    func testSymbolicLinksToTheFolderAndToFilesAreFollowed() throws {
        let temporary = try temporaryFolder()
        let manager = FileManager.default
        try manager.createDirectory(atPath: temporary + "/real/p", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: temporary + "/elsewhere", withIntermediateDirectories: true)
        try Data(schemaBytes).write(to: URL(fileURLWithPath: temporary + "/real/schema.yaml"))
        try Data(factsBytes).write(to: URL(fileURLWithPath: temporary + "/real/p/facts.yaml"))
        try Data(sourceBytes).write(to: URL(fileURLWithPath: temporary + "/elsewhere/document.txt"))
        try manager.createSymbolicLink(atPath: temporary + "/real/p/source.txt", withDestinationPath: temporary + "/elsewhere/document.txt")
        try manager.createSymbolicLink(atPath: temporary + "/link", withDestinationPath: temporary + "/real")

        let folder = try KnowledgeFiles(directory: temporary + "/link")
        XCTAssertEqual(folder.root, temporary + "/link")
        XCTAssertEqual(folder.files.keys.sorted(), ["p/facts.yaml", "p/source.txt", "schema.yaml"])
        XCTAssertEqual(folder.files["p/source.txt"], sourceBytes)
        XCTAssertEqual(try KnowledgeLoader.load([folder]).entities.map(\.id), ["t"])
    }

    func testHiddenFilesAreSkipped() throws {
        let temporary = try temporaryFolder()
        try FileManager.default.createDirectory(atPath: temporary + "/p/.git", withIntermediateDirectories: true)
        try Data(factsBytes).write(to: URL(fileURLWithPath: temporary + "/p/facts.yaml"))
        try Data("x".utf8).write(to: URL(fileURLWithPath: temporary + "/p/.DS_Store"))
        try Data("x".utf8).write(to: URL(fileURLWithPath: temporary + "/p/.git/HEAD"))
        XCTAssertEqual(try KnowledgeFiles(directory: temporary).files.keys.sorted(), ["p/facts.yaml"])
    }

    func testFolderViewsOfInMemoryFiles() {
        let folder = KnowledgeFiles(root: "K/", files: ["schema.yaml": [], "b/x": [], "a/facts.yaml": [1], "a/sub/y": [2]])
        XCTAssertEqual(folder.folders, ["a", "b"])
        XCTAssertEqual(folder.path("schema.yaml"), "K/schema.yaml")
        let pack = folder.folder("a")
        XCTAssertEqual(pack.root, "K/a")
        XCTAssertEqual(pack.files, ["facts.yaml": [1], "sub/y": [2]])
        XCTAssertEqual(pack.folders, ["sub"])
        XCTAssertEqual(folder.subfolders.map(\.name), ["a", "b"])
        XCTAssertEqual(folder.subfolders.map(\.files.root), [folder.folder("a").root, folder.folder("b").root])
        XCTAssertEqual(folder.subfolders.map { $0.files.files.keys.sorted() }, [folder.folder("a").files.keys.sorted(), folder.folder("b").files.keys.sorted()])
    }

    // MARK: Errors about folders and files

    private func assertErrors(_ files: [String: [UInt8]], _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertText(TestPacks.errors([KnowledgeFiles(root: "K", files: files)], file: file, line: line), expected, file: file, line: line)
    }

    func testMissingFolder() {
        XCTAssertThrowsError(try KnowledgeFiles(directory: "/nonexistent/kx-knowledge")) { error in
            XCTAssertEqual((error as? KnowledgeError)?.diagnostics.map { $0.rendered() },
                           ["error: knowledge folder '/nonexistent/kx-knowledge' does not exist or is not a folder"])
        }
    }

    func testAFileIsNotAFolder() throws {
        let path = try fixtures + "/knowledge/schema.yaml"
        XCTAssertThrowsError(try KnowledgeFiles(directory: path)) { error in
            XCTAssertEqual((error as? KnowledgeError)?.description, "error: knowledge folder '\(path)' does not exist or is not a folder")
        }
    }

    func testAFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws {
        let path = try fixtures + "/knowledge"
        XCTAssertThrowsError(try KnowledgeFiles(directory: path, fileLimit: 100)) { error in
            let description = (error as? KnowledgeError)?.description ?? ""
            XCTAssertTrue(description.hasPrefix("error: knowledge file '"), description)
            XCTAssertTrue(description.hasSuffix("' is larger than 100 bytes, the most one file may hold"), description)
        }
        XCTAssertEqual(KnowledgeFiles.maximumFileSize, 64 << 20)
    }

    func testAFolderMayHoldMoreThanOneFileLimitInAll() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kx-size-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["a.txt", "b.txt", "c.txt"] {
            try Data(repeating: 0x61, count: 80).write(to: directory.appendingPathComponent(name))
        }
        XCTAssertEqual(try KnowledgeFiles(directory: directory.path, fileLimit: 100).files.count, 3)
    }

    func testPacksCheckedInParallelMergeInFolderOrder() throws {
        var packs: [String: (facts: String, source: String)] = [:]
        for number in 0..<40 {
            let id = "doc-\(number)"
            // Every pack names the entity 'shared' differently; the first pack's name wins, the rest become aliases.
            packs[String(format: "p%02d", number)] = (TestPacks.header(id) + """
                entities:
                  - {id: shared, kind: drug, name: name \(number), quote: trastuzumab}
                  - {id: own-\(number), kind: drug, name: own \(number), quote: trastuzumab}
                """, TestPacks.source)
        }
        let graph = try KnowledgeLoader.load([TestPacks.root(packs: packs)])
        XCTAssertEqual(graph.entities.count, 41)
        XCTAssertEqual(graph.entity(id: "shared")?.name, "name 0")
        XCTAssertEqual(graph.entity(id: "shared")?.aliases, (1..<40).map { "name \($0)" })
        let errors = TestPacks.errors([TestPacks.root(packs: packs.mapValues { ($0.facts + "  - {id: bad, kind: nope, name: B, quote: x}\n", $0.source) })])
        XCTAssertEqual(errors, TestPacks.errors([TestPacks.root(packs: packs.mapValues { ($0.facts + "  - {id: bad, kind: nope, name: B, quote: x}\n", $0.source) })]))
        XCTAssertTrue(errors.hasPrefix("K/p00/facts.yaml:"), errors)
    }

    func testEmptyRoot() {
        XCTAssertText(TestPacks.errors([KnowledgeFiles(root: "K", files: [:])], defaultSchema: (TestPacks.schema, "default.yaml")),
                      "error: no knowledge packs in 'K': expected facts.yaml, or sub-folders that hold one")
    }

    func testRootWithOnlyLessons() {
        XCTAssertText(TestPacks.errors([KnowledgeFiles(root: "K", files: ["lessons/one.yaml": []])], defaultSchema: (TestPacks.schema, "default.yaml")),
                      "error: no knowledge packs in 'K': expected facts.yaml, or sub-folders that hold one")
    }

    func testRootWithOnlyASchemaIsAnEmptyGraph() throws {
        let graph = try KnowledgeLoader.load([KnowledgeFiles(root: "K", files: ["schema.yaml": schemaBytes, "lessons/one.yaml": []])])
        XCTAssertEqual(graph.entities.count, 0)
        XCTAssertEqual(graph.schema.kinds.map(\.name), ["drug", "trial", "question"])
    }

    func testNoSchemaAnywhere() {
        assertErrors(["p/facts.yaml": factsBytes, "p/source.txt": sourceBytes], "error: no schema.yaml in 'K'")
    }

    func testPackFolderWithoutFacts() {
        assertErrors(["schema.yaml": schemaBytes, "p/source.txt": sourceBytes, "q/facts.yaml": factsBytes, "q/source.txt": sourceBytes],
                     "error: pack folder 'K/p' has no facts.yaml")
    }

    func testMissingSourceFile() {
        assertErrors(["schema.yaml": schemaBytes, "p/facts.yaml": factsBytes, "p/document.txt": sourceBytes], """
            K/p/facts.yaml:3:11: error: source file 'source.txt' not found beside the facts file
             3 |   source: source.txt
               |           ^~~~~~~~~~
            """)
    }

    func testMissingDefaultSourceFile() {
        let facts = TestPacks.header.replacingOccurrences(of: "  source: source.txt\n", with: "") + "entities: []\n"
        assertErrors(["schema.yaml": schemaBytes, "p/facts.yaml": Array(facts.utf8)], """
            K/p/facts.yaml:2:3: error: the document names no 'source', and the default 'source.txt' is not beside the facts file
             2 |   id: test-doc
               |   ^
            """)
    }

    func testSourceFileThatIsNotUTF8() {
        var source = sourceBytes
        source.insert(0xFF, at: 40)  // line 2, after "Authors: An"
        assertErrors(["schema.yaml": schemaBytes, "p/facts.yaml": factsBytes, "p/source.txt": source], """
            K/p/source.txt:2:12: error: the file is not valid UTF-8 (byte 0xFF at offset 40 cannot be decoded)
             2 | Authors: An\u{FFFD}n Example et al.
               |            ^
            """)
    }

    func testTruncatedCharacterAfterMultiByteCharacters() {
        // "é" is two bytes but one column; the lone 0xC3 starts a character that 0x28 does not continue.
        let source = Array("Title: Café ".utf8) + [0xC3, 0x28] + Array(")\n".utf8)
        assertErrors(["schema.yaml": schemaBytes, "p/facts.yaml": factsBytes, "p/source.txt": source], """
            K/p/source.txt:1:13: error: the file is not valid UTF-8 (byte 0xC3 at offset 13 cannot be decoded)
             1 | Title: Café \u{FFFD}()
               |             ^
            """)
    }

    func testASourceWithANulCharacterIsRefusedWhereItIs() {
        var source = sourceBytes
        source.insert(0, at: 40)  // line 2, after "Authors: An"
        assertErrors(["schema.yaml": schemaBytes, "p/facts.yaml": factsBytes, "p/source.txt": source], """
            K/p/source.txt:2:12: error: the source holds a NUL character (byte 0x00 at offset 40), which a source document may not
             2 | Authors: An␀n Example et al.
               |            ^
            """)
    }

    func testANameWithANulCharacterIsRefusedWhereItIs() {
        let facts = TestPacks.header + "entities:\n  - {id: t, kind: trial, name: \"T\\0x\", quote: Two trials}\n"
        assertErrors(["schema.yaml": schemaBytes, "p/facts.yaml": Array(facts.utf8), "p/source.txt": sourceBytes], """
            K/p/facts.yaml:6:32: error: a value holds a NUL character (written \\0 or \\x00), which knowledge files do not allow
             6 |   - {id: t, kind: trial, name: "T\\0x", quote: Two trials}
               |                                ^
            """)
    }

    func testFactsFileThatIsNotUTF8() {
        assertErrors(["schema.yaml": schemaBytes, "p/facts.yaml": factsBytes + [0x80], "p/source.txt": sourceBytes], """
            K/p/facts.yaml:10:1: error: the file is not valid UTF-8 (byte 0x80 at offset 162 cannot be decoded)
             10 | \u{FFFD}
                | ^
            """)
    }

    func testSchemaFileThatIsNotUTF8() {
        assertErrors(["schema.yaml": [0x6B, 0x69, 0x6E, 0x64, 0x73, 0x3A, 0x0A, 0x20, 0xFE], "p/facts.yaml": factsBytes, "p/source.txt": sourceBytes], """
            K/schema.yaml:2:2: error: the file is not valid UTF-8 (byte 0xFE at offset 8 cannot be decoded)
             2 |  \u{FFFD}
               |  ^
            """)
    }
}

/// A pack inside a knowledge root that cannot be read fails the whole load instead of being left out.
final class UnreadablePackTests: XCTestCase {
    private func root() throws -> String {
        let path = NSTemporaryDirectory() + "kx-unreadable-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path + "/good", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: path + "/bad", withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        try Data(TestPacks.schema.utf8).write(to: URL(fileURLWithPath: path + "/schema.yaml"))
        try Data(TestPacks.source.utf8).write(to: URL(fileURLWithPath: path + "/good/source.txt"))
        try Data((TestPacks.header + "entities:\n  - {id: t, kind: trial, name: T, quote: Two trials}\n").utf8)
            .write(to: URL(fileURLWithPath: path + "/good/facts.yaml"))
        try Data(TestPacks.source.utf8).write(to: URL(fileURLWithPath: path + "/bad/source.txt"))
        return path
    }

    /// The rendered error of reading the root at `path`, or a failure when it reads.
    private func message(_ path: String) -> String {
        do {
            _ = try KnowledgeFiles(directory: path)
            XCTFail("read '\(path)' without an error")
        } catch let error as KnowledgeError {
            return error.diagnostics.map { $0.rendered() }.joined(separator: "\n")
        } catch {
            XCTFail("unexpected error: \(error)")
        }
        return ""
    }

    func testAFactsFileThatIsAFolderFailsTheLoad() throws {
        let path = try root()
        try FileManager.default.createDirectory(atPath: path + "/bad/facts.yaml", withIntermediateDirectories: false)
        XCTAssertEqual(message(path), "error: cannot read '\(path)/bad/facts.yaml': it is a folder, not a file")
    }

    func testAFactsFileThatLinksToNothingFailsTheLoad() throws {
        let path = try root()
        try FileManager.default.createSymbolicLink(atPath: path + "/bad/facts.yaml", withDestinationPath: "missing.yaml")
        XCTAssertEqual(message(path), """
            error: cannot read '\(path)/bad/facts.yaml': it links to 'missing.yaml', which does not exist
              = remove the link or restore its target: nothing in a knowledge folder is left out silently
            """)
    }

    func testAPipeFailsTheLoadInsteadOfBlockingIt() throws {
        let path = try root()
        XCTAssertEqual(mkfifo(path + "/bad/facts.yaml", 0o600), 0)
        XCTAssertEqual(message(path), "error: cannot read '\(path)/bad/facts.yaml': it is not a regular file (a device, pipe or socket)")
    }
}
