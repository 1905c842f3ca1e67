import XCTest
@testable import KnowledgeGraph
@testable import KnowledgeStore

/// The loader goes on after a problem: one run reports every problem of every pack, references and
/// domains included, sorted by file, line and column, and at most `GraphBuilder.maximumDiagnostics` of them.
///
/// FICTIONAL domain: the facts quote `TestPacks.fictionalSource` (an invented drug, disease and trials).
final class EveryProblemTests: XCTestCase {
    /// Nine different problems, one per marked line.
    private let facts = TestPacks.header("quill-2019") + """
        entities:
          - id: zorvamab
            kind: drug
            name: zorvamab
            quote: Zorvamab is an invented antibody
          - id: grey-fever
            kind: disease
            name: grey fever
            quote: grey fever
          - id: heron
            kind: trial
            name: Heron
            quote: The Heron trial
            attributes:
              phase: {value: "3", quote: The Heron trial}
              status: {value: planed, quote: currently planned}
              purpose: {value: to test zorvamab}
          - id: helps
            kind: question
            name: whether zorvamab helps
            quote: Whether zorvamab heals
        relations:
          - subject: heron
            type: tests
            object: zorvamab
            quote: to test zorvamab
          - subject: heron
            type: addresses
            object: help
            quote: Whether zorvamab helps
          - subject: zorvamab
            type: concerns
            object: zorvamab
            quote: Zorvamab may shorten grey fever
          - subject: heron
            type: concerns
            object: zorvamab
            hedge: mya
            quote: to test zorvamab

        """

