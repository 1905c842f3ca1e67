import Foundation
import XCTest

/// A pack given with `--knowledge` may refer to entities of the built-in knowledge; `kx check` checks it
/// the same way, counting only the given pack, and `kx compile` compiles it the same way.
final class BuiltInReferenceTests: XCTestCase {
    /// A FICTIONAL pack (the Heron clinic does not exist) whose one relation's object is the built-in `trastuzumab`.
    private func heronPack(object: String = "trastuzumab") throws -> String {
        let pack = try KXProcess.temporaryDirectory(self).appendingPathComponent("heron")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try """
            Title: Whether to keep trastuzumab in the invented Heron clinic (a fictional note)
            Authors: Iris Quill et al.

            Abstract

            This note is invented for software tests and states nothing about real medicine. \
            Whether the invented Heron clinic should keep giving trastuzumab is an open question.

            """.write(to: pack.appendingPathComponent("source.txt"), atomically: false, encoding: .utf8)
        try """
            document:
              id: quill-2030
              source: source.txt
              citation: "Quill I, et al. Whether to keep trastuzumab in the invented Heron clinic (a fictional note)."

            entities:
              - id: heron-question
                kind: question
                name: whether the Heron clinic should keep giving trastuzumab
                quote: Whether the invented Heron clinic should keep giving trastuzumab is an open question

            relations:
              - {subject: heron-question, type: concerns, object: \(object), quote: keep giving trastuzumab}

            """.write(to: pack.appendingPathComponent("facts.yaml"), atomically: false, encoding: .utf8)
        return pack.path
    }

    func testAPackRefersToABuiltInEntity() throws {
        let pack = try heronPack()
        let result = try KXProcess.run(["--knowledge", pack, "--format", "plain", "-c", "heron-question -> concerns", "-c", "trastuzumab <- concerns"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
            id\tkind\tname
            trastuzumab\tdrug\ttrastuzumab
            id\tkind\tname
            heron-question\tquestion\twhether the Heron clinic should keep giving trastuzumab

            """)
        let card = try KXProcess.run(["--knowledge", pack, "-c", "show heron-question"], environment: ["NO_COLOR": "1"])
        XCTAssertEqual(card.status, 0, card.stderr)
        XCTAssertTrue(card.stdout.contains("-> concerns   trastuzumab"), card.stdout)
    }

    func testCheckLoadsTheBuiltInKnowledgeBesideThePackAndCountsOnlyThePack() throws {
        let pack = try heronPack()
        let clean = try KXProcess.run(["check", pack])
        XCTAssertEqual(clean.status, 0, clean.stdout)
        XCTAssertEqual(clean.stdout, "kx check: 1 pack, 1 entity, 1 statement, 2 quotes; 3 sentences not yet cited\n")
        let typo = try KXProcess.run(["check", "--no-color", try heronPack(object: "trastuzumap")])
        XCTAssertEqual(typo.status, 1)
        XCTAssertTrue(typo.stdout.contains("error: object 'trastuzumap' of relation 'concerns' is not the id of any entity"), typo.stdout)
        XCTAssertTrue(typo.stdout.contains("did you mean 'trastuzumab'?"), typo.stdout)
    }

    func testCompileMakesTheFileThatKnowledgeDIRLoads() throws {
        let pack = try heronPack()
        let file = pack + ".kxg"
        let compiled = try KXProcess.run(["compile", pack, "-o", file])
        XCTAssertEqual(compiled.status, 0, compiled.stderr)
        let fromFile = try KXProcess.run(["--knowledge", file, "--format", "plain", "-c", "trastuzumab <- concerns", "-c", "count entities"])
        let fromPack = try KXProcess.run(["--knowledge", pack, "--format", "plain", "-c", "trastuzumab <- concerns", "-c", "count entities"])
        XCTAssertEqual(fromFile.status, 0, fromFile.stderr)
        XCTAssertEqual(fromFile.stdout, fromPack.stdout)
        XCTAssertTrue(fromFile.stdout.contains("heron-question"), fromFile.stdout)
        let alone = try KXProcess.run(["compile", "--no-builtin", pack, "-o", file])
        XCTAssertEqual(alone.status, 1)
        XCTAssertTrue(alone.stderr.contains("object 'trastuzumab' of relation 'concerns' is not the id of any entity"), alone.stderr)
    }
}
