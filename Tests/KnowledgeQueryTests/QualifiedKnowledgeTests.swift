import XCTest
import KnowledgeGraph
@testable import KnowledgeQuery

/// Statements with qualifiers from sources that disagree, over the fictional literature: conflicts,
/// filters that count what any source plainly asserts, notes on what they left out, `why` with
/// qualifiers and notes, and identity by id and by cross-reference.
final class QualifiedKnowledgeTests: XCTestCase {
    private var evaluator: GraphExecutor!

    override func setUpWithError() throws {
        evaluator = try FixtureGraph.literature.evaluator()
    }

    // MARK: A second domain on the shipped schema

    func testTheFictionalLiteratureLoadsOnTheShippedSchema() throws {
        let graph = evaluator.graph
        XCTAssertEqual(graph.documentIDs, ["alpha-2019", "beta-2022"])
        XCTAssertEqual(graph.document("alpha-2019")?.date, PartialDate("2019-06"))
        XCTAssertEqual(graph.document("beta-2022")?.date, PartialDate("2022-02"))
        XCTAssertEqual(graph.schema.kinds.map(\.name), try Schema.load(text: FixtureGraph.schemaText(), file: "schema.yaml").kinds.map(\.name))
        XCTAssertEqual(try evaluator.ids("entities"), [
            "velostatin", "headaches", "mild-side-effects", "slower-glimmer", "evidence-for-off-label-use", "trial-a-results",
            "ada-quillfeather", "boris-nettlestone", "cora-wexley", "adults-with-glimmer", "off-label-use",
            "quillfeather-2019", "wexley-2022", "velostatin-slows-glimmer", "daily-velostatin", "placebo", "trial-a",
        ])
        XCTAssertEqual(try evaluator.table("sources").rows.map { Array($0.prefix(3)) }, [["alpha-2019", "5", "37"], ["beta-2022", "4", "36"]])
        XCTAssertEqual(try evaluator.table("kinds").rows.filter { $0[2] != "0" }.map { "\($0[0]) \($0[2])" }, [
            "drug 1", "treatment 2", "trial 1", "question 1", "population 1", "evidence 2", "effect 3", "practice 1",
            "publication 2", "person 3",
        ])
        // Every quote of the fixture was found verbatim in its own source.
        for fact in graph.facts {
            for provenance in fact.provenance {
                let text = try XCTUnwrap(graph.document(provenance.document)?.text)
                XCTAssertEqual(provenance.document, fact.document)
                XCTAssertTrue(text.contains(provenance.quote), "\(fact.triple): \(provenance.quote)")
            }
        }
        // The fictional review is not in this graph: the two domains share only the schema.
        XCTAssertEqual(try queryError("zorvamab", in: evaluator).message, "no kind or entity named 'zorvamab'")
    }

    // MARK: Conflicts

    func testConflictsListTheFieldsSourcesDisagreeOn() throws {
        let table = try evaluator.table("conflicts")
        XCTAssertEqual(table.columns, ["entity", "field", "value", "negated", "as-of", "document", "where"])
        XCTAssertEqual(table.noun, "conflicting statements")
        XCTAssertEqual(table.rows, [
            ["velostatin-slows-glimmer", "status", "open", "false", "2019-06", "alpha-2019", "sentence 2"],
            ["velostatin-slows-glimmer", "status", "answered", "false", "2022-02", "beta-2022", "sentence 3"],
            ["trial-a", "status", "planned", "false", "2019-06", "alpha-2019", "sentence 5"],
            ["trial-a", "status", "completed", "false", "2022-02", "beta-2022", "sentence 1"],
        ])
        let conflicts = evaluator.graph.conflicts()
        XCTAssertEqual(conflicts.map { "\($0.entity) \($0.field)" }, ["velostatin-slows-glimmer status", "trial-a status"])
        XCTAssertEqual(conflicts.last?.facts.map(\.document), ["alpha-2019", "beta-2022"])
        // Sources that agree are no conflict: both give the population's condition as the same value.
        XCTAssertFalse(conflicts.contains { $0.entity == "adults-with-glimmer" })
        XCTAssertEqual(try FixtureGraph.greyFever.evaluator().table("conflicts").rows, [])
    }

