import XCTest
@testable import KnowledgeGraph
@testable import KnowledgeStore

/// Every error the loader reports for a facts file, asserted as the whole rendered message.
/// `TestPacks.header` (the `document:` block) is lines 1–4 of every facts file here, so `entities:` is line 5.
final class PackLoaderErrorTests: XCTestCase {
    private func assertErrors(_ body: String, source: String = TestPacks.source, _ expected: String,
                              file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertText(TestPacks.errors(facts: TestPacks.header + body, source: source, file: file, line: line), expected, file: file, line: line)
    }

    // MARK: YAML structure

    func testYAMLSyntaxErrorNamesWhatWasBeingRead() {
        assertErrors("""
            entities:
              - id: t
               kind: trial
            """, """
            K/p/facts.yaml:7:4: error: YAML syntax error: did not find expected '-' indicator
             7 |    kind: trial
               |    ^
               = while parsing a block collection that starts at K/p/facts.yaml:6:3
            """)
    }

    func testUnclosedQuotePointsAtWhereItStarts() {
        assertErrors("""
            entities:
              - id: t
                name: "abc

            """, """
            K/p/facts.yaml:8:1: error: YAML syntax error: found unexpected end of stream
             8 | 
               | ^
               = while scanning a quoted scalar that starts at K/p/facts.yaml:7:11
            """)
    }

    func testDuplicateKeyInAMapping() {
        assertErrors("""
            entities:
              - id: t
                kind: trial
                kind: drug
                name: T
                quote: Two trials
            """, """
            K/p/facts.yaml:8:5: error: key 'kind' is given more than once in the same mapping
             8 |     kind: drug
               |     ^~~~
               = first given at K/p/facts.yaml:7:5
            """)
    }

    func testControlCharacterIsLocated() {
        assertErrors("entities: \u{7}\n", """
            K/p/facts.yaml:5:11: error: YAML syntax error: control characters are not allowed
             5 | entities: \u{7}
               |           ^
            """)
    }