    func testEveryProblemOfAFileIsReportedInLineOrder() {
        let diagnostics = TestPacks.diagnostics([TestPacks.root(facts: facts, source: TestPacks.fictionalSource)])
        XCTAssertEqual(diagnostics.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message)" }, [
            "10:11 unknown kind 'disease'",
            "18:7 kind 'trial' has no attribute 'phase' (it has: status, count, start, site, purpose)",
            "19:23 value 'planed' of attribute 'status' (enum) is not one of the allowed values (planned, failed-to-accrue, completed)",
            "20:16 attribute 'purpose' of 'heron' has no quote; every fact needs a verbatim quote of its source",
            "24:12 quote not found in the source of 'quill-2019' (white space is folded, case is kept)",
            "27:11 unknown relation type 'tests'",
            "32:13 object 'help' of relation 'addresses' is not the id of any entity",
            "34:14 relation 'concerns' cannot have a drug ('zorvamab') as its subject; its domain is question, trial",
            "41:12 unknown hedge 'mya'",
        ])
        XCTAssertEqual(diagnostics.map(\.notes), [
            ["kinds: drug, trial, question"],
            [],
            ["did you mean 'planned'?"],
            [],
            ["the source matches up to 'Whether zorvamab' but not 'heals' after it", "the closest passage (sentence 6, 2 edits away): 'Whether zorvamab helps'"],
            ["relations: addresses, concerns"],
            ["did you mean 'helps'?"],
            [],
            ["did you mean 'may'?", "the hedge scale, firmest first: asserted, possible, may"],
        ])
        XCTAssertTrue(diagnostics.allSatisfy { $0.location?.file == "K/p/facts.yaml" && $0.sourceLine != nil })
    }

    func testTheSameProblemsFromThePackLoader() throws {
        // `check` keeps the valid part of the pack and lists the pack's own problems (references are checked on merging).
        let loader = PackLoader(schema: try Schema.load(text: TestPacks.schema, file: "schema.yaml"))
        let (pack, diagnostics) = try loader.check(facts: facts, factsPath: "facts.yaml") { _ in ("source.txt", Array(TestPacks.fictionalSource.utf8)) }
        XCTAssertEqual(pack.document.id, "quill-2019")
        XCTAssertEqual(pack.entities.map(\.value.id), ["zorvamab", "heron", "helps"])
        XCTAssertEqual(pack.entities[1].value.attributes.map(\.name), [], "no attribute of 'heron' is valid")
        XCTAssertEqual(pack.relations.map { "\($0.value.subject) \($0.value.type) \($0.value.object)" },
                       ["heron addresses help", "zorvamab concerns zorvamab"])
        XCTAssertEqual(diagnostics.inFileOrder.compactMap(\.location?.line), [10, 18, 19, 20, 24, 27, 41])
    }

    /// Mistakes that leave a statement unkept still let the rest of it be checked: an unknown kind, attribute
    /// or relation type does not hide a misquote or an unknown id, and a misspelt key is read as the key it
    /// stands for, so the entity it belongs to is still known and references to it are not reported.
    private let plantedFacts = TestPacks.header("quill-2019") + """
        entities:
          - id: zorvamab
            kind: drug
            name: zorvamab
            quote: Zorvamab is an invented antibody
          - id: heron
            kind: trail
            name: Heron
            quote: The Heron trail is currently planned
            attributes:
              purpose: {value: to test zorvamab, quote: to trial zorvamab}
          - idd: kestrel
            kind: trial
            name: Kestrel
            quote: The Kestrel trial gave zorvamab to every patient.
            attributes:
              status: {value: complete, quote: gave zorvamab to every patient}
          - id: helps
            kind: question
            name: whether zorvamab helps
            quote: Whether zorvamab helps
            attributes:
              novelty: {value: new, quote: Whether zorvamab heals}
        relations:
          - {subject: kestrel, type: addresses, object: helps, quote: The Kestrel trial}
          - {subject: heron, type: concerns, object: zorvamab, quote: to test zorvamab}
          - {subject: kestrel, type: gives, object: zorvamb, quote: gave zorvamab to each patient}
          - {subject: helps, type: concerns, objet: zorvamb, quote: Whether zorvamab helps}
          - {subject: helps, type: concerns, object: zorvamabb, quote: Zorvamab may shorten grey fevers}

        """

    func testAMistakeThatLeavesAStatementUnkeptHidesNoOtherProblem() {
        let diagnostics = TestPacks.diagnostics([TestPacks.root(facts: plantedFacts, source: TestPacks.fictionalSource)])
        XCTAssertEqual(diagnostics.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message)" }, [
            "10:11 unknown kind 'trail'",
            "12:12 quote not found in the source of 'quill-2019' (white space is folded, case is kept)",
            "14:49 quote not found in the source of 'quill-2019' (white space is folded, case is kept)",
            "15:5 unknown key 'idd' in an entity",
            "20:23 value 'complete' of attribute 'status' (enum) is not one of the allowed values (planned, failed-to-accrue, completed)",
            "26:7 kind 'question' has no attribute 'novelty' (it has: status)",
            "26:36 quote not found in the source of 'quill-2019' (white space is folded, case is kept)",
            "30:30 unknown relation type 'gives'",
            "30:45 object 'zorvamb' of relation 'gives' is not the id of any entity",
            "30:61 quote not found in the source of 'quill-2019' (white space is folded, case is kept)",
            "31:38 unknown key 'objet' in a relation",
            "31:45 object 'zorvamb' of relation 'concerns' is not the id of any entity",
            "32:46 object 'zorvamabb' of relation 'concerns' is not the id of any entity",
            "32:64 quote not found in the source of 'quill-2019' (white space is folded, case is kept)",
        ])
        XCTAssertEqual(diagnostics.map(\.notes), [
            ["did you mean 'trial'?", "kinds: drug, trial, question"],
            ["the source matches up to 'The Heron' but not 'trail' after it", "the closest passage (sentence 2, 1 edit away): 'The Heron trial is currently planned'"],
            ["the source matches up to 'to' but not 'trial' after it", "the closest passage (sentence 2, 4 edits away): 'to test zorvamab'"],
            ["did you mean 'id'?", "the keys here: id, kind, name, aliases, quote, note, attributes, xrefs"],
            ["did you mean 'completed'?"],
            [],
            ["the source matches up to 'Whether zorvamab' but not 'heals' after it", "the closest passage (sentence 6, 2 edits away): 'Whether zorvamab helps'"],
            ["relations: addresses, concerns"],
            ["did you mean 'zorvamab'?"],
            ["the source matches up to 'gave zorvamab to' but not 'each' after it", "the closest passage (sentence 5, 4 edits away): 'gave zorvamab to every patient'"],
            ["did you mean 'object'?", "the keys here: subject, type, object, quote, hedge, negated, as-of, note"],
            ["did you mean 'zorvamab'?"],
            ["did you mean 'zorvamab'?"],
            ["the source matches up to 'Zorvamab may shorten grey' but not 'fevers' after it", "the closest passage (sentence 4, 1 edit away): 'Zorvamab may shorten grey fever'"],
        ])
        XCTAssertTrue(diagnostics.allSatisfy { $0.location?.file == "K/p/facts.yaml" && $0.sourceLine != nil })
    }

    func testAnUnkeptEntityIsLeftOutOfThePackButItsIdIsKnown() throws {
        let loader = PackLoader(schema: try Schema.load(text: TestPacks.schema, file: "schema.yaml"))
        let (pack, diagnostics) = try loader.check(facts: plantedFacts, factsPath: "facts.yaml") { _ in ("source.txt", Array(TestPacks.fictionalSource.utf8)) }
        XCTAssertEqual(pack.entities.map(\.value.id), ["zorvamab", "kestrel", "helps"])
        XCTAssertEqual(pack.unkeptIDs, ["heron"])
        XCTAssertEqual(pack.entities[1].value.attributes.map(\.name), [], "the status of 'kestrel' is not a valid value")
        XCTAssertEqual(pack.relations.map { "\($0.value.subject) \($0.value.type) \($0.value.object)" },
                       ["kestrel addresses helps", "heron concerns zorvamab", "helps concerns zorvamb"])
        XCTAssertEqual(pack.unkeptRelationEnds.map { "\($0.value.subject) \($0.value.type) \($0.value.object)" }, ["kestrel gives zorvamb", "helps concerns zorvamabb"])
        XCTAssertEqual(diagnostics.count, 11, "all but the references, which are checked on merging")
        XCTAssertThrowsError(try loader.load(facts: plantedFacts, factsPath: "facts.yaml") { _ in ("source.txt", Array(TestPacks.fictionalSource.utf8)) })
    }

    func testProblemsOfSeveralPacksAreSortedByFile() {
        let bad = TestPacks.header("quill-2019") + "entities:\n  - id: zorvamab\n    kind: drog\n    name: zorvamab\n    quote: Zorvamab\n"
        let other = bad.replacingOccurrences(of: "quill-2019", with: "wren-2022").replacingOccurrences(of: "kind: drog", with: "kind: trail")
        let root = TestPacks.root(packs: ["b": (bad, TestPacks.fictionalSource), "a": (other, TestPacks.fictionalSource)])
        XCTAssertEqual(TestPacks.diagnostics([root]).map(\.description), [
            "K/a/facts.yaml:6:11: error: unknown kind 'trail'",
            "K/b/facts.yaml:6:11: error: unknown kind 'drog'",
        ])
    }

    func testSortedPutsDiagnosticsWithoutALocationFirstAndKeepsTiesInOrder() {
        func at(_ file: String, _ line: Int, _ column: Int, _ message: String) -> Diagnostic {
            Diagnostic(location: SourceLocation(file: file, line: line, column: column), message: message)
        }
        let sorted = [
            at("b", 1, 1, "b1"), at("a", 10, 2, "a10"), at("a", 9, 30, "a9"), Diagnostic(location: nil, message: "none"),
            at("a", 10, 2, "a10 again"), at("a", 10, 1, "a10 first"),
        ].inFileOrder
        XCTAssertEqual(sorted.map(\.message), ["none", "a9", "a10 first", "a10", "a10 again", "b1"])
    }

    func testAtMostTheMaximumNumberOfProblemsIsReported() {
        let count = GraphBuilder.maximumDiagnostics + 50
        var facts = TestPacks.header("quill-2019") + "entities:\n"
        for index in 0..<count {
            facts += "  - id: e\(index)\n    kind: disease\n    name: E\n    quote: grey fever\n"
        }
        let diagnostics = TestPacks.diagnostics([TestPacks.root(facts: facts, source: TestPacks.fictionalSource)])
        XCTAssertEqual(diagnostics.count, GraphBuilder.maximumDiagnostics + 1)
        XCTAssertEqual(diagnostics.first?.location?.line, 6)
        XCTAssertEqual(diagnostics.dropLast().last?.location?.line, 6 + 4 * (GraphBuilder.maximumDiagnostics - 1))
        XCTAssertEqual(diagnostics.last, Diagnostic(location: nil, message: "50 more problems not shown"))
    }
}
