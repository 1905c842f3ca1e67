import KnowledgeGraph

/// Evaluates parsed statements against a graph. Pure: it never prints, and the graph is immutable,
/// so one evaluator can serve any number of statements.
public struct Evaluator: Sendable {
    public let graph: Graph
    /// When set, long loops call `try cancellation?.check()` and stop with `Interrupted` once it is cancelled.
    public var cancellation: Cancellation?

    public init(graph: Graph, cancellation: Cancellation? = nil) {
        self.graph = graph
        self.cancellation = cancellation
    }

    /// Parses and evaluates one statement.
    public func run(_ text: String) throws -> QueryResult {
        try evaluate(try Parser.parse(text))
    }

    /// Evaluates a parsed statement; unknown names become `QueryError`s with suggestions.
    public func evaluate(_ statement: Statement) throws -> QueryResult {
        switch statement {
        case .query(let query) where listsStatements(query):
            return statementTable(try facts(query))
        case .query(let query):
            return .entities(try entityList(query))
        case .count(let query) where listsStatements(query):
            return .count(try facts(query).count, noun: Noun("statement", "statements"))
        case .count(let query):
            let result = try evaluate(query)
            return .count(result.entities.count, noun: graph.schema.noun(for: result.kinds))
        case .select(let fields, let query) where listsStatements(query):
            return try selectStatements(fields, from: query)
        case .select(let fields, let query):
            return try select(fields, from: query)
        case .show(let name):
            return .card(card(for: try entity(name)))
        case .neighbors(let name, let depth):
            return try neighbors(of: try entity(name), depth: depth)
        case .path(let from, let to):
            return .paths(try paths(from: try entity(from), to: try entity(to)))
        case .why(let name):
            return .quotes(why(try entity(name)))
        case .whyField(let subject, let field):
            return .quotes(try why(try entity(subject), field: field))
        case .whyFact(let subject, let relation, let object):
            return .quotes(try why(try entity(subject), relation, object))
        case .kinds:
            return kindsTable()
        case .relations:
            return relationsTable()
        case .schema(let name):
            return try schemaTable(name)
        case .sources:
            return sourcesTable()
        case .conflicts:
            return conflictsTable()
        }
    }

    /// Evaluates a query to its entities and the kinds they can have.
    func evaluate(_ query: Query) throws -> (entities: [Entity], kinds: Set<String>) {
        switch query {
        case .kind(let name):
            // O(k) for k entities of the kind, from the kind index.
            if name.text == "entities" { return (graph.entities, Set(graph.schema.kinds.map(\.name))) }
            guard let kind = graph.schema.kind(named: name.text) else { return try evaluate(.entity(name)) }
            return (graph.entities(ofKind: kind.name), [kind.name])
        case .entity(let name):
            if !name.quoted, let kind = graph.schema.kind(named: name.text) {
                return (graph.entities(ofKind: kind.name), [kind.name])
            }
            let entities = try self.entities(named: name)
            return (entities, Set(entities.map(\.kind)))
        case .filter(let inner, let condition):
            let (entities, kinds) = try evaluate(inner)
            let filter = try compile(condition, kinds: kinds)
            // Indexed conditions narrow the candidates first: O(m) for m matches instead of O(n).
            let candidates = try self.candidates(condition, kinds: kinds)
            return (entities.filter { candidates?.contains($0.id) ?? true }.filter(filter), kinds)
        case .step(let inner, let arrow, let relationName):
            let (entities, kinds) = try evaluate(inner)
            let (type, direction) = try relation(relationName, arrow: arrow, from: kinds)
            // O(d) per entity for d edges of the type, from the adjacency index.
            var reached: [String: Entity] = [:]
            for entity in entities {
                try cancellation?.check()
                for neighbor in graph.neighbors(of: entity.id, direction, type: type.name) { reached[neighbor.id] = neighbor }
            }
            let sorted = reached.values.sorted { ($0.kind, $0.id) < ($1.kind, $1.id) }
            return (sorted, graph.schema.kinds(reachedFrom: kinds, over: type, direction))
        case .order(let inner, let field, let descending):
            let (entities, kinds) = try evaluate(inner)
            let key = try sortKey(field, kinds: kinds)
            // O(n log n) stable sort; entities without the field go last.
            return (entities.sorted(byValue: key, descending: descending), kinds)
        case .limit(let inner, let count, _):
            let (entities, kinds) = try evaluate(inner)
            return (Array(entities.prefix(max(0, count))), kinds)
        }
    }

