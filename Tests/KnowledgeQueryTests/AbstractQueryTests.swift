import XCTest
@testable import KnowledgeQuery

/// Queries on what the abstract of a trial or a review reports (the fictional Fixtures/abstracts):
/// arms, outcomes and results, masking, enrollment, harms, funding and a review's included studies,
/// each written as a reader would ask it.
final class AbstractQueryTests: XCTestCase {
    var evaluator: GraphExecutor!

    override func setUpWithError() throws {
        evaluator = try FixtureGraph.abstracts.evaluator()
    }

    func testTrialsByEnrollmentAndMasking() throws {
        XCTAssertEqual(try evaluator.ids("trials where enrollment>=100"), ["kestrel"])
        XCTAssertEqual(try evaluator.ids("trials where enrollment<100"), ["wren"])
        XCTAssertEqual(try evaluator.ids("trials where masking=double"), ["kestrel"])
        XCTAssertEqual(try evaluator.ids("trials where model=parallel and phase=phase-3"), ["kestrel"])
        XCTAssertEqual(try evaluator.ids("trials where registered<2023 and start-date>=2022-03"), ["kestrel"])
        XCTAssertEqual(try evaluator.ids("trials where xrefs=nct:NCT09000042"), ["kestrel"])
    }

    func testArmsAndWhatTheyReceive() throws {
        XCTAssertEqual(try evaluator.ids("arms where randomized>=50"), ["kestrel-placebo-group", "kestrel-zorvamab-group"])
        XCTAssertEqual(try evaluator.ids("arms where role=experimental order by randomized desc"), ["kestrel-zorvamab-group", "wren-zorvamab-group"])
        XCTAssertEqual(try evaluator.ids("trials -> arms -> receives"), ["zorvamab", "matching-placebo", "usual-care", "zorvamab-300mg"])
        XCTAssertEqual(try evaluator.ids("kestrel -> arms -> receives -> uses"), ["zorvamab"])
        XCTAssertEqual(try evaluator.ids("trials where arms.receives=usual-care"), ["wren"])
    }

    func testOutcomesAndWhetherTheyWereMet() throws {
        XCTAssertEqual(try evaluator.ids("outcomes where met=false"), ["fever-free-week-24", "wren-fever-days"])
        XCTAssertEqual(try evaluator.ids("outcomes where role=primary and met=false <- outcomes"), ["wren"])
        // Each dotted condition is tested on its own: Kestrel has a primary outcome and an outcome not
        // met (its secondary one), so it matches although its primary outcome was met. The arrow above
        // asks about one outcome.
        XCTAssertEqual(try evaluator.ids("trials where outcomes.role=primary and outcomes.met=false"), ["kestrel", "wren"])
        XCTAssertEqual(try evaluator.ids("trials where outcomes.met=true"), ["kestrel"])
    }

    func testResultsWithTheirEstimateAndInterval() throws {
        XCTAssertEqual(try evaluator.ids("results where effect-measure=hazard-ratio and estimate<1"), ["relapse-hazard-ratio"])
        XCTAssertEqual(try evaluator.ids("results where ci-upper<1"), ["relapse-hazard-ratio", "relapse-risk-ratio"])
        XCTAssertEqual(try evaluator.ids("results where in_arm=kestrel-placebo-group and not has estimate"), ["fever-free-placebo", "relapse-time-placebo"])
        let primary = try evaluator.table("select id, estimate, ci-lower, ci-upper, ci-level, p-value from time-to-relapse <- result_for where has estimate")
        XCTAssertEqual(primary.rows, [["relapse-hazard-ratio", "0.64", "0.47", "0.87", "95", "0.004"]])
        XCTAssertEqual(try evaluator.ids("kestrel -> outcomes <- result_for where p-value=0.64"), ["fever-free-odds-ratio"])
    }

    func testHarmsAreObservedInArmsAndADeathIsDenied() throws {
        XCTAssertEqual(try evaluator.ids("kestrel-zorvamab-group <- observed_in"), ["injection-site-reactions"])
        XCTAssertEqual(try evaluator.ids("harms where observed_in.arm_of=kestrel"), ["injection-site-reactions"])
        let denied = try evaluator.entityList("kestrel <- observed_in")
        XCTAssertEqual(denied.ids, [])
        XCTAssertEqual(denied.notes.map(\.testText), ["1 denied: death observed_in kestrel (denied)"], "the denied death is left out and said")
    }

    func testSponsorsFundersAndConditions() throws {
        XCTAssertEqual(try evaluator.ids("trials where funded_by=nowhere-biologics and sponsor=nowhere-biologics"), ["kestrel"])
        XCTAssertEqual(try evaluator.ids("kestrel -> collaborator"), ["grey-fever-research-network"])
        XCTAssertEqual(try evaluator.ids("organizations <- funded_by"), ["osprey-2027", "kestrel"])
        XCTAssertEqual(try evaluator.ids("trials where conditions=grey-fever"), ["kestrel"])
        XCTAssertEqual(try evaluator.ids("topics where vocabulary=keyword <- topic"), ["kestrel-2026"])
    }

    func testReportsAndReviews() throws {
        XCTAssertEqual(try evaluator.ids("publications where includes=kestrel"), ["osprey-2027"])
        XCTAssertEqual(try evaluator.ids("kestrel <- reports"), ["kestrel-2026"])
        XCTAssertEqual(try evaluator.ids("trials where reported_in.type=trial-report"), ["kestrel", "wren"])
        XCTAssertEqual(try evaluator.ids("publications where type=systematic-review and included-studies>=3 and search-date>=2026"), ["osprey-2027"])
        XCTAssertEqual(try evaluator.ids("publications where xrefs=prospero:CRD42025000001 -> outcomes <- result_for"), ["relapse-risk-ratio"])
    }
}
