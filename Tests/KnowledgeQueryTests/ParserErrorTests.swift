import XCTest
@testable import KnowledgeQuery

/// Parse errors as users see them, and the bounds that keep any input from exhausting the parser.
final class ParserErrorTests: XCTestCase {
    func testMissingOperator() throws {
        XCTAssertEqual(try rendered("trials where status"), """
            <input>:1:20: error: expected an operator (=, !=, ~, <, <=, >, >=) after 'status', found the end of the statement
             1 | trials where status
               |                    ^
            """)
        XCTAssertEqual(try queryError("trials where status planned").message,
                       "expected an operator (=, !=, ~, <, <=, >, >=) after 'status', found 'planned'")
    }

    func testMissingValue() throws {
        XCTAssertEqual(try rendered("trials where status= and timing=prospective"), """
            <input>:1:22: error: expected a value after '=', found the keyword 'and'
             1 | trials where status= and timing=prospective
               |                      ^~~
               = quote it ("and") if it is the value
            """)
        XCTAssertEqual(try queryError("trials where status >=").message, "expected a value after '>=', found the end of the statement")
    }

    func testUnclosedParenthesis() throws {
        XCTAssertEqual(try rendered("trials where (status=planned or status=new"), """
            <input>:1:43: error: expected ')' to close the condition
             1 | trials where (status=planned or status=new
               |                                           ^
               = the '(' at <input>:1:14 is never closed
            """)
        XCTAssertEqual(try queryError("(trials -> addresses").message, "expected ')' to close the query")
        XCTAssertEqual(try queryError("trials where status=planned)").message, "unexpected ')' after a complete statement")
    }

    func testAStatementTooLongBecauseAParenthesisIsOpenSaysWhere() throws {
        let text = "(\n" + String(repeating: "drugs\n", count: 2_000)
        XCTAssertThrowsError(try Parser.parse(text)) { error in
            XCTAssertEqual((error as? QueryError)?.unclosed, 0..<1)
        }
        XCTAssertEqual(Parser.firstUnclosedParenthesis("a (b) \"(\" # (\n(c (d)"), 14..<15)
        XCTAssertNil(Parser.firstUnclosedParenthesis("(a (b)) # (\n"))
    }

    func testKeywordUsedAsEntity() throws {
        XCTAssertEqual(try rendered("order"), """
            <input>:1:1: error: expected a kind or an entity, found the keyword 'order'
             1 | order
               | ^~~~~
               = quote it ("order") if it is the name of an entity
            """)
        XCTAssertEqual(try queryError("count where").span, 6..<11)
        XCTAssertEqual(try queryError("trials where where=1").message, "expected a field name, found 'where'")
    }

    func testLimitAndDepthNeedNumbersInRange() throws {
        XCTAssertEqual(try rendered("trials limit x"), """
            <input>:1:14: error: expected a whole number after 'limit', found 'x'
             1 | trials limit x
               |              ^
            """)
        XCTAssertEqual(try rendered("neighbors feverlog depth 99"), """
            <input>:1:26: error: depth must be between 1 and 6
             1 | neighbors feverlog depth 99
               |                          ^~
            """)
        XCTAssertEqual(try queryError("trials limit -1").message, "limit must be between 0 and 1000000")
        XCTAssertEqual(try queryError("trials limit 99999999999999999999999").message, "limit must be between 0 and 1000000")
        XCTAssertEqual(try queryError("trials limit 1.5").message, "expected a whole number after 'limit', found '1.5'")
        XCTAssertEqual(try queryError("trials limit").message, "expected a whole number after 'limit', found the end of the statement")
        XCTAssertEqual(try queryError("neighbors feverlog depth 0").message, "depth must be between 1 and 6")
        XCTAssertEqual(try queryError("neighbors feverlog depth two").message, "expected a whole number after 'depth', found 'two'")
    }

