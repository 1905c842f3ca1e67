import KnowledgeGraph
import Rendering
import XCTest
@testable import Checklists

/// Reports on the fictional abstracts: what each item's fields hold, where cues match what is left
/// out, which entities are a checklist's subjects, and how the segments are cited.
final class ChecklistReportTests: XCTestCase {
    private func report(_ name: String, documents: Set<String>? = nil) throws -> ChecklistReport {
        ChecklistReport(checklist: try ChecklistKnowledge.checklist(name), graph: try ChecklistKnowledge.graph(ChecklistKnowledge.abstracts), documents: documents)
    }

    /// `item status` of each row of `subject`.
    private func statuses(_ report: ChecklistReport, _ subject: String) -> [String] {
        report.rows.filter { $0.subject == subject }.map { "\($0.item.id) \($0.status.rawValue)" }
    }

    func testAFullyModelledTrialHasEveryItemModelled() throws {
        let report = try report("consort-abstracts")
        XCTAssertEqual(report.subjects, ["kestrel", "wren"])
        XCTAssertEqual(report.rows.filter { $0.subject == "kestrel" && $0.status != .modelled }.map(\.item.id), [])
        let randomised = try XCTUnwrap(report.rows.first { $0.subject == "kestrel" && $0.item.id == "numbers-randomised" })
        XCTAssertEqual(randomised.counts, [ChecklistReport.FieldCount(field: "arms.randomized", count: 2), ChecklistReport.FieldCount(field: "enrollment", count: 1)])
        // Kestrel is described by its report and by the review that includes it, so each document is named.
        XCTAssertEqual(randomised.segments, "kestrel-2026: sentence 9")
        let harms = try XCTUnwrap(report.rows.first { $0.subject == "kestrel" && $0.item.id == "harms" })
        XCTAssertEqual(harms.counts.map(\.count), [1, 2], "the denied death is modelled too")
        let registration = try XCTUnwrap(report.rows.first { $0.subject == "kestrel" && $0.item.id == "trial-registration" })
        XCTAssertEqual(registration.counts.map(\.count), [1, 0, 1], "one NCT identifier, no ISRCTN, one registration date")
    }

    func testAPartlyModelledTrialListsWhatIsLeftWithTheSentencesToRead() throws {
        let report = try report("consort-abstracts")
        XCTAssertEqual(statuses(report, "wren"), [
            "title modelled", "authors modelled", "trial-design modelled", "participants to model", "interventions modelled",
            "objective modelled", "primary-outcome modelled", "randomisation to model", "blinding to model", "numbers-randomised modelled",
            "recruitment not stated", "numbers-analysed not stated", "outcome-results to model", "harms to model", "conclusions to model",
            "trial-registration not stated", "funding not stated",
        ])
        let segments = Dictionary(report.rows.filter { $0.subject == "wren" }.map { ($0.item.id, $0.segments) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(segments["randomisation"], "sentence 3")
        XCTAssertEqual(segments["blinding"], "sentence 3")
        XCTAssertEqual(segments["harms"], "sentence 5")
        XCTAssertEqual(segments["funding"], "")
        XCTAssertEqual(segments["title"], "Title")
    }

    func testOnlyTheDocumentsCheckedAreCounted() throws {
        let report = try report("consort-abstracts", documents: ["wren-2024"])
        XCTAssertEqual(report.subjects, ["wren"])
        let alone = try self.report("consort-abstracts", documents: ["kestrel-2026"])
        XCTAssertEqual(alone.rows.first { $0.item.id == "numbers-randomised" }?.segments, "sentence 9", "one document is not named")
        // The review names Kestrel, but models none of its items; an identifier belongs to the entity,
        // not to a document, so the NCT number the trial report gives counts whichever pack is checked.
        let review = try self.report("consort-abstracts", documents: ["osprey-2027"])
        XCTAssertEqual(review.subjects, ["kestrel"])
        XCTAssertEqual(review.rows.filter { $0.status == .modelled }.map(\.item.id), ["trial-registration"])
    }

    func testAReviewChecklistIsAboutSystematicReviewsOnly() throws {
        let report = try report("prisma-abstracts")
        XCTAssertEqual(report.subjects, ["osprey-2027"], "the trial reports are publications of another type")
        XCTAssertEqual(report.rows.filter { $0.status != .modelled }.map(\.item.id), [])
        XCTAssertEqual(report.rows.last?.segments, "", "a PROSPERO identifier quotes nothing")
        XCTAssertEqual(report.footer, "(PRISMA 2020 for Abstracts, 1 publication × 12 items: 12 modelled, 0 to model, 0 not stated; "
                       + "'to model' and 'not stated' are guessed from cue patterns, not read)")
    }

    func testAReportWithoutSubjectsSaysSo() throws {
        let report = try report("prisma-abstracts", documents: ["kestrel-2026", "wren-2024"])
        XCTAssertEqual(report.subjects, [])
        XCTAssertEqual(report.rows, [])
        XCTAssertEqual(report.table.footer, "(no publication with type systematic-review or meta-analysis in the checked packs, so nothing to report against PRISMA 2020 for Abstracts)")
        XCTAssertEqual(TableRenderer().render(report.table, as: .json), "[]\n")
    }

    func testCitationsGroupSegmentsByDocumentInOrder() {
        let title = Segment(role: .field, label: "Title", start: 0, end: 10)
        let three = Segment(role: .sentence, label: "3", start: 40, end: 50), nine = Segment(role: .sentence, label: "9", start: 90, end: 99)
        let cited = [("b", nine), ("a", three), ("a", title), ("a", three)]
        XCTAssertEqual(ChecklistReportBuilder.citation(cited, order: ["a", "b"], naming: true), "a: Title, sentence 3; b: sentence 9")
        XCTAssertEqual(ChecklistReportBuilder.citation([("a", nine), ("a", three)], order: ["a"], naming: false), "sentences 3, 9")
        XCTAssertEqual(ChecklistReportBuilder.citation([], order: ["a"], naming: false), "")
    }
}