    // MARK: Filters count what any source plainly asserts

    func testAFilterMatchesAValueAnySourceAsserts() throws {
        XCTAssertEqual(try evaluator.ids("trials where status=completed"), ["trial-a"])
        XCTAssertEqual(try evaluator.ids("trials where status=planned"), ["trial-a"])
        XCTAssertEqual(try evaluator.ids("trials where status=planned and status=completed"), ["trial-a"])
        XCTAssertEqual(try evaluator.ids("trials where status=recruiting"), [])
        XCTAssertEqual(try evaluator.ids("questions where status=open"), ["velostatin-slows-glimmer"])
        XCTAssertEqual(try evaluator.ids("questions where status=answered"), ["velostatin-slows-glimmer"])
        XCTAssertEqual(evaluator.graph.values(ofAttribute: "status", kind: "trial"), ["completed", "planned"])
        XCTAssertEqual(try evaluator.entityList("trials where status=recruiting").emptiness,
                       .valueNotFound(noun: Noun("trial", "trials"), field: "status", value: "recruiting", seen: ["completed", "planned"], more: 0))
        let table = try evaluator.table("select id, status from trials")
        XCTAssertEqual(table.rows, [["trial-a", "planned, completed"]])
        XCTAssertEqual(try evaluator.entityList("trials").notes, [])
    }

    // MARK: Hedged and denied statements are not counted, and the result says so

