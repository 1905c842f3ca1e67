import XCTest
import KnowledgeGraph
@testable import KnowledgeQuery

/// Completion candidates at each kind of position in a statement.
final class CompleterTests: XCTestCase {
    private var completer: Completer!

    override func setUpWithError() throws {
        completer = Completer(graph: try SeedGraph.graph())
    }

    /// Candidates with the cursor at the end of `line`, checking where the replaced word starts.
    private func complete(_ line: String, from start: Int? = nil, file: StaticString = #filePath, line number: UInt = #line) -> [String] {
        let result = completer.complete(line, cursor: line.count)
        if let start { XCTAssertEqual(result.replaceFrom, start, file: file, line: number) }
        return result.candidates
    }

    func testLineStartOffersKindsAndCommands() {
        let all = complete("", from: 0)
        for word in ["trials", "registries", "people", "entities", "count", "select", "show", "neighbors", "path", "why", "kinds", "relations", "schema", "sources", "registher"] {
            XCTAssertTrue(all.contains(word), "missing \(word)")
        }
        XCTAssertEqual(all, all.sorted())
        XCTAssertEqual(complete("tr", from: 0), ["trastuzumab", "trials"])
        // Words that differ only in case are offered once.
        XCTAssertEqual(complete("RE", from: 0), ["registher", "registries", "registry-patients", "relapse-after-adjuvant", "relations"])
        XCTAssertEqual(complete("Regist", from: 0), ["RegistHER", "registries", "registry-patients"])
        XCTAssertEqual(complete("  sh", from: 2), ["show"])
    }

    func testFieldsAfterWhere() {
        XCTAssertEqual(complete("trials where con", from: 13), ["control"])
        XCTAssertEqual(complete("trials where ", from: 13),
                       ["addresses", "aliases", "allocation", "control", "covers", "id", "kind", "minimum-count", "name", "prompted_by", "status", "timing"])
        XCTAssertEqual(complete("registries where status=initiated and s"), ["scope", "status"])
        XCTAssertEqual(complete("questions where (st"), ["status"])
        XCTAssertEqual(complete("questions where not has im"), ["importance"])
        XCTAssertEqual(complete("trials order by mi"), ["minimum-count"])
        XCTAssertEqual(complete("count trials where tim"), ["timing"])
        XCTAssertEqual(complete("registries -> addresses where st"), ["status"])
    }

    func testDottedFieldPaths() {
        XCTAssertEqual(complete("trials where addresses.st", from: 13), ["addresses.status"])
        XCTAssertEqual(complete("trials where addresses.relevant_to.si"), ["addresses.relevant_to.size"])
        XCTAssertEqual(complete("trials where nonsense.st"), [])
    }

    func testValuesAfterAnOperator() {
        let control = complete("trials where control=", from: 21)
        XCTAssertEqual(control, ["active-comparator", "no-trastuzumab", "no-treatment", "placebo", "standard-of-care"])
        XCTAssertEqual(complete("trials where control=no-t", from: 21), ["no-trastuzumab", "no-treatment"])
        XCTAssertEqual(complete("trials where status != pl"), ["planned"])
        XCTAssertEqual(complete("questions where status=u"), ["unanswered"])
        XCTAssertEqual(complete("trials where addresses.status=n"), ["new"])
        XCTAssertEqual(complete("trials where addresses="), ["continue-after-progression", "switch-or-continue"])
        XCTAssertEqual(complete("publications where date="), ["2006-03"])
    }

    func testRelationsAfterArrows() {
        XCTAssertEqual(complete("trials -> ", from: 10), ["addresses", "covers", "prompted_by"])
        XCTAssertEqual(complete("registries->a", from: 12), ["addresses"])
        XCTAssertEqual(complete("trastuzumab <- "), ["concerns", "raised_by"])
        XCTAssertEqual(complete("trastuzumab <- concerns -> ad"), ["addressed_by", "addresses"])
        XCTAssertEqual(complete("trials where status=planned -> cov"), ["covers"])
    }

    func testEntitiesAfterEntityCommands() {
        XCTAssertEqual(complete("show regis", from: 5), ["registher", "registry-patients"])
        XCTAssertEqual(complete("show herc"), ["Herceptin"])
        XCTAssertEqual(complete("path registher to tras"), ["trastuzumab"])
        XCTAssertEqual(complete("why registher con"), ["concerned_in", "concerns"])
        XCTAssertEqual(complete("why registher concerns tr"), ["trastuzumab"])
        XCTAssertEqual(complete("schema re"), ["registry"])
    }

    func testAfterACompleteQuery() {
        XCTAssertEqual(complete("trials "), ["limit", "order", "where"])
        XCTAssertEqual(complete("trials order "), ["by"])
    }

    func testCursorInsideTheLine() {
        let result = completer.complete("trials where con and status=planned", cursor: 16)
        XCTAssertEqual(result.replaceFrom, 13)
        XCTAssertEqual(result.candidates, ["control"])
        XCTAssertEqual(completer.complete("trials", cursor: 99).candidates, ["trials"])
        XCTAssertEqual(completer.complete("trials", cursor: -3).replaceFrom, 0)
    }

    func testUnfinishedInputGivesNoCandidatesRatherThanFailing() {
        XCTAssertEqual(complete(#"show "unterminated "#), [])
        XCTAssertEqual(complete("trials where €"), [])
    }
}