    /// An evaluated query as an entity list, with an explanation when it is empty.
    func entityList(_ query: Query) throws -> EntityList {
        let (entities, kinds) = try evaluate(query)
        var columns: [String] = []
        if kinds.count == 1, let name = kinds.first, let kind = graph.schema.kind(name) {
            columns = kind.attributes.map(\.name).filter { name in entities.contains { !$0.statements(of: name).isEmpty } }
        }
        let explanation = entities.isEmpty ? try explainEmpty(query) : nil
        let notes = Self.uncounted(try uncountedFacts(query, result: Set(entities.map(\.id))))
        return EntityList(entities: entities, columns: columns, noun: graph.schema.noun(for: kinds), explanation: explanation, notes: notes)
    }

    /// Entities whose id, name or alias is `name`; none is an error with a suggestion.
    func entities(named name: Name) throws -> [Entity] {
        let found = graph.entities(named: name.text)
        guard found.isEmpty else { return found }
        var candidates = graph.entities.flatMap { [$0.id, $0.name] + $0.aliases }
        if !name.quoted { candidates += graph.schema.kindWords + ["entities"] }
        let what = name.quoted ? "no entity named '\(name.text)'" : "no kind or entity named '\(name.text)'"
        throw QueryError(span: name.span, message: what, notes: QueryError.suggestion(name.text, candidates))
    }

    /// The one entity `name` refers to; a kind word, none or several is an error.
    func entity(_ name: Name) throws -> Entity {
        if !name.quoted, graph.entities(named: name.text).isEmpty, let kind = graph.schema.kind(named: name.text) {
            let members = graph.entities(ofKind: kind.name).map(\.id)
            let listed = members.isEmpty || members.count > 5 ? [] : ["\(kind.plural): \(members.joined(separator: ", "))"]
            throw QueryError(span: name.span, message: "'\(name.text)' is a kind, not an entity",
                             notes: listed + ["list them with: \(kind.plural)"])
        }
        let found = try entities(named: Name(text: name.text, span: name.span, quoted: true))
        guard found.count == 1, let entity = found.first else {
            throw QueryError(span: name.span, message: "'\(name.text)' names \(found.count) entities: \(found.map(\.id).joined(separator: ", "))",
                             notes: ["use an id to pick one"])
        }
        return entity
    }

    /// The relation type and walking direction for `-> name` or `<- name` from entities of `kinds`.
    func relation(_ name: Name, arrow: ArrowDirection, from kinds: Set<String>) throws -> (RelationType, Direction) {
        guard let (type, named) = graph.schema.relation(named: name.text) else {
            let valid = graph.schema.relations.flatMap { [$0.name, $0.inverse] }
            throw QueryError(span: name.span, message: "unknown relation '\(name.text)'", notes: QueryError.suggestion(name.text, valid))
        }
        let direction = arrow == .forward ? named : named.reversed
        if graph.schema.kinds(reachedFrom: kinds, over: type, direction).isEmpty {
            let valid = validSteps(from: kinds, arrow: arrow)
            let start = direction == .outgoing ? type.domain : type.range
            var notes = QueryError.suggestion(name.text, valid)
            notes.append(valid.isEmpty ? "nothing can be followed from here with '\(arrow.rawValue)'"
                                       : "'\(arrow.rawValue)' can follow: \(valid.joined(separator: ", "))")
            throw QueryError(span: name.span,
                             message: "'\(arrow.rawValue) \(name.text)' starts at \(start.joined(separator: " or ")), not at \(kindList(kinds))",
                             notes: notes)
        }
        return (type, direction)
    }

    /// Relation names that can follow `arrow` from entities of `kinds`.
    func validSteps(from kinds: Set<String>, arrow: ArrowDirection) -> [String] {
        graph.schema.relations.flatMap { type -> [String] in
            var names: [String] = []
            let forward = arrow == .forward ? Direction.outgoing : .incoming
            if !graph.schema.kinds(reachedFrom: kinds, over: type, forward).isEmpty { names.append(type.name) }
            if !graph.schema.kinds(reachedFrom: kinds, over: type, forward.reversed).isEmpty { names.append(type.inverse) }
            return names
        }
    }

    /// `trial`, `registry or trial`, `practice, question or registry`: kinds sorted, for messages.
    func kindList(_ kinds: Set<String>, conjunction: String = "or") -> String {
        let sorted = kinds.sorted()
        guard let last = sorted.last, sorted.count > 1 else { return sorted.first ?? "nothing" }
        return sorted.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}
