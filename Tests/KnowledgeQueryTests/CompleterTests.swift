import XCTest
import KnowledgeGraph
@testable import KnowledgeQuery

/// Completion candidates at each kind of position in a statement.
final class CompleterTests: XCTestCase {
    private var completer: Completer!

    override func setUpWithError() throws {
        completer = Completer(executor: GraphExecutor(graph: try FixtureGraph.greyFever.graph()))
    }

    /// Candidates with the cursor at the end of `line`, checking where the replaced word starts.
    private func complete(_ line: String, from start: Int? = nil, file: StaticString = #filePath, line number: UInt = #line) -> [String] {
        let result = completer.complete(line, cursor: line.count)
        if let start { XCTAssertEqual(result.replaceFrom, start, file: file, line: number) }
        return result.candidates
    }

    func testLineStartOffersKindsAndCommands() {
        let all = complete("", from: 0)
        for word in ["trials", "registries", "people", "entities", "count", "select", "show", "neighbors", "path", "why", "kinds", "relations", "schema", "sources", "conflicts", "feverlog"] {
            XCTAssertTrue(all.contains(word), "missing \(word)")
        }
        XCTAssertEqual(all, all.sorted())
        XCTAssertEqual(complete("pr", from: 0), ["practices", "prolonged-zorvamab-therapy"])
        // Words that differ only in case are offered once.
        XCTAssertEqual(complete("FE", from: 0), ["feverlog", "feverlog-patients"])
        XCTAssertEqual(complete("Fever", from: 0), ["FeverLog", "feverlog-patients"])
        XCTAssertEqual(complete("  sh", from: 2), ["show"])
    }

    func testFieldsAfterWhere() {
        XCTAssertEqual(complete("trials where con", from: 13), ["concerns", "conclusion", "conditions", "control"])
        XCTAssertEqual(complete("trials where ", from: 13),
                       ["addresses", "aliases", "allocation", "analysed", "arms", "blinded", "collaborator", "completion-date", "concerns", "conclusion",
                        "conditions", "control", "covers", "design", "eligibility", "enrollment", "enrollment-type", "funded_by", "id", "in_context_of",
                        "included_in", "kind", "location", "masking", "minimum-count", "model", "name", "objective", "observed", "outcomes", "phase",
                        "primary-completion-date", "randomization", "recruitment", "registered", "reported_in", "sponsor", "start-date", "status",
                        "stop-reason", "studies", "tests", "timing", "xrefs"])
        XCTAssertEqual(complete("registries where status=initiated and s"), ["scope", "sponsor", "status", "studies"])
        XCTAssertEqual(complete("questions where (st"), ["status"])
        XCTAssertEqual(complete("questions where not has im"), ["importance"])
        XCTAssertEqual(complete("trials order by mi"), ["minimum-count"])
        XCTAssertEqual(complete("count trials where tim"), ["timing"])
        XCTAssertEqual(complete("registries -> addresses where st"), ["status"])
    }

    func testStatementFieldsAfterWhere() {
        XCTAssertEqual(complete("statements where he"), ["hedge"])
        XCTAssertEqual(complete("facts where hedge=may and neg"), ["negated"])
        XCTAssertEqual(complete("count statements where as"), ["as-of", "asserted"])
        XCTAssertEqual(complete("select subject from statements order by su"), ["subject"])
        XCTAssertEqual(complete("stat", from: 0), ["statements"])
        XCTAssertEqual(complete("schema stat"), ["statements"])
    }

    func testDottedFieldPaths() {
        XCTAssertEqual(complete("trials where addresses.st", from: 13), ["addresses.status"])
        XCTAssertEqual(complete("trials where addresses.relevant_to.si"), ["addresses.relevant_to.size"])
        XCTAssertEqual(complete("trials where nonsense.st"), [])
    }

    func testValuesAfterAnOperator() {
        // A relation's values are the entities of its range.
        let control = complete("trials where control=", from: 21)
        XCTAssertEqual(control, ["continued-zorvamab", "no-zorvamab", "prolonged-zorvamab-therapy", "switching-to-grx-agents"])
        XCTAssertEqual(complete("trials where control=no-z", from: 21), ["no-zorvamab"])
        // Only the values that occur: the schema's other statuses would find nothing.
        XCTAssertEqual(complete("trials where status=", from: 20), ["planned"])
        XCTAssertEqual(complete("trials where status != pl"), ["planned"])
        XCTAssertEqual(complete("questions where status=o"), ["open"])
        XCTAssertEqual(complete("trials where addresses.novelty=n"), ["new"])
        XCTAssertEqual(complete("trials where addresses="), ["continue-after-relapse", "switch-or-keep"])
        XCTAssertEqual(complete("publications where date="), ["2011-09"])
    }