    func testWindowsLineEndingsShowTheRightLine() {
        let facts = (TestPacks.header + "entities:\n  - id: t\n    kind: trail\n    name: T\n    quote: Two trials\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
        XCTAssertText(TestPacks.errors([TestPacks.root(facts: facts)]), """
            K/p/facts.yaml:7:11: error: unknown kind 'trail'
             7 |     kind: trail
               |           ^~~~~
               = did you mean 'trial'?
               = kinds: drug, trial, question
            """)
    }

    func testEmptyFactsFile() {
        XCTAssertText(TestPacks.errors([TestPacks.root(facts: "")]), """
            K/p/facts.yaml:1:1: error: the facts file is empty
             1 | 
               | ^
            """)
    }

    func testFactsFileWithoutEntities() {
        XCTAssertText(TestPacks.errors([TestPacks.root(facts: TestPacks.header)]), """
            K/p/facts.yaml:1:1: error: the facts file has no 'entities'
             1 | document:
               | ^
            """)
    }

    func testUnknownKeySuggestsTheIntendedOne() {
        assertErrors("""
            entities:
              - id: t
                kind: trial
                nmae: T
                quote: Two trials
            """, """
            K/p/facts.yaml:8:5: error: unknown key 'nmae' in an entity
             8 |     nmae: T
               |     ^~~~
               = did you mean 'name'?
               = the keys here: id, kind, name, aliases, quote, note, attributes, xrefs
            """)
    }

    func testMissingRequiredKey() {
        assertErrors("""
            entities:
              - id: t
                kind: trial
                quote: Two trials
            """, """
            K/p/facts.yaml:6:5: error: an entity has no 'name'
             6 |   - id: t
               |     ^
            """)
    }

    func testAnEntityWithAnUnknownKeyIsKeptSoOneMistakeIsOneError() throws {
        let facts = TestPacks.header + """
            entities:
              - {id: t, kind: trial, nmae: T, quote: Two trials}
              - {id: q, kind: question, name: Q, quote: an unanswered question}
            relations:
              - {subject: t, type: addresses, object: q, quote: Two trials}
            """
        XCTAssertEqual(TestPacks.diagnostics([TestPacks.root(facts: facts)]).map(\.message), ["unknown key 'nmae' in an entity"])
        let (pack, _) = try PackLoader(schema: try Schema.load(text: TestPacks.schema, file: "schema.yaml"))
            .check(facts: facts, factsPath: "facts.yaml") { _ in ("source.txt", Array(TestPacks.source.utf8)) }
        XCTAssertEqual(pack.entities.map(\.value.id), ["t", "q"])
        XCTAssertEqual(pack.entities.first?.value.name, "T", "the misspelt key is read as the name it stands for")
    }

    func testAReferenceToAnEntityThatCannotBeKeptIsNotReportedAgain() {
        let facts = TestPacks.header + """
            entities:
              - {id: t, kind: trail, name: T, quote: Two trials}
              - {id: u, knd: trial, name: U, quote: Two trials}
              - {id: Q, kind: question, name: Q, quote: an unanswered question}
              - {id: q, kind: question, name: q, quote: an unanswered question}
            relations:
              - {subject: t, type: addresses, object: q, quote: Two trials}
              - {subject: u, type: addresses, object: Q, quote: Two trials}
              - {subject: v, type: addresses, object: q, quote: Two trials}
            """
        XCTAssertEqual(TestPacks.diagnostics([TestPacks.root(facts: facts)]).map(\.message), [
            "unknown kind 'trail'",
            "unknown key 'knd' in an entity",
            "id 'Q' must be a slug: lower-case letters, digits and '-'",
            "subject 'v' of relation 'addresses' is not the id of any entity",
        ])
    }

    func testEntitiesMustBeAList() {
        assertErrors("entities: 3\n", """
            K/p/facts.yaml:5:11: error: expected entities to be a list
             5 | entities: 3
               |           ^
            """)
    }

    func testEntityMustBeAMapping() {
        assertErrors("entities:\n  - t\n", """
            K/p/facts.yaml:6:5: error: expected an entity to be a mapping of keys to values
             6 |   - t
               |     ^
            """)
    }

    func testIdMustBeASlug() {
        assertErrors("""
            entities:
              - id: Two Trials
                kind: trial
                name: T
                quote: Two trials
            """, """
            K/p/facts.yaml:6:9: error: id 'Two Trials' must be a slug: lower-case letters, digits and '-'
             6 |   - id: Two Trials
               |         ^~~~~~~~~~
            """)
    }

    func testTooDeepFlowNestingIsRefused() {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        // The 210-character line is shown as a 120-character window around the caret.
        let window = "…" + String("entities: \(deep)".dropFirst(13).prefix(120)) + "…"
        assertErrors("entities: \(deep)\n", """
            K/p/facts.yaml:5:74: error: YAML nested more than 64 levels deep
             5 | \(window)
               | \(String(repeating: " ", count: 61))^
            """)
    }

    func testTooDeepBlockNestingIsRefused() {
        let errors = TestPacks.errors(facts: TestPacks.header + "entities:\n" + String(repeating: "- ", count: 5_000) + "x\n")
        // The facts mapping is level 1, so the 64th `- ` (column 127) opens level 65.
        XCTAssertTrue(errors.hasPrefix("K/p/facts.yaml:6:127: error: YAML nested more than 64 levels deep\n"), errors)
    }

    func testTooDeepIndentationIsRefused() {
        var facts = TestPacks.header + "entities:\n"
        for level in 0..<600 { facts += String(repeating: " ", count: level + 1) + "k\(level):\n" }
        let errors = TestPacks.errors(facts: facts)
        XCTAssertTrue(errors.hasPrefix("K/p/facts.yaml:69:65: error: YAML nested more than 64 levels deep\n"), errors)
    }

    func testNestingWithinTheLimitIsReadNormally() {
        let nested = String(repeating: "[", count: 60) + String(repeating: "]", count: 60)
        assertErrors("entities:\n  - id: t\n    kind: trial\n    name: T\n    quote: \(nested)\n", """
            K/p/facts.yaml:9:13: error: expected a quote to be a single value, not a list
             9 | \(String("    quote: \(nested)".prefix(120)))…
               |             ^
            """)
    }

    // MARK: Kinds, attributes and values

    func testUnknownKindSuggestsTheClosest() {
        assertErrors("""
            entities:
              - id: t
                kind: trail
                name: T
                quote: Two trials
            """, """
            K/p/facts.yaml:7:11: error: unknown kind 'trail'
             7 |     kind: trail
               |           ^~~~~
               = did you mean 'trial'?
               = kinds: drug, trial, question
            """)
    }

    func testUnknownKindFarFromAnyHasNoSuggestion() {
        assertErrors("""
            entities:
              - id: t
                kind: hospital
                name: T
                quote: Two trials
            """, """
            K/p/facts.yaml:7:11: error: unknown kind 'hospital'
             7 |     kind: hospital
               |           ^~~~~~~~
               = kinds: drug, trial, question
            """)
    }

    func testUnknownAttributeListsTheKindsAttributes() {
        assertErrors("""
            entities:
              - id: t
                kind: trial
                name: T
                quote: Two trials
                attributes:
                  stauts: {value: planned, quote: were planned}
            """, """
            K/p/facts.yaml:11:7: error: kind 'trial' has no attribute 'stauts' (it has: status, count, start, site, purpose)
             11 |       stauts: {value: planned, quote: were planned}
                |       ^~~~~~
                = did you mean 'status'?
            """)
    }

    func testAttributeOnAKindWithoutAttributes() {
        assertErrors("""
            entities:
              - id: trastuzumab
                kind: drug
                name: trastuzumab
                quote: trastuzumab
                attributes:
                  status: {value: planned, quote: were planned}
            """, """
            K/p/facts.yaml:11:7: error: kind 'drug' has no attribute 'status' (it has none)
             11 |       status: {value: planned, quote: were planned}
                |       ^~~~~~
            """)
    }

    func testValueThatIsNotANumber() {
        assertErrors("""
            entities:
              - id: t
                kind: trial
                name: T
                quote: Two trials
                attributes:
                  count: {value: two, quote: Two trials}
            """, """
            K/p/facts.yaml:11:22: error: value 'two' of attribute 'count' (number) is not a number
             11 |       count: {value: two, quote: Two trials}
                |                      ^~~
            """)
    }

    func testValueThatIsNotADate() {
        assertErrors("""
            entities:
              - id: t
                kind: trial
                name: T
                quote: Two trials
                attributes:
                  start: {value: 2006-13, quote: in 2006}
            """, """
            K/p/facts.yaml:11:22: error: value '2006-13' of attribute 'start' (date) is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)
             11 |       start: {value: 2006-13, quote: in 2006}
                |                      ^~~~~~~
            """)
    }

    func testValueThatIsNotAURL() {
        assertErrors("""
            entities:
              - id: t
                kind: trial
                name: T
                quote: Two trials
                attributes:
                  site: {value: "the registry", quote: The registry}
            """, """
            K/p/facts.yaml:11:21: error: value 'the registry' of attribute 'site' (url) is not a URL
             11 |       site: {value: "the registry", quote: The registry}
                |                     ^~~~~~~~~~~~~~
            """)
    }

    func testValueOutsideTheEnumerationSuggestsTheClosest() {
        assertErrors("""
            entities:
              - id: t
                kind: trial
                name: T
                quote: Two trials
                attributes:
                  status: {value: planed, quote: were planned}
            """, """
            K/p/facts.yaml:11:23: error: value 'planed' of attribute 'status' (enum) is not one of the allowed values (planned, failed-to-accrue, completed)
             11 |       status: {value: planed, quote: were planned}
                |                       ^~~~~~
                = did you mean 'planned'?
            """)
    }

    func testEnumerationIsCaseSensitiveButSuggestsTheRightCase() {
        assertErrors("""
            entities:
              - id: t
                kind: trial
                name: T
                quote: Two trials
                attributes:
                  status: {value: Planned, quote: were planned}
            """, """
            K/p/facts.yaml:11:23: error: value 'Planned' of attribute 'status' (enum) is not one of the allowed values (planned, failed-to-accrue, completed)
             11 |       status: {value: Planned, quote: were planned}
                |                       ^~~~~~~
                = did you mean 'planned'?
            """)
    }

    func testAttributeWithoutValue() {
        assertErrors("""
            entities:
              - id: t
                kind: trial
                name: T
                quote: Two trials
                attributes:
                  status: {quote: were planned}
            """, """
            K/p/facts.yaml:11:15: error: attribute 'status' has no value
             11 |       status: {quote: were planned}
                |               ^
            """)
    }

    // MARK: Relations

    private let twoEntities = """
        entities:
          - id: trastuzumab
            kind: drug
            name: trastuzumab
            quote: trastuzumab
          - id: t
            kind: trial
            name: T
            quote: Two trials
        relations:

        """

    func testUnknownRelationTypeSuggestsTheClosest() {
        assertErrors(twoEntities + """
              - subject: t
                type: concern
                object: trastuzumab
                quote: trastuzumab
            """, """
            K/p/facts.yaml:16:11: error: unknown relation type 'concern'
             16 |     type: concern
                |           ^~~~~~~
                = did you mean 'concerns'?
                = relations: addresses, concerns
            """)
    }

    func testInverseNameUsedAsRelationTypeExplainsTheSwap() {
        assertErrors(twoEntities + """
              - subject: trastuzumab
                type: concerned_in
                object: t
                quote: trastuzumab
            """, """
            K/p/facts.yaml:16:11: error: unknown relation type 'concerned_in'; 'concerned_in' is the inverse of 'concerns': swap subject and object and use 'concerns'
             16 |     type: concerned_in
                |           ^~~~~~~~~~~~
                = relations: addresses, concerns
            """)
    }

    func testRelationWithWrongDomain() {
        assertErrors(twoEntities + """
              - subject: trastuzumab
                type: concerns
                object: trastuzumab
                quote: trastuzumab
            """, """
            K/p/facts.yaml:15:14: error: relation 'concerns' cannot have a drug ('trastuzumab') as its subject; its domain is question, trial
             15 |   - subject: trastuzumab
                |              ^~~~~~~~~~~
            """)
    }

    func testRelationWithWrongRange() {
        assertErrors(twoEntities + """
              - subject: t
                type: addresses
                object: trastuzumab
                quote: trastuzumab
            """, """
            K/p/facts.yaml:17:13: error: relation 'addresses' cannot have a drug ('trastuzumab') as its object; its range is question
             17 |     object: trastuzumab
                |             ^~~~~~~~~~~
            """)
    }

    func testReferenceToAMissingIdSuggestsTheClosest() {
        assertErrors(twoEntities + """
              - subject: t
                type: concerns
                object: trastuzumb
                quote: trastuzumab
              - subject: tt
                type: concerns
                object: herceptin
                quote: trastuzumab
            """, """
            K/p/facts.yaml:17:13: error: object 'trastuzumb' of relation 'concerns' is not the id of any entity
             17 |     object: trastuzumb
                |             ^~~~~~~~~~
                = did you mean 'trastuzumab'?
            K/p/facts.yaml:19:14: error: subject 'tt' of relation 'concerns' is not the id of any entity
             19 |   - subject: tt
                |              ^~
                = did you mean 't'?
            K/p/facts.yaml:21:13: error: object 'herceptin' of relation 'concerns' is not the id of any entity
             21 |     object: herceptin
                |             ^~~~~~~~~
            """)
    }

    // MARK: Ids and provenance

    func testDuplicateIdNamesBothPlaces() {
        assertErrors("""
            entities:
              - id: t
                kind: trial
                name: T
                quote: Two trials
              - id: t
                kind: trial
                name: Other
                quote: were planned
            """, """
            K/p/facts.yaml:10:9: error: duplicate id 't'; it is first defined at K/p/facts.yaml:6:9
             10 |   - id: t
                |         ^
            """)
    }

    func testEntityWithoutQuote() {
        assertErrors("""
            entities:
              - id: t
                kind: trial
                name: T
            """, """
            K/p/facts.yaml:6:9: error: entity 't' has no quote; every fact needs a verbatim quote of its source
             6 |   - id: t
               |         ^
            """)
    }

    func testAttributeWithoutQuote() {
        assertErrors("""
            entities:
              - id: t
                kind: trial
                name: T
                quote: Two trials
                attributes:
                  status: {value: planned}
            """, """
            K/p/facts.yaml:11:15: error: attribute 'status' of 't' has no quote; every fact needs a verbatim quote of its source
             11 |       status: {value: planned}
                |               ^
            """)
    }

    func testRelationWithoutQuote() {
        assertErrors(twoEntities + """
              - subject: t
                type: concerns
                object: trastuzumab
            """, """
            K/p/facts.yaml:15:5: error: relation 't concerns trastuzumab' has no quote; every fact needs a verbatim quote of its source
             15 |   - subject: t
                |     ^
            """)
    }

    func testQuoteNotFoundSaysWhereItStopsMatching() {
        assertErrors("""
            entities:
              - id: t
                kind: trial
                name: T
                quote: "Two trials were planned
                  in 2007"
            """, """
            K/p/facts.yaml:9:12: error: quote not found in the source of 'test-doc' (white space is folded, case is kept)
             9 |     quote: "Two trials were planned
               |            ^~~~~~~~~~~~~~~~~~~~~~~~
               = the source matches up to 'Two trials were planned in' but not '2007' after it
               = the closest passage (sentence 2, 1 edit away): 'Two trials were planned in 2006'
            """)
    }

    func testQuoteWhoseFirstWordIsMissing() {
        assertErrors("""
            entities:
              - id: t
                kind: trial
                name: T
                quote: Three trials
            """, """
            K/p/facts.yaml:9:12: error: quote not found in the source of 'test-doc' (white space is folded, case is kept)
             9 |     quote: Three trials
               |            ^~~~~~~~~~~~
               = not even its first word 'Three' is in the source
               = the closest passage (sentence 2, 4 edits away): 'Two trials'
            """)
    }

    func testQuoteThatDiffersInCaseShowsTheSourceText() {
        assertErrors("""
            entities:
              - id: t
                kind: trial
                name: T
                quote: two TRIALS were planned
            """, """
            K/p/facts.yaml:9:12: error: quote not found in the source of 'test-doc' (white space is folded, case is kept)
             9 |     quote: two TRIALS were planned
               |            ^~~~~~~~~~~~~~~~~~~~~~~
               = the source has it with different case: 'Two trials were planned'
            """)
    }

    func testQuoteMustStartAndEndOnWordBoundaries() {
        assertErrors("""
            entities:
              - id: t
                kind: trial
                name: T
                quote: answered question
            """, """
            K/p/facts.yaml:9:12: error: quote not found in the source of 'test-doc' (white space is folded, case is kept)
             9 |     quote: answered question
               |            ^~~~~~~~~~~~~~~~~
               = not even its first word 'answered' is in the source
               = the closest passage (sentence 1, 2 edits away): 'unanswered question'
            """)
        assertErrors("""
            entities:
              - id: t
                kind: trial
                name: T
                quote: Two trials were plan
            """, """
            K/p/facts.yaml:9:12: error: quote not found in the source of 'test-doc' (white space is folded, case is kept)
             9 |     quote: Two trials were plan
               |            ^~~~~~~~~~~~~~~~~~~~
               = the source matches up to 'Two trials were' but not 'plan' after it
               = the closest passage (sentence 2, 3 edits away): 'Two trials were planned'
            """)
    }

    func testQuoteInAListIsCheckedItemByItem() {
        assertErrors("""
            entities:
              - id: t
                kind: trial
                name: T
                quote:
                  - Two trials
                  - "failed to recruit"
            """, """
            K/p/facts.yaml:11:9: error: quote not found in the source of 'test-doc' (white space is folded, case is kept)
             11 |       - "failed to recruit"
                |         ^~~~~~~~~~~~~~~~~~~
                = the source matches up to 'failed to' but not 'recruit' after it
                = the closest passage (sentence 2, 4 edits away): 'failed to accrue'
            """)
    }

    // MARK: All or nothing

    func testEveryProblemOfAPackIsReported() {
        let facts = TestPacks.header + """
            entities:
              - id: t
                kind: trail
                name: T
                quote: Two trials
              - id: u
                kind: drug
                name: U
                quote: Nope
            """
        XCTAssertThrowsError(try KnowledgeLoader.load([TestPacks.root(facts: facts)])) { error in
            let diagnostics = (error as? KnowledgeError)?.diagnostics ?? []
            XCTAssertEqual(diagnostics.map(\.description), [
                "K/p/facts.yaml:7:11: error: unknown kind 'trail'",
                "K/p/facts.yaml:13:12: error: quote not found in the source of 'test-doc' (white space is folded, case is kept)",
            ])
        }
    }

    func testProblemsOfEveryPackAreReported() {
        let bad = TestPacks.header + "entities:\n  - id: t\n    kind: trail\n    name: T\n    quote: Two trials\n"
        let source = Array(TestPacks.source.utf8)
        let folder = KnowledgeFiles(root: "K", files: [
            "schema.yaml": Array(TestPacks.schema.utf8),
            "a/facts.yaml": Array(bad.utf8), "a/source.txt": source,
            "b/facts.yaml": Array(bad.utf8), "b/source.txt": source,
        ])
        XCTAssertThrowsError(try KnowledgeLoader.load([folder])) { error in
            XCTAssertEqual((error as? KnowledgeError)?.diagnostics.map(\.description), [
                "K/a/facts.yaml:7:11: error: unknown kind 'trail'",
                "K/b/facts.yaml:2:7: error: document id 'test-doc' is also used by the pack at K/a/facts.yaml:2:7; each document needs its own id",
                "K/b/facts.yaml:7:11: error: unknown kind 'trail'",
            ])
        }
    }

    func testAPackWithAnErrorLoadsNothing() throws {
        let good = TestPacks.header + "entities:\n  - id: t\n    kind: trial\n    name: T\n    quote: Two trials\n"
        let bad = good.replacingOccurrences(of: "kind: trial", with: "kind: trail")
        let source = Array(TestPacks.source.utf8)
        let files: [String: [UInt8]] = [
            "schema.yaml": Array(TestPacks.schema.utf8),
            "a/facts.yaml": Array(good.utf8), "a/source.txt": source,
            "b/facts.yaml": Array(bad.utf8), "b/source.txt": source,
        ]
        var graph: Graph?
        XCTAssertThrowsError(graph = try KnowledgeLoader.load([KnowledgeFiles(root: "K", files: files)]))
        XCTAssertNil(graph)

        // The pack loader alone refuses the bad pack as a whole, too.
        let loader = PackLoader(schema: try Schema.load(text: TestPacks.schema, file: "schema.yaml"))
        XCTAssertThrowsError(try loader.load(facts: bad, factsPath: "facts.yaml") { _ in ("source.txt", source) })
        // The good pack on its own loads.
        XCTAssertEqual(try loader.load(facts: good, factsPath: "facts.yaml") { _ in ("source.txt", source) }.entities.map(\.value.id), ["t"])
    }
}
