import Explorer
import Foundation
import XCTest

/// `.load` of knowledge packs, and text from loaded data reaching the output.
final class SessionLoadTests: XCTestCase {
    func testLoadingAPackWithoutASchemaUsesTheCurrentSchema() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pack = try TinyPack.write(in: folder)
        let (session, sink) = try Seed.session(format: .plain)
        XCTAssertTrue(session.execute(".load \(pack)"))
        XCTAssertEqual(sink.errors, "loaded \(pack); now 25 entities, 28 relations from 2 documents\n")
        XCTAssertEqual(session.knowledge.map(\.root), ["Knowledge", pack])
        session.execute("drugs")
        XCTAssertEqual(sink.output, "id\tname\nexamplinib\tExamplinib\ntrastuzumab\ttrastuzumab\n")
    }

    func testLoadIsRelativeToTheScriptFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try TinyPack.write(in: folder, named: "packs/tiny")
        let script = try folder.write("load.kx", ".load packs\ncount drugs\n")
        let (session, sink) = try Seed.session()
        XCTAssertTrue(session.runFile(script))
        XCTAssertEqual(sink.output, "2 drugs\n")
    }

    func testAMalformedPackIsRefusedAndTheGraphIsUnchanged() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bad = TinyPack.facts().replacingOccurrences(of: "quote: \"Examplinib was given\"", with: "quote: \"Examplinib was taken\"")
        let pack = try TinyPack.write(in: folder, facts: bad)
        let (session, sink) = try Seed.session()
        let before = session.graph.entities.count
        XCTAssertFalse(session.execute(".load \(pack)"))
        XCTAssertEqual(session.graph.entities.count, before)
        XCTAssertEqual(session.knowledge.map(\.root), ["Knowledge"])
        XCTAssertTrue(sink.errors.hasPrefix("\(pack)/facts.yaml:10:12: error: quote not found in the source of 'tiny-pack'"), sink.errors)
        XCTAssertTrue(sink.errors.hasSuffix("error: nothing was loaded from '\(pack)'; the knowledge is unchanged\n"), sink.errors)
        sink.reset()
        session.execute("count drugs")
        XCTAssertEqual(sink.output, "1 drug\n")
    }

    func testLoadingAMissingFolderIsAnErrorAtItsName() throws {
        let (session, sink) = try Seed.session()
        XCTAssertFalse(session.execute(".load /nonexistent-kx-pack"))
        XCTAssertEqual(sink.errors, """
            <input>:1:7: error: knowledge folder '/nonexistent-kx-pack' does not exist or is not a folder
             1 | .load /nonexistent-kx-pack
               |       ^~~~~~~~~~~~~~~~~~~~
            error: nothing was loaded from '/nonexistent-kx-pack'; the knowledge is unchanged

            """)
    }

    func testLoadingTheSamePackAgainReadsItAgainInItsPlace() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pack = try TinyPack.write(in: folder)
        let (session, sink) = try Seed.session(format: .plain)
        XCTAssertTrue(session.execute(".load \(pack)"))
        try TinyPack.write(in: folder, facts: TinyPack.facts(name: "Examplinib Two"))
        XCTAssertTrue(session.execute(".load \(folder.path)/./tiny"), sink.errors)
        XCTAssertEqual(session.knowledge.map(\.root), ["Knowledge", "\(folder.path)/./tiny"])
        sink.reset()
        session.execute("select name from drugs where id=examplinib")
        XCTAssertEqual(sink.output, "name\nExamplinib Two\n")
    }

    func testLoadingAPackOfALoadedRootReadsTheRootAgain() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pack = try TinyPack.write(in: folder, named: "root/tiny")
        let root = folder.path + "/root"
        let (session, sink) = try Seed.session(format: .plain)
        XCTAssertTrue(session.execute(".load \(root)"), sink.errors)
        try TinyPack.write(in: folder, named: "root/tiny", facts: TinyPack.facts(name: "Examplinib Two"))
        sink.reset()
        XCTAssertTrue(session.execute(".load \(pack)"), sink.errors)
        XCTAssertEqual(sink.errors, "reloaded \(root), which holds \(pack); now 25 entities, 28 relations from 2 documents\n")
        XCTAssertEqual(session.knowledge.map(\.root), ["Knowledge", root])
        session.execute("select name from drugs where id=examplinib")
        XCTAssertEqual(sink.output, "name\nExamplinib Two\n")
        sink.reset()
        XCTAssertFalse(session.execute(".load \(root)/missing"))
        XCTAssertTrue(sink.errors.hasPrefix("<input>:1:7: error: knowledge folder '\(root)/missing' does not exist or is not a folder"), sink.errors)
    }

    func testLoadingTheRootOfALoadedPackReplacesThePack() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pack = try TinyPack.write(in: folder, named: "root/tiny")
        let root = folder.path + "/root"
        let (session, sink) = try Seed.session(format: .plain)
        XCTAssertTrue(session.execute(".load \(pack)"), sink.errors)
        sink.reset()
        XCTAssertTrue(session.execute(".load \(root)"), sink.errors)
        XCTAssertEqual(sink.errors, "loaded \(root) in place of \(pack), which it holds; now 25 entities, 28 relations from 2 documents\n")
        XCTAssertEqual(session.knowledge.map(\.root), ["Knowledge", root])
    }

    func testReloadReadsEveryFolderAgainAndKeepsTheGraphWhenOneIsBroken() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pack = try TinyPack.write(in: folder)
        let (session, sink) = try Seed.session(format: .plain)
        XCTAssertTrue(session.execute(".load \(pack)"))
        try TinyPack.write(in: folder, facts: TinyPack.facts(name: "Examplinib Two"))
        sink.reset()
        XCTAssertTrue(session.execute(".reload"))
        XCTAssertEqual(sink.errors, "reloaded \(pack); now 25 entities, 28 relations from 2 documents\n")
        session.execute("select name from drugs where id=examplinib")
        XCTAssertEqual(sink.output, "name\nExamplinib Two\n")

        let broken = TinyPack.facts().replacingOccurrences(of: "was given\"", with: "was taken\"") + "  - id: examplinib\n    kind: nope\n"
        try TinyPack.write(in: folder, facts: broken)
        sink.reset()
        XCTAssertFalse(session.execute(".reload"))
        XCTAssertTrue(sink.errors.contains("quote not found in the source of 'tiny-pack'"), sink.errors)
        XCTAssertTrue(sink.errors.contains("facts.yaml:11:5: error: an entity has no 'name'"), sink.errors)
        XCTAssertTrue(sink.errors.hasSuffix("error: nothing was reloaded; the knowledge is unchanged\n"), sink.errors)
        session.execute("select name from drugs where id=examplinib")
        XCTAssertEqual(sink.output, "name\nExamplinib Two\n")

        try TinyPack.write(in: folder)
        sink.reset()
        XCTAssertTrue(session.execute(".reload"), sink.errors)
        session.execute("select name from drugs where id=examplinib")
        XCTAssertEqual(sink.output, "name\nExamplinib\n")
    }

    func testReloadWithOnlyTheBuiltInKnowledgeHasNothingToRead() throws {
        let (session, sink) = try Seed.session()
        XCTAssertTrue(session.execute(".reload"))
        XCTAssertEqual(sink.errors, "nothing to reload: the built-in knowledge has no folder on disk\n")
    }

    func testControlCharactersFromDataAreEscapedInTheTableFormat() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pack = try TinyPack.write(in: folder, facts: TinyPack.facts(name: "Examplinib\\e[2J\\u0007"))
        let (session, sink) = try Seed.session()
        XCTAssertTrue(session.execute(".load \(pack)"))
        sink.reset()
        session.execute("drugs where id=examplinib")
        XCTAssertEqual(sink.output, """
            ┌────────────┬───────────────────────────┐
            │ id         │ name                      │
            ├────────────┼───────────────────────────┤
            │ examplinib │ Examplinib\\u{1B}[2J\\u{07} │
            └────────────┴───────────────────────────┘
            (1 drug)

            """)
        sink.reset()
        session.execute("show examplinib")
        XCTAssertFalse(sink.output.contains("\u{1B}"), sink.output)
        XCTAssertTrue(sink.output.hasPrefix("Examplinib\\u{1B}[2J\\u{07}\nexamplinib · drug\n"), sink.output)
        sink.reset()
        session.execute("neighbors trastuzumab")
        session.execute("why examplinib")
        XCTAssertFalse(sink.output.contains("\u{1B}"))
    }

    func testMachineFormatsKeepDataExactlyButJSONEscapesIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pack = try TinyPack.write(in: folder, facts: TinyPack.facts(name: "Ex\\e[2J"))
        let (session, sink) = try Seed.session(format: .json)
        XCTAssertTrue(session.execute(".load \(pack)"))
        sink.reset()
        session.execute("select name from drugs where id=examplinib")
        XCTAssertEqual(sink.output, "[\n  {\n    \"name\": \"Ex\\u001b[2J\"\n  }\n]\n")
        session.settings.format = .plain
        sink.reset()
        session.execute("select name from drugs where id=examplinib")
        XCTAssertEqual(sink.output, "name\nEx\u{1B}[2J\n")
    }

    func testManyShortestPathsAreCutAtTwentyAndSaySo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (source, facts) = TinyPack.manyPaths()
        try folder.write("many/source.txt", source)
        try folder.write("many/facts.yaml", facts)
        let (session, sink) = try Seed.session()
        XCTAssertTrue(session.execute(".load \(folder.path)/many"), sink.errors)
        sink.reset()
        session.execute("path q-a to q-b")
        let lines = sink.output.split(separator: "\n")
        XCTAssertEqual(lines.count, 4 + 20 + 1)
        XCTAssertEqual(lines[3], "│     2 │ q-a -relevant_to-> p-01 <-relevant_to- q-b │")
        XCTAssertEqual(lines.last, "(20 shortest paths: more shortest paths exist)")
        session.settings.format = .json
        sink.reset()
        session.execute("path q-a to q-b")
        XCTAssertTrue(sink.output.hasSuffix("  ],\n  \"truncated\": true\n}\n"), sink.output)
        XCTAssertTrue(sink.output.hasPrefix("{\n  \"from\": \"q-a\",\n  \"to\": \"q-b\",\n  \"length\": 2,\n"), sink.output)
    }
}