    func testRelationsAfterArrows() {
        XCTAssertEqual(complete("trials -> ", from: 10), ["addresses", "arms", "collaborator", "concerns", "conditions", "control", "covers", "funded_by",
                                                             "in_context_of", "included_in", "observed", "outcomes", "reported_in", "sponsor", "studies", "tests"])
        XCTAssertEqual(complete("registries->a", from: 12), ["addresses"])
        XCTAssertEqual(complete("zorvamab <- "), ["concerns", "effect_of", "receives", "studies", "uses"])
        XCTAssertEqual(complete("zorvamab <- concerns -> ad"), ["addressed_by", "addresses"])
        XCTAssertEqual(complete("trials where status=planned -> cov"), ["covers"])
    }

    func testEntitiesAfterEntityCommands() {
        XCTAssertEqual(complete("show fever", from: 5), ["feverlog", "feverlog-patients"])
        XCTAssertEqual(complete("show zorve"), ["Zorvex"])
        XCTAssertEqual(complete("path feverlog to zorva"), ["zorvamab", "zorvamab-toxicity"])
        XCTAssertEqual(complete("why feverlog co"), ["collaborator", "collaborator_in", "concerned_in", "concerns", "condition_in", "conditions", "context_of", "control",
                                                               "control_in", "covered_by", "covers"])
        XCTAssertEqual(complete("why feverlog studies pro"), ["prolonged-zorvamab-therapy"])
        XCTAssertEqual(complete("schema re"), ["registry", "result"])
    }

    func testAfterACompleteQuery() {
        XCTAssertEqual(complete("trials "), ["limit", "order", "where"])
        XCTAssertEqual(complete("trials order "), ["by"])
        XCTAssertEqual(complete("trials where status=planned "), ["and", "limit", "or", "order", "where"])
        XCTAssertEqual(complete("trials where (status=planned "), ["and", "or"])
        XCTAssertEqual(complete("(trials where status=planned) "), ["limit", "order", "where"])
        XCTAssertEqual(complete("trials where status=planned -> covers "), ["limit", "order", "where"])
        XCTAssertEqual(complete("trials order by status "), ["asc", "desc", "limit"])
        XCTAssertEqual(complete("trials order by status desc "), ["limit"])
        XCTAssertEqual(complete("trials limit 2 "), [])
        XCTAssertEqual(complete("count trials "), ["limit", "order", "where"])
    }

    /// Only what the grammar takes at the cursor: what is offered never fails to parse.
    func testAfterAnEntityCommandOnlyWhatMayFollow() {
        XCTAssertEqual(complete("neighbors feverlog "), ["depth"])
        XCTAssertEqual(complete("neighbors feverlog depth "), [])
        XCTAssertEqual(complete("path feverlog "), ["to"])
        XCTAssertEqual(complete("path feverlog to zorvamab "), [])
        XCTAssertEqual(complete("show feverlog "), [])
        XCTAssertEqual(complete("why feverlog studies prolonged-zorvamab-therapy "), [])
        XCTAssertEqual(complete("kinds "), [])
        XCTAssertEqual(complete("schema trial "), [])
        XCTAssertEqual(complete("select id "), ["from"])
        XCTAssertEqual(complete("select id from trials "), ["limit", "order", "where"])
    }

    /// `order by` offers the fields of the query's kind.
    func testOrderByOffersTheFieldsOfTheQuerysKind() {
        XCTAssertEqual(complete("registries order by s"), ["scope", "sponsor", "status", "studies"])
        XCTAssertEqual(complete("trials where status=planned order by st"), ["start-date", "status", "stop-reason", "studies"])
        XCTAssertFalse(complete("trials order by ").contains("scope"), "scope is a registry's field")
    }

    /// Inside a quote, names with spaces are offered, each closing the quote.
    func testCompletionInsideQuotes() {
        XCTAssertEqual(complete(#"show "cent"#, from: 6), [#"central patient registry""#])
        XCTAssertEqual(complete("show 'cent", from: 6), ["central patient registry'"])
        XCTAssertEqual(complete(#"trials where stop-reason="could"#), [#"could not enrol enough patients""#])
        XCTAssertEqual(complete(#"show "feverlog" "#), [])
        XCTAssertEqual(Completer.escaped(#"a "b" \ c"#, in: "\""), #"a \"b\" \\ c"#)
    }

    func testCursorInsideTheLine() {
        let result = completer.complete("trials where cont and status=planned", cursor: 17)
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
