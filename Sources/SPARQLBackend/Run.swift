import Foundation
import KnowledgeGraph
import KnowledgeQuery

/// One plan being executed on an endpoint: the executor, the detail its entity lists carry and the
/// statement's cancellation. Its extensions mirror the in-memory executor's: selections, entity
/// data, statements, commands.
struct Run {
    let executor: SPARQLExecutor
    let detail: Detail
    let cancellation: Cancellation?
    /// What this statement has read already, so `select id, name` reads each entity once.
    let memo = Memo()

    /// The entities read without their statements during one statement, by id.
    final class Memo {
        var basics: [String: Entity] = [:]
    }

    init(executor: SPARQLExecutor, detail: Detail = .provenance, cancellation: Cancellation?) {
        self.executor = executor
        self.detail = detail
        self.cancellation = cancellation
    }

    var vocabulary: Vocabulary { executor.vocabulary }
    var schema: Schema { executor.schema }

    /// At most this many entities go into one VALUES block, so no request grows without bound.
    static let batch = 2000

    func execute(_ plan: Plan) throws -> QueryResult {
        switch plan {
        case .entities(let query):
            return .entities(try entityList(query))
        case .count(let query):
            let (count, kinds) = try self.count(query)
            return .count(count, noun: schema.noun(for: kinds))
        case .select(let fields, let query):
            return try select(fields, from: query)
        case .statements(let query):
            return .rows(try statementRows(try facts(query)))
        case .countStatements(let query):
            return .count(try facts(query).count, noun: Noun("statement", "statements"))
        case .selectStatements(let fields, let columns, let query):
            return .rows(try selectStatements(fields, columns: columns, from: try facts(query)))
        case .show(let name):
            return .card(try card(for: try entity(name)))
        case .neighbors(let name, let depth):
            return .rows(try neighbors(of: try entity(name, whole: false), depth: depth))
        case .path(let from, let to):
            return .paths(try paths(from: try entity(from, whole: false), to: try entity(to, whole: false)))
        case .why(let name):
            return .quotes(try why(try entity(name)))
        case .whyField(let subject, let field):
            return .quotes(try why(try entity(subject), field: field))
        case .whyFact(let subject, let relation, let object):
            return .quotes(try why(try entity(subject), relation, object))
        case .kinds:
            return .rows(ResultTables.kinds(schema, counts: try kindCounts()))
        case .relations:
            return .rows(ResultTables.relations(schema, counts: try relationCounts()))
        case .schema(let topic):
            return .rows(ResultTables.schema(schema, topic))
        case .sources:
            return .rows(ResultTables.sources(try sources()))
        case .conflicts:
            return .rows(try conflictRows())
        case .explain(let inner):
            let queries = try executor.explain(inner, cancellation: cancellation)
            return .explanation(Explanation(engine: executor.url, prologue: vocabulary.prologue.trimmed(.newlines),
                                            steps: queries.map { String($0.dropFirst(vocabulary.prologue.count)) }))
        }
    }

    /// The solutions of a query (written without its prefixes), after checking for Ctrl-C.
    func select(_ body: String) throws -> SolutionTable {
        try cancellation?.check()
        return try executor.select(body, cancellation: cancellation)
    }

    /// `VALUES ?v { kxe:a kxe:b }` for entity ids.
    func values(_ variable: String, _ ids: some Sequence<String>) -> String {
        "VALUES \(variable) { \(ids.map(vocabulary.entity).joined(separator: " ")) }"
    }

    /// Runs `query(ids)` for each batch of `ids` and joins the solutions.
    func batched(_ ids: [String], _ query: ([String]) -> String) throws -> [[String: RDFTerm]] {
        var rows: [[String: RDFTerm]] = []
        var start = 0
        while start < ids.count {
            let end = min(ids.count, start + Self.batch)
            rows += try select(query(Array(ids[start..<end]))).rows
            start = end
        }
        return rows
    }

    /// The entity a row's variable holds, with its kind from `kind` (a class IRI).
    func ref(_ row: [String: RDFTerm], _ entity: String, kind: String) -> EntityRef? {
        guard case .iri(let iri)? = row[entity], let id = vocabulary.entityID(iri),
              case .iri(let kindIRI)? = row[kind], let kindName = vocabulary.kindName(kindIRI) else { return nil }
        return EntityRef(id: id, kind: kindName)
    }

    /// An entity IRI's id.
    func id(_ term: RDFTerm?) -> String? {
        guard case .iri(let iri)? = term else { return nil }
        return vocabulary.entityID(iri)
    }

    /// A literal's lexical form.
    func text(_ term: RDFTerm?) -> String? {
        guard case .literal(let text, _, _)? = term else { return nil }
        return text
    }

    /// An `xsd:boolean` literal's value (Virtuoso writes `1` for true).
    func boolean(_ term: RDFTerm?) -> Bool {
        text(term) == "true" || text(term) == "1"
    }

    func integer(_ term: RDFTerm?) -> Int? {
        text(term).flatMap { Int($0) ?? Double($0).flatMap { Int(exactly: $0) } }
    }
}
