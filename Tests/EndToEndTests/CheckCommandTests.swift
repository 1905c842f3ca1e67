import Foundation
import XCTest

/// `kx check` and `kx quote` through the real binary: every problem in order, JSON for tools,
/// the summary of a clean run, and finding a text in a pack's source.
final class CheckCommandTests: XCTestCase {
    static let literature = CompileCommandTests.literature

    /// A pack with one problem of each kind, written into a temporary folder.
    func badPack() throws -> String {
        let pack = try KXProcess.temporaryDirectory(self).appendingPathComponent("bad")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try "Title: A test\n\nAbstract\n\nThe Heron trial was planned in 2006. Zorvamab may shorten grey fever.\n"
            .write(to: pack.appendingPathComponent("source.txt"), atomically: false, encoding: .utf8)
        try """
            document: {id: bad, citation: A test.}
            entities:
              - {id: heron, kind: trail, name: Heron, quote: The Heron trial}
              - {id: zorvamab, kind: drug, name: Zorvamab, quote: Zorvamab}
              - {id: other, kind: drug, nmae: Other, quote: Zorvamab}
              - {id: fever, kind: question, name: grey fever, quote: Zorvamab may shorten grey fevr}
            relations:
              - {subject: fever, relation: concerns, object: zorvamab, quote: Zorvamab may shorten grey fever}
              - {subject: fevr, type: concerns, object: zorvamab, quote: Zorvamab may shorten grey fever}

            """.write(to: pack.appendingPathComponent("facts.yaml"), atomically: false, encoding: .utf8)
        return pack.path
    }

    func testEveryProblemIsReportedInOrderWithASuggestion() throws {
        let pack = try badPack()
        let result = try KXProcess.run(["check", pack])
        XCTAssertEqual(result.status, 1, result.stderr)
        let headers = result.stdout.split(separator: "\n").filter { $0.contains(": error: ") }.map { $0.replacingOccurrences(of: pack + "/", with: "") }
        XCTAssertEqual(headers, [
            "facts.yaml:3:23: error: unknown kind 'trail'",
            "facts.yaml:5:29: error: unknown key 'nmae' in an entity",
            "facts.yaml:6:58: error: quote not found in the source of 'bad' (white space is folded, case is kept)",
            "facts.yaml:8:22: error: unknown key 'relation' in a relation",
            "facts.yaml:9:15: error: subject 'fevr' of relation 'concerns' is not the id of any entity",
        ], result.stdout)
        for note in ["did you mean 'trial'?", "kinds: drug, agent-group, treatment, trial", "did you mean 'name'?", "did you mean 'type'?", "the keys here: subject, type, object",
                     "the closest passage (sentence 2, 1 edit away): 'Zorvamab may shorten grey fever'", "did you mean 'fever'?"] {
            XCTAssertTrue(result.stdout.contains(note), "missing '\(note)' in:\n\(result.stdout)")
        }
        XCTAssertTrue(result.stdout.hasSuffix("kx check: 5 problems\n"), result.stdout)
    }

    /// A pack whose mistakes each leave a statement unkept: a misspelt kind, a misspelt `id` key, an unknown
    /// attribute and an unknown relation type, each beside a misquote or a reference that is still checked.
    func plantedPack() throws -> String {
        let pack = try KXProcess.temporaryDirectory(self).appendingPathComponent("planted")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try "Title: A test\n\nAbstract\n\nThe Heron trial was planned in 2006. Zorvamab may shorten grey fever.\n"
            .write(to: pack.appendingPathComponent("source.txt"), atomically: false, encoding: .utf8)
        try """
            document: {id: planted, citation: A test.}
            entities:
              - {id: heron, kind: trail, name: Heron, quote: The Heron trail was planned}
              - {idd: zorvamab, kind: drug, name: Zorvamab, quote: Zorvamab}
              - {id: fever, kind: question, name: grey fever, quote: grey fever, attributes: {stauts: {value: open, quote: shorten grey fevr}}}
            relations:
              - {subject: fever, type: concerns, object: zorvamab, quote: Zorvamab may shorten grey fever}
              - {subject: heron, type: test, object: zorvamb, quote: The Heron trial was plannd}

            """.write(to: pack.appendingPathComponent("facts.yaml"), atomically: false, encoding: .utf8)
        return pack.path
    }

    func testAMistakeThatLeavesAStatementUnkeptHidesNoOtherProblem() throws {
        let pack = try plantedPack()
        let result = try KXProcess.run(["check", pack])
        XCTAssertEqual(result.status, 1, result.stderr)
        let headers = result.stdout.split(separator: "\n").filter { $0.contains(": error: ") }.map { $0.replacingOccurrences(of: pack + "/", with: "") }
        XCTAssertEqual(headers, [
            "facts.yaml:3:23: error: unknown kind 'trail'",
            "facts.yaml:3:50: error: quote not found in the source of 'planted' (white space is folded, case is kept)",
            "facts.yaml:4:6: error: unknown key 'idd' in an entity",
            "facts.yaml:5:83: error: kind 'question' has no attribute 'stauts' (it has: status, novelty, importance, decision-point)",
            "facts.yaml:5:112: error: quote not found in the source of 'planted' (white space is folded, case is kept)",
            "facts.yaml:8:28: error: unknown relation type 'test'",
            "facts.yaml:8:42: error: object 'zorvamb' of relation 'test' is not the id of any entity",
            "facts.yaml:8:58: error: quote not found in the source of 'planted' (white space is folded, case is kept)",
        ], result.stdout)
        for note in ["did you mean 'trial'?", "did you mean 'id'?", "did you mean 'status'?", "did you mean 'tests'?", "did you mean 'zorvamab'?",
                     "the closest passage (sentence 1, 1 edit away): 'The Heron trial was planned'"] {
            XCTAssertTrue(result.stdout.contains(note), "missing '\(note)' in:\n\(result.stdout)")
        }
        XCTAssertFalse(result.stdout.contains("'zorvamab' of relation"), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("kx check: 8 problems\n"), result.stdout)
    }

