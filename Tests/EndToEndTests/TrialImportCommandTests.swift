import Foundation
import XCTest

/// `kx import` of ClinicalTrials.gov records: the fictional studies become packs that check, the
/// summary says what was left out, the imported trial is one entity with a paper's trial that
/// names its NCT number, and a JSON file that is no study writes nothing and says where.
final class TrialImportCommandTests: XCTestCase {
    static let fixtures = KXProcess.packageRoot.appendingPathComponent("Tests/KnowledgeImportTests/Fixtures/ctgov")

    func testStudyRecordsImportIntoPacksThatCheck() throws {
        let root = try KXProcess.temporaryDirectory(self).appendingPathComponent("packs").path
        let study = Self.fixtures.appendingPathComponent("NCT09999901.json").path
        let page = Self.fixtures.appendingPathComponent("search-results.json").path
        let imported = try KXProcess.run(["import", study, page, "--into", root])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertEqual(imported.stderr, """
            \(root)/nct09999901: 11 entities from a ClinicalTrials.gov record
              note: the MeSH term Ash Fevers (D999902) is not the name of a condition of the record: left out
            \(root)/nct09999902: 11 entities from a ClinicalTrials.gov record
            \(root)/nct09999903: 6 entities from a ClinicalTrials.gov record
              note: the allocation 'NA' (N/A) has no value in the schema: left out
              note: the MeSH term Grey Fever (D999901) is not the name of a condition of the record: left out

            """)
        let checked = try KXProcess.run(["check", root])
        XCTAssertEqual(checked.status, 0, checked.stdout + checked.stderr)
        XCTAssertEqual(checked.stdout, "kx check: 3 packs, 24 entities, 92 statements, 128 quotes; 64 sentences not yet cited\n")
        let again = try KXProcess.run(["import", page, "--into", root])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.hasPrefix("\(page):3:5: error: the pack folder '\(root)/nct09999902' already holds this record; expected a record not yet imported, or --force to replace it\n"), again.stderr)
        XCTAssertEqual(try KXProcess.run(["import", page, "--into", root, "--force"]).status, 0)
    }

    func testPubMedAndTrialRecordsImportTogether() throws {
        let root = try KXProcess.temporaryDirectory(self).appendingPathComponent("packs").path
        let nbib = KXProcess.packageRoot.appendingPathComponent("Tests/KnowledgeImportTests/Fixtures/records.nbib").path
        let imported = try KXProcess.run(["import", Self.fixtures.appendingPathComponent("NCT09999901.json").path, nbib, "--into", root])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertEqual(imported.stderr, """
            \(root)/muller-2024: 9 entities
            \(root)/odegaard-2023: 2 entities; not found: issue, pages, DOI, topics
            \(root)/nct09999901: 11 entities from a ClinicalTrials.gov record
              note: the MeSH term Ash Fevers (D999902) is not the name of a condition of the record: left out

            """)
        XCTAssertEqual(try KXProcess.run(["check", root]).status, 0)
    }

    func testTheTrialIsOneEntityWithThePapersTrialThatNamesItsNCTNumber() throws {
        let root = try KXProcess.temporaryDirectory(self).appendingPathComponent("packs")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("report/heron-2024"), to: root.appendingPathComponent("heron-2024"))
        let imported = try KXProcess.run(["import", Self.fixtures.appendingPathComponent("NCT09999901.json").path, "--into", root.path])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        let joined = try KXProcess.run(["--no-builtin", "--knowledge", root.path, "-c", "count trials", "-c", "statements where subject=kestrel-3 and predicate=status",
                                        "-c", "kestrel-3 -> arms -> receives"])
        XCTAssertEqual(joined.status, 0, joined.stderr)
        XCTAssertEqual(joined.stdout, """
            1 trial
            ┌───────────┬───────────┬───────────┬──────────┬─────────┬─────────┬─────────────┬────────────────┐
            │ subject   │ predicate │ object    │ hedge    │ negated │ as-of   │ document    │ where          │
            ├───────────┼───────────┼───────────┼──────────┼─────────┼─────────┼─────────────┼────────────────┤
            │ kestrel-3 │ status    │ completed │ asserted │ false   │ 2024-03 │ heron-2024  │ sentence 3     │
            │ kestrel-3 │ status    │ completed │ asserted │ false   │ 2024-01 │ nct09999901 │ Overall status │
            └───────────┴───────────┴───────────┴──────────┴─────────┴─────────┴─────────────┴────────────────┘
            (2 statements)
            ┌──────────────────────┬──────┬──────────┐
            │ id                   │ kind │ name     │
            ├──────────────────────┼──────┼──────────┤
            │ nct09999901-placebo  │ drug │ Placebo  │
            │ nct09999901-zorvamab │ drug │ Zorvamab │
            └──────────────────────┴──────┴──────────┘
            (2 entities)

            """)
        let shown = try KXProcess.run(["--no-builtin", "--knowledge", root.path, "-c", "show nct09999901"])
        XCTAssertEqual(shown.status, 0, shown.stderr)
        XCTAssertTrue(shown.stdout.hasPrefix("the KESTREL-3 trial\nkestrel-3 · trial\nalso known as: Zorvamab Versus Placebo in Adults With Grey Fever, KESTREL-3, "), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("identified by the curator as: nct:NCT09999901\n"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("  [heron-2024] Heron A, et al."), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("  [nct09999901] Kestrel Therapeutics."), shown.stdout)
    }

    func testAJSONFileThatIsNoStudyWritesNothing() throws {
        let folder = try KXProcess.temporaryDirectory(self)
        let file = folder.appendingPathComponent("results.json")
        try "{\"studies\": [\n  {\"hasResults\": false}\n]}\n".write(to: file, atomically: false, encoding: .utf8)
        let root = folder.appendingPathComponent("packs").path
        let result = try KXProcess.run(["import", Self.fixtures.appendingPathComponent("NCT09999901.json").path, file.path, "--into", root])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, """
            \(file.path):2:3: error: expected a ClinicalTrials.gov study record (API version 2): no protocolSection
             2 |   {"hasResults": false}
               |   ^
               = download the study's JSON from its page on clinicaltrials.gov, or from https://clinicaltrials.gov/api/v2/studies/NCT…
            kx import: nothing was written

            """)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root))
    }

    func testTheHelpNamesBothKindsOfRecord() throws {
        let help = try KXProcess.run(["import", "--help"])
        XCTAssertTrue(help.stdout.contains("Make knowledge packs from PubMed and ClinicalTrials.gov records."), help.stdout)
        XCTAssertTrue(help.stdout.contains("ClinicalTrials.gov study record (API version 2 JSON"), help.stdout)
    }
}