    func testHedgedRelationIsNotCountedByAFilter() throws {
        let list = try evaluator.entityList("trials where addresses=velostatin-slows-glimmer")
        XCTAssertEqual(list.ids, [])
        XCTAssertEqual(list.notes.map(\.testText), [
            "1 hedged: trial-a addresses velostatin-slows-glimmer (hedged: implied)",
        ])
        XCTAssertEqual(try evaluator.entityList(#"trials where addresses="glimmer question""#).notes, list.notes)
        XCTAssertEqual(try evaluator.ids("trials where has addresses"), [])
    }

    func testHedgedRelationIsNotFollowedByASteps() throws {
        for query in ["effects -> accounts_for", "mild-side-effects -> accounts_for", "off-label-use <- accounts_for", "off-label-use -> accounted_for_by"] {
            let list = try evaluator.entityList(query)
            XCTAssertEqual(list.ids, [], query)
            XCTAssertEqual(list.notes.map(\.testText), [
                "1 hedged: mild-side-effects accounts_for off-label-use (hedged: may)",
            ], query)
        }
        let implied = try evaluator.entityList("velostatin-slows-glimmer <- addresses")
        XCTAssertEqual(implied.ids, [])
        XCTAssertEqual(implied.notes.map(\.testText), [
            "1 hedged: trial-a addresses velostatin-slows-glimmer (hedged: implied)",
        ])
    }

    func testDeniedRelationIsNotCountedAndTheNoteGivesItsDate() throws {
        let denied = "1 denied: evidence-for-off-label-use supports off-label-use (denied, as of 2019-06)"
        let filtered = try evaluator.entityList("evidence where supports=off-label-use")
        XCTAssertEqual(filtered.ids, [])
        XCTAssertEqual(filtered.notes.map(\.testText), [denied])
        // The asserted edge of another source is followed; the denied one is left out and named.
        let stepped = try evaluator.entityList("evidence -> supports")
        XCTAssertEqual(stepped.ids, ["daily-velostatin"])
        XCTAssertEqual(stepped.notes.map(\.testText), [denied])
        XCTAssertEqual(try evaluator.entityList("practices <- supports").notes.map(\.testText), [denied])
        XCTAssertEqual(try evaluator.entityList("evidence where supports=daily-velostatin").notes, [])
    }

    func testSeveralLeftOutStatementsAreSummedUp() throws {
        let review = try FixtureGraph.greyFever.evaluator()
        let hedged = try review.entityList("ongoing-administration <- accounts_for")
        XCTAssertEqual(hedged.ids, [])
        XCTAssertEqual(hedged.notes.map(\.testText), ["2 hedged of accounts_for"])
        // Each equality joined by 'and' is checked for statements left out.
        let mixed = try evaluator.entityList("entities where supports=off-label-use and accounts_for=off-label-use")
        XCTAssertEqual(mixed.ids, [])
        XCTAssertEqual(mixed.notes.map(\.testText), ["2 hedged or denied of accounts_for, supports"])
    }

    // MARK: Neighbors and paths tag hedged and denied edges

    func testNeighborsAndPathsTagQualifiedEdges() throws {
        XCTAssertEqual(try evaluator.table("neighbors velostatin-slows-glimmer").rows.map { "\($0[1]) \($0[4])" }, [
            "daily-velostatin velostatin-slows-glimmer -concerns->",
            "trial-a-results velostatin-slows-glimmer <-bears_on-",
            "trial-a velostatin-slows-glimmer <-addresses[implied]-",
        ])
        guard case .paths(let list) = try evaluator.run("path mild-side-effects to evidence-for-off-label-use") else { return XCTFail("not paths") }
        XCTAssertEqual(list.paths.map { $0.map { "\($0.from) \($0.arrow) \($0.to)" } }, [[
            "mild-side-effects -accounts_for[may]-> off-label-use",
            "off-label-use <-supports[not]- evidence-for-off-label-use",
        ]])
        XCTAssertEqual(list.paths.first?.map(\.tag), ["[may]", "[not]"])
    }

    // MARK: why shows qualifiers and notes

    func testWhyRowsCarryQualifiers() throws {
        guard case .quotes(let may) = try evaluator.run("why mild-side-effects accounts_for off-label-use") else { return XCTFail("not quotes") }
        XCTAssertEqual(may.subject, "mild-side-effects accounts_for off-label-use")
        XCTAssertEqual(may.rows.map(\.claim.testText), ["mild-side-effects accounts_for off-label-use"])
        XCTAssertEqual(may.rows.map(\.qualifiers), [Qualifiers(hedge: "may")])
        XCTAssertEqual(may.rows.map(\.qualifiers.summary), ["hedged: may"])
        XCTAssertEqual(may.notes, [])

        guard case .quotes(let denied) = try evaluator.run("why off-label-use supported_by evidence-for-off-label-use") else { return XCTFail("not quotes") }
        XCTAssertEqual(denied.subject, "evidence-for-off-label-use supports off-label-use")
        XCTAssertEqual(denied.rows.map(\.qualifiers), [Qualifiers(negated: true, asOf: PartialDate("2019-06"))])
        XCTAssertEqual(denied.rows.map(\.provenance.quote), ["However, there is no evidence to support off-label velostatin use."])
        XCTAssertEqual(denied.rows.map(\.provenance.citation), ["sentence 4"])
    }

    func testWhyAFieldListsEveryStatementOfEverySource() throws {
        guard case .quotes(let status) = try evaluator.run("why velostatin-slows-glimmer status") else { return XCTFail("not quotes") }
        XCTAssertEqual(status.subject, "velostatin-slows-glimmer status")
        XCTAssertEqual(status.rows.map(\.claim.testText), ["status = open", "status = answered"])
        XCTAssertEqual(status.rows.map(\.qualifiers.summary), ["as of 2019-06", ""])
        XCTAssertEqual(status.rows.map(\.provenance.document), ["alpha-2019", "beta-2022"])
        XCTAssertEqual(status.notes.map(\.testText), ["velostatin-slows-glimmer status answered: The source says its own results answer the question."])
        XCTAssertEqual(status.citations.keys.sorted(), ["alpha-2019", "beta-2022"])

        guard case .quotes(let one) = try evaluator.run("why trial-a status completed") else { return XCTFail("not quotes") }
        XCTAssertEqual(one.rows.map(\.provenance.quote), ["has completed"])
        XCTAssertEqual(one.citations.keys.sorted(), ["beta-2022"])
        XCTAssertEqual(try queryError("why trial-a status recruiting", in: evaluator).message,
                       "the sources give the status of trial-a as 'completed', 'planned', not 'recruiting'")
    }

    func testWhyCarriesTheCuratorsNotes() throws {
        guard case .quotes(let implied) = try evaluator.run("why trial-a addresses velostatin-slows-glimmer") else { return XCTFail("not quotes") }
        XCTAssertEqual(implied.rows.map(\.qualifiers), [Qualifiers(hedge: "implied", notes: ["The sentence follows the question and does not name it."])])
        XCTAssertEqual(implied.notes.map(\.testText), ["trial-a addresses velostatin-slows-glimmer: The sentence follows the question and does not name it."])

        guard case .quotes(let entity) = try evaluator.run("why evidence-for-off-label-use") else { return XCTFail("not quotes") }
        XCTAssertEqual(entity.rows.map(\.claim.testText), [
            "evidence to support off-label velostatin use is kind evidence",
            "evidence-for-off-label-use supports off-label-use",
        ])
        XCTAssertEqual(entity.rows.map(\.qualifiers.negated), [false, true])
        XCTAssertEqual(entity.notes.map(\.testText), ["evidence-for-off-label-use: The source denies that there is such evidence; the denial is the negated 'supports' below."])
    }

    // MARK: Identity by id and by cross-reference

    func testAnEntityMergedByCrossReferenceAnswersToBothIds() throws {
        XCTAssertEqual(try evaluator.ids("trial-a"), ["trial-a"])
        XCTAssertEqual(try evaluator.ids("velo-a-study"), ["trial-a"])
        XCTAssertEqual(try evaluator.ids(#""the VELO-A study""#), ["trial-a"])
        XCTAssertEqual(try evaluator.ids("trials"), ["trial-a"])
        guard case .card(let card) = try evaluator.run("show velo-a-study") else { return XCTFail("not a card") }
        XCTAssertEqual(card.entity.id, "trial-a")
        XCTAssertEqual(card.entity.name, "TRIAL-A")
        XCTAssertEqual(card.entity.aliases, ["the VELO-A study", "velo-a-study"])
        XCTAssertEqual(card.entity.xrefs, [Xref(prefix: "nct", value: "NCT09000001")])
        XCTAssertEqual(card.citations.keys.sorted(), ["alpha-2019", "beta-2022"])
        // The relation beta-2022 states of velo-a-study is a relation of trial-a.
        guard case .quotes(let tests) = try evaluator.run("why velo-a-study tests daily-velostatin") else { return XCTFail("not quotes") }
        XCTAssertEqual(tests.subject, "trial-a tests daily-velostatin")
        XCTAssertEqual(tests.rows.map(\.provenance.document), ["alpha-2019", "beta-2022"])
        XCTAssertEqual(try evaluator.ids("entities where xrefs=nct:NCT09000001"), ["trial-a"])
        XCTAssertEqual(try evaluator.ids("velo-a-study -> tests"), ["daily-velostatin"])
        XCTAssertEqual(try evaluator.ids("daily-velostatin <- tests"), ["trial-a"])
    }

    func testEntitiesWithTheSameIdAreOne() throws {
        // The question, the trial, the person and the population are described by both packs.
        XCTAssertEqual(try evaluator.ids("people"), ["ada-quillfeather", "boris-nettlestone", "cora-wexley"])
        XCTAssertEqual(try evaluator.ids("ada-quillfeather <- author"), ["wexley-2022"])
        XCTAssertEqual(try evaluator.ids("ada-quillfeather <- first_author"), ["quillfeather-2019"])
        XCTAssertEqual(try evaluator.ids("populations where size ~ 412 and condition = \"chronic arterial glimmer\""), ["adults-with-glimmer"])
        XCTAssertEqual(try evaluator.ids("velostatin <- effect_of"), ["headaches", "mild-side-effects"])
    }
}