    func testJSONListsTheProblemsForTools() throws {
        let result = try KXProcess.run(["check", "--format", "json", try badPack()])
        XCTAssertEqual(result.status, 1)
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        XCTAssertEqual(parsed?.count, 5)
        XCTAssertEqual(parsed?.first?["line"] as? Int, 3)
        XCTAssertEqual(parsed?.first?["column"] as? Int, 23)
        XCTAssertEqual(parsed?.first?["message"] as? String, "unknown kind 'trail'")
        XCTAssertEqual((parsed?.first?["file"] as? String)?.hasSuffix("bad/facts.yaml"), true)
        XCTAssertEqual((parsed?.first?["notes"] as? [String])?.first, "did you mean 'trial'?")
        let clean = try KXProcess.run(["check", "--format", "json", Self.literature])
        XCTAssertEqual(clean.status, 0)
        XCTAssertEqual(clean.stdout, "[]\n")
    }

    func testACleanRunSaysWhatWasChecked() throws {
        let result = try KXProcess.run(["check", Self.literature])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertEqual(result.stdout, "kx check: 2 packs, 17 entities, 48 statements, 73 quotes; 2 sentences not yet cited\n")
        let builtIn = try KXProcess.run(["check"])
        XCTAssertEqual(builtIn.status, 0, builtIn.stdout)
        XCTAssertTrue(builtIn.stdout.hasPrefix("kx check: "), builtIn.stdout)
    }

    func testQuoteFindsATextOrTheClosestPassages() throws {
        let pack = CompileCommandTests.literature + "/alpha-2019"
        let found = try KXProcess.run(["quote", pack, "Whether daily   velostatin slows"])
        XCTAssertEqual(found.status, 0, found.stderr)
        XCTAssertEqual(found.stdout, """
            in sentence 2 of 'alpha-2019', bytes 446–476
              sentence 2: Whether daily velostatin slows arterial glimmer remains an open question.

            """)
        let missing = try KXProcess.run(["quote", pack, "Whether daily velostatin slow arterial glimer"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stdout.hasPrefix("""
            not in the source of 'alpha-2019' (white space is folded, case is kept); the closest passages:
              sentence 2, bytes 446–493, 2 edits: Whether daily velostatin slows arterial glimmer

            """), missing.stdout)
    }
}

extension CheckCommandTests {
    /// A file `bytes` long that takes no room on disk.
    private func sparseFile(_ url: URL, bytes: UInt64) throws {
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: bytes)
        try handle.close()
    }

    func testQuoteReadsOnlyTheFactsSchemaAndNamedSource() throws {
        let pack = try KXProcess.temporaryDirectory(self).appendingPathComponent("alpha")
        try FileManager.default.copyItem(atPath: Self.literature + "/alpha-2019", toPath: pack.path)
        try sparseFile(pack.appendingPathComponent("scan.bin"), bytes: 65 << 20)
        let found = try KXProcess.run(["quote", pack.path, "Whether daily velostatin slows"])
        XCTAssertEqual(found.status, 0, found.stderr)
        XCTAssertTrue(found.stdout.hasPrefix("in sentence 2 of 'alpha-2019'"), found.stdout)
        try FileManager.default.removeItem(at: pack.appendingPathComponent("source.txt"))
        try sparseFile(pack.appendingPathComponent("source.txt"), bytes: 65 << 20)
        let tooLarge = try KXProcess.run(["quote", pack.path, "Whether"], environment: ["NO_COLOR": "1"])
        XCTAssertEqual(tooLarge.status, 1)
        XCTAssertEqual(tooLarge.stderr, "error: knowledge file '\(pack.path)/source.txt' is larger than 64 MiB, the most one file may hold\n")
        let missing = try KXProcess.run(["quote", pack.path + "/nowhere", "Whether"], environment: ["NO_COLOR": "1"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "error: knowledge folder '\(pack.path)/nowhere' does not exist or is not a folder\n")
        let source = pack.appendingPathComponent("source.txt").path
        try FileManager.default.removeItem(atPath: source)
        XCTAssertEqual(mkfifo(source, 0o600), 0)
        let fifo = try KXProcess.run(["quote", pack.path, "Whether"], environment: ["NO_COLOR": "1"])
        XCTAssertEqual(fifo.status, 1)
        XCTAssertEqual(fifo.stderr, "error: cannot read '\(source)': it is not a regular file (a device, pipe or socket)\n")
        try FileManager.default.removeItem(atPath: source)
        try FileManager.default.createDirectory(atPath: source, withIntermediateDirectories: false)
        let folder = try KXProcess.run(["quote", pack.path, "Whether"], environment: ["NO_COLOR": "1"])
        XCTAssertEqual(folder.stderr, "error: cannot read '\(source)': it is a folder, not a file\n")
    }
}
