import Foundation
import XCTest

/// `kx import`: records become packs that load, check and compile at once, in each of the four
/// formats; the summary names what a record does not give; topics join packs into a literature; an
/// imported record is not overwritten unless forced; a broken record writes nothing and says where
/// and what was expected.
final class ImportCommandTests: XCTestCase {
    static let fixtures = KXProcess.packageRoot.appendingPathComponent("Tests/KnowledgeImportTests/Fixtures")

    func testImportedPacksLoadAndCompile() throws {
        let root = try KXProcess.temporaryDirectory(self).appendingPathComponent("packs").path
        let nbib = Self.fixtures.appendingPathComponent("records.nbib").path
        let imported = try KXProcess.run(["import", nbib, "--into", root])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertEqual(imported.stderr, "\(root)/muller-2024: 9 entities\n\(root)/odegaard-2023: 2 entities; not found: issue, pages, DOI, topics\n")
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

    func testEveryFormatImportsIntoPacksThatPassCheck() throws {
        let summaries = [
            "page-lost-journal.txt": ["quillon-2019: 6 entities",
                                      "page-lost-journal.txt:26:1: warning: the page names only the first author ('Mara Quillon et al.'); the others are left out: expected the page's full author line, or import the record as MEDLINE (.nbib) or PubMed XML"],
            "page-full.txt": ["reyvik-2021: 13 entities"],
            "page-short.txt": ["de-la-fuente-2020: 8 entities"],
            "page.txt": ["muller-2024: 9 entities"],
            "abstracts.txt": ["reyvik-2021: 4 entities; not found: publication type, topics", "holm-2019: 2 entities; not found: DOI, publication type, abstract, topics",
                              "quillon-2024: 7 entities; not found: volume, issue, publication type"],
            "records.nbib": ["muller-2024: 9 entities", "odegaard-2023: 2 entities; not found: issue, pages, DOI, topics"],
            "records.xml": ["muller-2024: 9 entities", "odegaard-2023: 2 entities; not found: issue, pages, DOI, topics"],
        ]
        let folder = try KXProcess.temporaryDirectory(self)
        for (name, lines) in summaries {
            let root = folder.appendingPathComponent(name).path
            let imported = try KXProcess.run(["import", Self.fixtures.appendingPathComponent(name).path, "--into", root])
            XCTAssertEqual(imported.status, 0, imported.stderr)
            let expected = lines.map { $0.hasPrefix(name) ? Self.fixtures.appendingPathComponent($0).path : root + "/" + $0 }
            XCTAssertEqual(imported.stderr, expected.map { $0 + "\n" }.joined(), name)
            let checked = try KXProcess.run(["check", root])
            XCTAssertEqual(checked.status, 0, name + "\n" + checked.stdout + checked.stderr)
        }
    }

    func testTheSameHeadingFromTwoRecordsIsOneTopicOfTheLiterature() throws {
        let root = try KXProcess.temporaryDirectory(self).appendingPathComponent("literature").path
        let files = ["page-lost-journal.txt", "page-full.txt", "records.xml"].map { Self.fixtures.appendingPathComponent($0).path }
        XCTAssertEqual(try KXProcess.run(["import"] + files + ["--into", root]).status, 0)
        let fever = try KXProcess.run(["--knowledge", root, "-c", "publications where topic=\"Grey Fever\""])
        XCTAssertEqual(fever.status, 0, fever.stderr)
        XCTAssertTrue(fever.stdout.contains("│ quillon-2019 │") && fever.stdout.contains("│ reyvik-2021  │"), fever.stdout)
        XCTAssertTrue(fever.stdout.hasSuffix("(2 publications)\n"), fever.stdout)
        // Humans is indexed in all three; the XML gives its identifier, which the merged topic keeps.
        let humans = try KXProcess.run(["--knowledge", root, "-c", "publications where topic=mesh-humans"])
        XCTAssertTrue(humans.stdout.hasSuffix("(3 publications)\n"), humans.stdout)
        let topic = try KXProcess.run(["--knowledge", root, "-c", "show mesh-humans"])
        XCTAssertTrue(topic.stdout.hasPrefix("Humans\nmesh-humans · topic\nidentified by the curator as: mesh:D006801\n"), topic.stdout)
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
