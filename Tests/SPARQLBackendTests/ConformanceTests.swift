import Explorer
import Foundation
import KnowledgeGraph
import KnowledgeQuery
import KnowledgeStore
import OxigraphFixture
import Rendering
import SPARQLBackend
import XCTest

/// The answer does not depend on the backend: statements of every form, hand-written and generated,
/// give the same text in every format (or the same error) in memory and on Oxigraph holding the
/// N-Triples export of the same knowledge.
final class ConformanceTests: XCTestCase {
    // XCTest runs a class's set-up, tests and tear-down one after another on one thread.
    nonisolated(unsafe) private static var server: Result<OxigraphServer, Error>?
    private static let graph = Result { try KnowledgeLoader.load([TestKnowledge.folder]) }

    private var memory: GraphExecutor!
    private var endpoint: SPARQLExecutor!

    override func setUpWithError() throws {
        let graph = try Self.graph.get()
        if Self.server == nil { Self.server = Result { try OxigraphServer(serving: graph) } }
        let server = try XCTUnwrap(Self.server).get()
        memory = GraphExecutor(graph: graph)
        endpoint = try SPARQLExecutor(url: server.url, options: EndpointOptions(timeout: 30), cancellation: nil)
    }

    override class func tearDown() {
        server = nil
    }

    /// The text a statement gives on `executor` in every format, or its error.
    private func answers(_ statement: String, on executor: any Executor) -> [String] {
        do {
            let result = try executor.run(statement)
            return OutputFormat.allCases.map { ResultRenderer(format: $0, width: 100).render(result) }
        } catch let error as QueryError {
            return ["error: \(error.message) \(error.notes)"]
        } catch {
            return ["failure: \(error)"]
        }
    }

    private func assertSame(_ statements: [String], file: StaticString = #filePath, line: UInt = #line) {
        var answered = 0
        for statement in statements {
            let expected = answers(statement, on: memory), actual = answers(statement, on: endpoint)
            XCTAssertFalse(actual.first?.hasPrefix("failure: ") ?? true, "\(statement): \(actual)", file: file, line: line)
            if expected.count > 1 { answered += 1 }
            if expected != actual {
                let index = zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? 0
                XCTFail("\(statement) differs (format \(index)):\n--- in memory\n\(expected[min(index, expected.count - 1)])\n--- endpoint\n\(actual[min(index, actual.count - 1)])",
                        file: file, line: line)
            }
        }
        // Most statements have answers, not errors, so the comparison compares results.
        XCTAssertGreaterThan(answered, statements.count * 3 / 4, file: file, line: line)
    }

    func testListingsFiltersAndSteps() {
        assertSame([
            "entities", "trials", "questions", "evidence", "count entities", "count trials where status=completed",
            "trials where status=planned", "trials where status=completed and status=planned", "trials where status=recruiting",
            "questions where status=open", "questions where status!=open", "entities where has aliases", "entities where name ~ velo",
            "entities where not has aliases", "trials where addresses=velostatin-slows-glimmer", #"trials where addresses="glimmer question""#,
            "effects -> accounts_for", "mild-side-effects -> accounts_for", "off-label-use <- accounts_for", "evidence -> supports",
            "evidence where supports=off-label-use", "practices <- supports", "entities where supports=off-label-use and accounts_for=off-label-use",
            "trials -> addresses", "velostatin <- uses", "velostatin <- uses <- tests", "entities order by name", "entities order by name desc limit 3",
            "trials order by status", "entities limit 0", "entities limit 2", "(entities limit 3) where has aliases",
            "populations where condition ~ glimmer", "publications where date >= 2020", "publications where date < 2020-01",
            "select id, status from trials", "select id, name, aliases, kind, xrefs from entities", "select id, uses.name from treatments",
            "select id, addressed_by from questions", "velo-a-study", "trial-a", "show trial-a", "show velostatin",
        ])
    }

