import Foundation
import XCTest

/// `kx compile` and `--knowledge FILE`: a compiled file answers as its packs do; bad packs write
/// nothing; damaged, foreign and linked files are clear errors.
final class CompileCommandTests: XCTestCase {
    static let literature = KXProcess.packageRoot.appendingPathComponent("Tests/KnowledgeQueryTests/Fixtures/literature").path

    func testACompiledFileAnswersAsItsPacks() throws {
        let folder = try KXProcess.temporaryDirectory(self)
        let file = folder.appendingPathComponent("literature.kxg").path
        let compiled = try KXProcess.run(["compile", "--no-builtin", Self.literature, "-o", file])
        XCTAssertEqual(compiled.status, 0, compiled.stderr)
        XCTAssertTrue(compiled.stderr.hasPrefix("\(file): 17 entities, 20 relations from 2 documents; "), compiled.stderr)
        let queries = ["count entities", "conflicts", "statements where asserted=false", "path daily-velostatin to trial-a", "show trial-a"]
        for query in queries {
            let fromPacks = try KXProcess.run(["--no-builtin", "--knowledge", Self.literature, "-c", query, "--format", "json"])
            let fromFile = try KXProcess.run(["--knowledge", file, "-c", query, "--format", "json"])
            XCTAssertEqual(fromFile.status, fromPacks.status, query)
            XCTAssertEqual(fromFile.stdout, fromPacks.stdout, query)
        }
    }

    func testPacksWithProblemsWriteNothing() throws {
        let folder = try KXProcess.temporaryDirectory(self)
        let pack = folder.appendingPathComponent("bad")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try "Title: x\n\nA sentence.\n".write(to: pack.appendingPathComponent("source.txt"), atomically: false, encoding: .utf8)
        try "document: {id: bad, source: source.txt, citation: x}\nentities:\n  - {id: a, kind: drug, name: a, quote: \"not there\"}\n"
            .write(to: pack.appendingPathComponent("facts.yaml"), atomically: false, encoding: .utf8)
        let file = folder.appendingPathComponent("bad.kxg").path
        let result = try KXProcess.run(["compile", pack.path, "-o", file])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("facts.yaml:3:"), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("kx compile: nothing was written\n"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: file))
    }

    func testDamagedForeignAndLinkedFilesAreClearErrors() throws {
        let folder = try KXProcess.temporaryDirectory(self)
        let file = folder.appendingPathComponent("k.kxg")
        XCTAssertEqual(try KXProcess.run(["compile", Self.literature, "-o", file.path]).status, 0)
        let bytes = try Data(contentsOf: file)
        // The schema comes first, after the 40-byte header: checked, like every section but the texts, when the file opens.
        var names = bytes
        names[48] ^= 1
        let damaged = folder.appendingPathComponent("damaged.kxg")
        try names.write(to: damaged)
        let opened = try KXProcess.run(["--knowledge", damaged.path, "-c", "count entities"])
        XCTAssertEqual(opened.status, 1)
        XCTAssertEqual(opened.stderr, "error: \(damaged.path): damaged: section schema's checksum does not match its contents; compile it again\n"
                                      + "kx: the knowledge could not be loaded; nothing was loaded\n")
        // The documents' texts are checked when first read: what reads them fails, and the session goes on.
        var texts = bytes
        let notice = try XCTUnwrap(texts.range(of: Data("Notice: FICTIONAL abstract".utf8)))
        texts[notice.lowerBound + 8] ^= 0x20
        let damagedTexts = folder.appendingPathComponent("texts.kxg")
        try texts.write(to: damagedTexts)
        let used = try KXProcess.run(["--knowledge", damagedTexts.path, "--keep-going", "-c", "count entities", "-c", "show velostatin", "-c", "count trials"])
        XCTAssertEqual(used.status, 1)
        XCTAssertEqual(used.stdout, "41 entities\n3 trials\n")
        XCTAssertEqual(used.stderr, "1:1: error: \(damagedTexts.path): damaged: the documents' texts do not match their checksum, so quotes and text cannot be read; compile it again\n")
        let truncated = folder.appendingPathComponent("truncated.kxg")
        try bytes.prefix(100).write(to: truncated)
        XCTAssertTrue(try KXProcess.run(["--knowledge", truncated.path, "-c", "count entities"]).stderr.contains("truncated or extended"))
        let foreign = folder.appendingPathComponent("facts.kxg")
        try Data(String(repeating: "entities: []\n", count: 8).utf8).write(to: foreign)
        XCTAssertTrue(try KXProcess.run(["--knowledge", foreign.path, "-c", "count entities"]).stderr.contains("not a compiled knowledge file"))
        let link = folder.appendingPathComponent("link.kxg")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: foreign)
        let linked = try KXProcess.run(["compile", Self.literature, "-o", link.path])
        XCTAssertEqual(linked.status, 1)
        XCTAssertEqual(linked.stderr, "kx compile: cannot write '\(link.path)': it is a symbolic link, not a regular file; nothing was written\n")
        XCTAssertEqual(try String(contentsOf: foreign, encoding: .utf8), String(repeating: "entities: []\n", count: 8))
        let mixed = try KXProcess.run(["--knowledge", file.path, "--knowledge", Self.literature, "-c", "count entities"])
        XCTAssertEqual(mixed.status, 1)
        XCTAssertTrue(mixed.stderr.contains("is a compiled knowledge file, which cannot be combined with other knowledge"), mixed.stderr)
    }
}
