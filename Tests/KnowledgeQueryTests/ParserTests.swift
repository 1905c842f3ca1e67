import XCTest
@testable import KnowledgeQuery

/// The AST of every statement form, written compactly (spans are checked separately).
final class ParserTests: XCTestCase {
    private func parse(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            return Self.describe(try Parser.parse(text))
        } catch let error as QueryError {
            XCTFail("'\(text)' failed: \(error.message)", file: file, line: line)
        } catch {
            XCTFail("'\(text)' failed: \(error)", file: file, line: line)
        }
        return ""
    }

    static func describe(_ statement: Statement) -> String {
        switch statement {
        case .query(let query): return describe(query)
        case .count(let query): return "count \(describe(query))"
        case .select(let fields, let query): return "select \(fields.map(\.text).joined(separator: ", ")) from \(describe(query))"
        case .show(let name): return "show \(describe(name))"
        case .neighbors(let name, let depth): return "neighbors \(describe(name)) depth \(depth)"
        case .path(let from, let to): return "path \(describe(from)) to \(describe(to))"
        case .why(let name): return "why \(describe(name))"
        case .whyField(let subject, let field): return "why \(describe(subject)) \(describe(field))"
        case .whyFact(let subject, let relation, let object): return "why \(describe(subject)) \(describe(relation)) \(describe(object))"
        case .kinds: return "kinds"
        case .relations: return "relations"
        case .schema(let name): return name.map { "schema \(describe($0))" } ?? "schema"
        case .sources: return "sources"
        case .conflicts: return "conflicts"
        case .explain(let inner): return "explain \(describe(inner))"
        }
    }

    static func describe(_ query: Query) -> String {
        switch query {
        case .kind(let name): return "kind(\(name.text))"
        case .entity(let name): return describe(name)
        case .filter(let query, let condition): return "filter(\(describe(query)), \(describe(condition)))"
        case .step(let query, let arrow, let relation): return "step(\(describe(query)) \(arrow.rawValue) \(describe(relation)))"
        case .order(let query, let field, let descending): return "order(\(describe(query)), \(field.text)\(descending ? " desc" : ""))"
        case .limit(let query, let count, _): return "limit(\(describe(query)), \(count))"
        }
    }

    static func describe(_ condition: Condition) -> String {
        switch condition {
        case .compare(let field, let comparison, let value): return "\(field.segments.map(\.text).joined(separator: "."))\(comparison.rawValue)\(describe(value))"
        case .has(let field): return "has \(field.text)"
        case .not(let inner): return "not \(describe(inner))"
        case .and(let a, let b): return "(\(describe(a)) and \(describe(b)))"
        case .or(let a, let b): return "(\(describe(a)) or \(describe(b)))"
        }
    }

    static func describe(_ name: Name) -> String {
        name.quoted ? "\"\(name.text)\"" : name.text
    }

    func testListings() {
        XCTAssertEqual(parse("trials"), "trials")
        XCTAssertEqual(parse("entities"), "kind(entities)")
        XCTAssertEqual(parse("ENTITIES"), "kind(entities)")
        XCTAssertEqual(parse("zorvex"), "zorvex")
        XCTAssertEqual(parse(#""second-generation GRX-targeted agents""#), #""second-generation GRX-targeted agents""#)
        XCTAssertEqual(parse(#"'where'"#), #""where""#)
        XCTAssertEqual(parse("(trials)"), "trials")
        XCTAssertEqual(parse("  trials  # all of them"), "trials")
    }

    func testWhere() {
        XCTAssertEqual(parse("trials where control=no-zorvamab"), "filter(trials, control=no-zorvamab)")
        XCTAssertEqual(parse("trials WHERE control == no-zorvamab"), "filter(trials, control=no-zorvamab)")
        XCTAssertEqual(parse(#"registries where name = "FeverLog""#), #"filter(registries, name="FeverLog")"#)
        XCTAssertEqual(parse("trials where a!=b and c<>d and e~f"), "filter(trials, ((a!=b and c!=d) and e~f))")
        XCTAssertEqual(parse("trials where a<1 or a<=2 or a>3 or a>=4"), "filter(trials, (((a<1 or a<=2) or a>3) or a>=4))")
    }

    func testAndBindsTighterThanOr() {
        XCTAssertEqual(parse("q where a=1 or b=2 and c=3"), "filter(q, (a=1 or (b=2 and c=3)))")
        XCTAssertEqual(parse("q where a=1 and b=2 or c=3"), "filter(q, ((a=1 and b=2) or c=3))")
        XCTAssertEqual(parse("q where (a=1 or b=2) and c=3"), "filter(q, ((a=1 or b=2) and c=3))")
        XCTAssertEqual(parse("q where not a=1 and b=2"), "filter(q, (not a=1 and b=2))")
        XCTAssertEqual(parse("q where not (a=1 and b=2)"), "filter(q, not (a=1 and b=2))")
        XCTAssertEqual(parse("q where not not has a"), "filter(q, not not has a)")
        XCTAssertEqual(parse("q where ((a=1))"), "filter(q, a=1)")
    }

    func testHasAndDottedPaths() {
        XCTAssertEqual(parse("trials where has minimum-count"), "filter(trials, has minimum-count)")
        XCTAssertEqual(parse("trials where addresses.status=unanswered"), "filter(trials, addresses.status=unanswered)")
        XCTAssertEqual(parse("drugs where concerned_in.addressed_by.status = planned"), "filter(drugs, concerned_in.addressed_by.status=planned)")
        guard case .query(.filter(_, .compare(let path, _, let value))) = try? Parser.parse("trials where addresses.status=unanswered") else {
            return XCTFail("not a comparison")
        }
        XCTAssertEqual(path.segments.map(\.span), [13..<22, 23..<29])
        XCTAssertEqual(path.span, 13..<29)
        XCTAssertEqual(value.span, 30..<40)
        XCTAssertFalse(value.quoted)
    }

    func testTraversals() {
        XCTAssertEqual(parse("registries -> addresses"), "step(registries -> addresses)")
        XCTAssertEqual(parse("registries->addresses"), "step(registries -> addresses)")
        XCTAssertEqual(parse("zorvamab <- concerns -> addressed_by"), "step(step(zorvamab <- concerns) -> addressed_by)")
        XCTAssertEqual(parse("trials where status=planned -> addresses where status=new"),
                       "filter(step(filter(trials, status=planned) -> addresses), status=new)")
        XCTAssertEqual(parse("(zorvamab <- concerns) where kind=question"), "filter(step(zorvamab <- concerns), kind=question)")
        XCTAssertEqual(parse(#""FeverLog" -> "concerns""#), #"step("FeverLog" -> "concerns")"#)
    }

    func testOrderAndLimit() {
        XCTAssertEqual(parse("trials order by minimum-count"), "order(trials, minimum-count)")
        XCTAssertEqual(parse("trials order by minimum-count asc"), "order(trials, minimum-count)")
        XCTAssertEqual(parse("trials order by minimum-count DESC limit 1"), "limit(order(trials, minimum-count desc), 1)")
        XCTAssertEqual(parse("trials where has status limit 0"), "limit(filter(trials, has status), 0)")
        XCTAssertEqual(parse("(trials limit 1) -> addresses"), "step(limit(trials, 1) -> addresses)")
        guard case .query(.limit(_, _, let span))? = try? Parser.parse("trials limit 10") else { return XCTFail("not a limit") }
        XCTAssertEqual(span, 7..<15)
    }

    func testCountAndSelect() {
        XCTAssertEqual(parse("count trials"), "count trials")
        XCTAssertEqual(parse("COUNT zorvamab <- concerns"), "count step(zorvamab <- concerns)")
        XCTAssertEqual(parse("select name from trials"), "select name from trials")
        XCTAssertEqual(parse("select id, addresses.status, minimum-count from trials where has status order by id limit 2"),
                       "select id, addresses.status, minimum-count from limit(order(filter(trials, has status), id), 2)")
    }

    func testEntityCommands() {
        XCTAssertEqual(parse("show feverlog"), "show feverlog")
        XCTAssertEqual(parse(#"show "central patient registry""#), #"show "central patient registry""#)
        XCTAssertEqual(parse("show where"), "show where")
        XCTAssertEqual(parse("neighbors feverlog"), "neighbors feverlog depth 1")
        XCTAssertEqual(parse("neighbours feverlog depth 2"), "neighbors feverlog depth 2")
        XCTAssertEqual(parse("neighbors feverlog depth 6"), "neighbors feverlog depth 6")
        XCTAssertEqual(parse("path feverlog to zorvamab"), "path feverlog to zorvamab")
        XCTAssertEqual(parse(#"path "FeverLog" to 'zorvex'"#), #"path "FeverLog" to "zorvex""#)
        XCTAssertEqual(parse("why feverlog"), "why feverlog")
        XCTAssertEqual(parse("why feverlog addresses continue-after-relapse"), "why feverlog addresses continue-after-relapse")
        XCTAssertEqual(parse(#"why "FeverLog" concerns "Zorvex""#), #"why "FeverLog" concerns "Zorvex""#)
    }

    func testIntrospection() {
        XCTAssertEqual(parse("kinds"), "kinds")
        XCTAssertEqual(parse("relations"), "relations")
        XCTAssertEqual(parse("schema"), "schema")
        XCTAssertEqual(parse("schema trials"), "schema trials")
        XCTAssertEqual(parse("Schema trial"), "schema trial")
        XCTAssertEqual(parse("sources"), "sources")
        XCTAssertEqual(parse("conflicts"), "conflicts")
        XCTAssertEqual(parse("CONFLICTS"), "conflicts")
        XCTAssertEqual(parse("schema statements"), "schema statements")
    }

    /// `statements` and `facts` parse as a source named by a word; the evaluator gives them their meaning.
    func testStatementSource() {
        XCTAssertEqual(parse("statements"), "statements")
        XCTAssertEqual(parse("facts where hedge=may and negated=false"), "filter(facts, (hedge=may and negated=false))")
        XCTAssertEqual(parse("count statements where as-of >= 2020"), "count filter(statements, as-of>=2020)")
        XCTAssertEqual(parse("select subject, quote from statements where sentence=5 order by as-of desc limit 3"),
                       "select subject, quote from limit(order(filter(statements, sentence=5), as-of desc), 3)")
        XCTAssertEqual(parse(#""statements""#), #""statements""#)
    }

    func testCommandWordsAreEntitiesWhenQuoted() {
        XCTAssertEqual(parse(#""kinds""#), #""kinds""#)
        XCTAssertEqual(parse(#""count" -> concerns"#), #"step("count" -> concerns)"#)
    }
}
