import Foundation
import XCTest

/// `kx import`: records become packs that load and compile at once; an imported record is not
/// overwritten unless forced; a broken record writes nothing and says where and what was expected.
final class ImportCommandTests: XCTestCase {
    static let fixtures = KXProcess.packageRoot.appendingPathComponent("Tests/KnowledgeImportTests/Fixtures")

    func testImportedPacksLoadAndCompile() throws {
        let root = try KXProcess.temporaryDirectory(self).appendingPathComponent("packs").path
        let nbib = Self.fixtures.appendingPathComponent("records.nbib").path
        let imported = try KXProcess.run(["import", nbib, "--into", root])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertEqual(imported.stderr, "\(root)/muller-2024: 9 entities\n\(root)/odegaard-2023: 2 entities\n")
        let shown = try KXProcess.run(["--knowledge", root, "-c", "show muller-2024"])
        XCTAssertEqual(shown.status, 0, shown.stderr)
        XCTAssertTrue(shown.stdout.hasPrefix("Müller et al. 2024\nmuller-2024 · publication\n"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("-> first_author  hans-muller · Hans Müller"), shown.stdout)
        let compiled = try KXProcess.run(["compile", "--no-builtin", root, "-o", root + ".kxg"])
        XCTAssertEqual(compiled.status, 0, compiled.stderr)
        XCTAssertTrue(compiled.stderr.hasPrefix("\(root).kxg: 10 entities, 9 relations from 2 documents; "), compiled.stderr)

        let again = try KXProcess.run(["import", nbib, "--into", root])
        XCTAssertEqual(again.status, 1)
        XCTAssertEqual(again.stderr, "\(nbib):1:1: error: the pack folder '\(root)/muller-2024' already holds this record; expected a record not yet imported, or --force to replace it\nkx import: nothing was written\n")
        XCTAssertEqual(try KXProcess.run(["import", nbib, "--into", root, "--force"]).status, 0)
    }

    func testABrokenRecordWritesNothing() throws {
        let folder = try KXProcess.temporaryDirectory(self)
        let broken = folder.appendingPathComponent("broken.nbib")
        try "PMID- 1\nAB  - An abstract without a title.\n".write(to: broken, atomically: false, encoding: .utf8)
        let xml = Self.fixtures.appendingPathComponent("records.xml").path
        let root = folder.appendingPathComponent("packs").path
        let result = try KXProcess.run(["import", xml, broken.path, "--into", root])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "\(broken.path):1:1: error: the MEDLINE record beginning here has no title: expected a 'TI  - ' field\nkx import: nothing was written\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: root))
        let badXML = folder.appendingPathComponent("amp.xml")
        try "<PubmedArticleSet>\n<PubmedArticle>Fish & chips</PubmedArticle>\n</PubmedArticleSet>\n".write(to: badXML, atomically: false, encoding: .utf8)
        XCTAssertEqual(try KXProcess.run(["import", badXML.path, "--into", root]).stderr,
                       "\(badXML.path):2:21: error: expected well-formed PubMed XML ('&' that begins no entity reference (write '&amp;' for an ampersand))\n" +
                       " 2 | <PubmedArticle>Fish & chips</PubmedArticle>\n   |                     ^\nkx import: nothing was written\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: root))
    }
}