    func testTrailingGarbage() throws {
        XCTAssertEqual(try rendered("trials wher status=planned"), """
            <input>:1:8: error: unexpected 'wher' after a complete statement
             1 | trials wher status=planned
               |        ^~~~
               = did you mean 'where'?
            """)
        XCTAssertEqual(try rendered("trials limit 1 where status=planned"), """
            <input>:1:16: error: unexpected 'where' after a complete statement
             1 | trials limit 1 where status=planned
               |                ^~~~~
               = a query goes: QUERY where CONDITION order by FIELD limit N
            """)
        XCTAssertEqual(try rendered("neighbors x --format dot"), """
            <input>:1:13: error: unexpected '--format' after a complete statement
             1 | neighbors x --format dot
               |             ^~~~~~~~
               = options such as --format go on kx's command line; at the prompt, the dot-commands set them (.format, .links)
            """)
        XCTAssertEqual(try queryError("kinds trials").message, "unexpected 'trials' after a complete statement")
        XCTAssertEqual(try queryError("trials \"x\"").message, "unexpected \"x\" after a complete statement")
    }

    func testOtherSyntaxErrors() throws {
        XCTAssertEqual(try queryError("").message, "expected a kind (such as 'trials') or an entity, found the end of the statement")
        XCTAssertEqual(try queryError("").span, 0..<1)
        XCTAssertEqual(try queryError("-> addresses").message, "expected a kind (such as 'trials') or an entity, found '->'")
        XCTAssertEqual(try queryError("trials ->").message, "expected a relation name after '->', found the end of the statement")
        XCTAssertEqual(try queryError("trials order status").message, "expected 'by' after 'order'")
        XCTAssertEqual(try queryError("trials order by").message, "expected a field name, found the end of the statement")
        XCTAssertEqual(try queryError("select name trials").message, "expected 'from' and a query after the selected fields")
        XCTAssertEqual(try queryError("select from trials").message, "expected a field name, found 'from'")
        XCTAssertEqual(try queryError("path feverlog zorvamab").message, "expected 'to' and a second entity: path A to B")
        XCTAssertEqual(try queryError("trials where addresses..status=new").message, "empty field name in 'addresses..status'")
        XCTAssertEqual(try queryError("trials where addresses..status=new").span, 23..<24)
        XCTAssertEqual(try queryError("trials where status=planned and").message, "expected a field name, found the end of the statement")
        XCTAssertEqual(try queryError(#"trials where "status"=planned"#).notes, ["field names are not quoted"])
    }

    func testMissingEntity() throws {
        XCTAssertEqual(try rendered("path feverlog to"), """
            <input>:1:17: error: expected an entity after 'to', found the end of the statement
             1 | path feverlog to
               |                 ^
               = an entity is an id, a name or an alias; a name with spaces goes in quotes ("like this")
            """)
        XCTAssertEqual(try queryError("why feverlog addresses (").message, "unexpected '(' after a complete statement")
        XCTAssertEqual(try queryError("show (").message, "expected an entity after 'show', found '('")
        XCTAssertEqual(try queryError("neighbors").message, "expected an entity after 'neighbors', found the end of the statement")
    }

    func testDiagnosticPositionsInAFile() throws {
        let error = try queryError("trials\n  where contrl")
        let diagnostic = StatementText("trials\n  where contrl", file: "s.kx", line: 4, column: 3).diagnostic(for: error)
        XCTAssertEqual(diagnostic.rendered(), """
            s.kx:5:15: error: expected an operator (=, !=, ~, <, <=, >, >=) after 'contrl', found the end of the statement
             5 |   where contrl
               |               ^
            """)
        let first = StatementText("trials wher", file: "s.kx", line: 2, column: 5).diagnostic(for: try queryError("trials wher"))
        XCTAssertEqual(first.location?.description, "s.kx:2:12")
        XCTAssertEqual(first.sourceLine, "    trials wher")
    }

    // MARK: Bounds

    /// Runs `text` through the parser and checks it fails with `message` well within `seconds`.
    private func assertRejected(_ text: String, _ message: String, seconds: Double = 2, file: StaticString = #filePath, line: UInt = #line) {
        let start = Date()
        do {
            _ = try Parser.parse(text)
            XCTFail("accepted", file: file, line: line)
        } catch let error as QueryError {
            XCTAssertEqual(error.message, message, file: file, line: line)
            XCTAssertLessThanOrEqual(error.span.upperBound, text.count + 1, file: file, line: line)
        } catch {
            XCTFail("\(error)", file: file, line: line)
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), seconds, file: file, line: line)
    }

    func testOverlongStatement() throws {
        let text = "trials where name=" + String(repeating: "x", count: Parser.maximumLength)
        assertRejected(text, "statement is longer than 10000 characters")
        XCTAssertEqual(try queryError(text).span, 10_000..<10_001)
        XCTAssertNoThrow(try Parser.parse("trials where name=" + String(repeating: "x", count: Parser.maximumLength - 18)))
    }

    func testDeepParentheses() {
        let deep = "trials where " + String(repeating: "(", count: 10_000) + "status=planned" + String(repeating: ")", count: 10_000)
        assertRejected(deep, "statement is longer than 10000 characters")
        let underLength = "trials where " + String(repeating: "(", count: 4_000) + "status=planned" + String(repeating: ")", count: 4_000)
        assertRejected(underLength, "statement is nested more than 48 levels deep")
        assertRejected(String(repeating: "(", count: 9_000) + "trials", "statement is nested more than 48 levels deep")
        assertRejected(String(repeating: "(", count: 9_000), "statement is nested more than 48 levels deep")
    }

    func testManyNots() {
        assertRejected("trials where " + String(repeating: "not ", count: 10_000) + "has status", "statement is longer than 10000 characters")
        assertRejected("trials where " + String(repeating: "not ", count: 2_000) + "has status", "statement is nested more than 48 levels deep")
        XCTAssertNoThrow(try Parser.parse("trials where " + String(repeating: "not ", count: 40) + "has status"))
    }

    func testLongChains() {
        assertRejected("zorvamab" + String(repeating: " -> concerns", count: 5_000), "statement is longer than 10000 characters")
        assertRejected("zorvamab" + String(repeating: "->concerns", count: 900), "statement is too complex (more than 256 parts)")
        assertRejected("trials where " + Array(repeating: "status=planned", count: 500).joined(separator: " or "),
                       "statement is too complex (more than 256 parts)")
        XCTAssertNoThrow(try Parser.parse("zorvamab" + String(repeating: " <- concerns -> concerns", count: 100)))
    }

    func testSelectedFieldsCountAsParts() throws {
        let fields = { (count: Int) in "select " + Array(repeating: "id", count: count).joined(separator: ", ") + " from trials" }
        XCTAssertNoThrow(try Parser.parse(fields(200)))
        XCTAssertThrowsError(try Parser.parse(fields(2_000))) { error in
            guard let error = error as? QueryError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.message, "statement is too complex (more than 256 parts)")
            XCTAssertEqual(error.notes, ["each selected field is a part: select at most 256 fields"])
            XCTAssertEqual(error.span, 7 + 256 * 4..<7 + 256 * 4 + 2, "the field past the limit")
        }
    }

    func testLongDottedPathsStayFast() throws {
        // Each hop back and forth doubles the naive walk; the evaluator must not.
        let evaluator = try FixtureGraph.literature.evaluator()
        for count in [24, 400] {
            let hops = Array(repeating: "tests.tested_in", count: count).joined(separator: ".")
            let start = Date()
            XCTAssertEqual(try evaluator.ids("trials where \(hops).status=planned"), ["trial-a"])
            let seconds = Date().timeIntervalSince(start)
            XCTAssertLessThan(seconds, 2, "\(count) round trips")
            if seconds > 2 { return }
        }
    }
}