    func testStatementsCommandsAndIntrospection() {
        assertSame([
            "statements", "statements where asserted=false", "statements where negated=true", "statements where hedge=may",
            "statements where subject=trial-a", "statements where subject=velo-a-study", "statements where predicate=status",
            "statements where document=beta-2022", "statements where kind=relation and as-of >= 2020", "statements where sentence=4",
            "statements where quote ~ velostatin order by subject desc limit 5", "count statements", "select subject, quote, note from statements",
            "why trial-a", "why velostatin-slows-glimmer status", "why trial-a status completed", "why trial-a status recruiting",
            "why mild-side-effects accounts_for off-label-use", "why off-label-use supported_by evidence-for-off-label-use",
            "why evidence-for-off-label-use", "why velostatin aliases", "why trial-a stauts",
            "neighbors velostatin", "neighbors velostatin depth 3", "neighbors velostatin-slows-glimmer", "path mild-side-effects to evidence-for-off-label-use",
            "path velostatin to trial-a", "path velostatin to velostatin", "kinds", "relations", "schema", "schema trial", "schema statements",
            "sources", "conflicts", "show trials", "show nothing-here", "trails", "trials where stauts=planned", "trials -> covers",
        ])
    }

    /// Generated statements: random sources, filters on values that occur, steps the schema allows,
    /// order and limit, counted and selected.
    func testGeneratedStatements() throws {
        let graph = try Self.graph.get()
        var random = SeededGenerator(seed: 17)
        let ids = graph.entities.map(\.id)
        var statements: [String] = []
        for _ in 0..<150 {
            let kind = random.pick(graph.schema.kinds, or: graph.schema.kinds[0])
            var kinds: Set<String> = [kind.name]
            var query = random.chance(0.2) ? random.pick(ids, or: "trial-a") : kind.plural
            if graph.entity(id: query) != nil { kinds = [graph.entity(id: query)?.kind ?? kind.name] }
            for _ in 0..<Int.random(in: 0...3, using: &random) {
                let steps = graph.schema.relations.flatMap { type -> [(String, String, [String])] in
                    (kinds.isDisjoint(with: type.domain) ? [] : [("->", type.name, type.range)]) + (kinds.isDisjoint(with: type.range) ? [] : [("<-", type.name, type.domain)])
                }
                let attributes = graph.schema.kinds.filter { kinds.contains($0.name) }.flatMap(\.attributes)
                switch Int.random(in: 0..<5, using: &random) {
                case 0 where !steps.isEmpty:
                    let step = random.pick(steps, or: steps[0])
                    query += " \(step.0) \(step.1)"
                    kinds = Set(step.2)
                case 1 where !attributes.isEmpty:
                    let attribute = random.pick(attributes, or: attributes[0])
                    let values = kinds.flatMap { graph.values(ofAttribute: attribute.name, kind: $0) } + ["nothing"]
                    let value = random.pick(values, or: "x").replacingOccurrences(of: "\"", with: "\\\"")
                    query += " where \(attribute.name) \(random.pick(["=", "!=", "~"], or: "=")) \"\(value)\""
                case 2 where !steps.isEmpty:
                    let step = random.pick(steps, or: steps[0])
                    query += " where \(random.chance(0.5) ? "has " : "")\(step.0 == "->" ? step.1 : graph.schema.relation(step.1)?.inverse ?? step.1)\(random.chance(0.5) ? "" : "=\(random.pick(ids, or: "x"))")"
                case 3 where !attributes.isEmpty:
                    query = "(\(query) order by \(random.pick(attributes, or: attributes[0]).name)\(random.chance(0.5) ? " desc" : ""))"
                case 4:
                    query = "(\(query) limit \(Int.random(in: 0...3, using: &random)))"
                default:
                    break
                }
            }
            statements.append(random.chance(0.2) ? "count \(query)" : random.chance(0.2) ? "select id, name from \(query)" : query)
        }
        assertSame(statements)
    }
}
