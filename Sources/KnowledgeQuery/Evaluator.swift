import KnowledgeGraph

/// Evaluates parsed statements against a graph. Pure: it never prints, and the graph is immutable,
/// so one evaluator can serve any number of statements.
public struct Evaluator: Sendable {
    public let graph: Graph
    /// Set by Ctrl-C while a statement runs; the evaluator's loops check it and stop with `Interrupted`.
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
            return statementRows(try facts(query))
        case .query(let query):
            return .entities(try entityList(query))
        case .count(let query) where listsStatements(query):
            return .count(try facts(query).count, noun: Noun("statement", "statements"))
        case .count(let query):
            let result = try evaluate(query)
            return .count(result.positions.count, noun: graph.schema.noun(for: result.kinds))
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
            return kindRows()
        case .relations:
            return relationRows()
        case .schema(let name):
            return try schemaRows(name)
        case .sources:
            return sourceRows()
        case .conflicts:
            return conflictRows()
        }
    }

    /// Evaluates a query to the positions of its entities (in graph order unless ordered) and the
    /// kinds they can have. Works on sets of positions: indexes narrow a filter before any entity is read.
    func evaluate(_ query: Query) throws -> (positions: [Int], kinds: Set<String>) {
        try cancellation?.check()
        switch query {
        case .kind(let name):
            if name.text == "entities" { return (Array(0..<graph.entityCount), Set(graph.schema.kinds.map(\.name))) }
            guard let kind = graph.schema.kind(named: name.text) else { return try evaluate(.entity(name)) }
            return (Array(graph.positions(ofKind: kind.name)), [kind.name])
        case .entity(let name):
            if !name.quoted, let kind = graph.schema.kind(named: name.text) {
                return (Array(graph.positions(ofKind: kind.name)), [kind.name])
            }
            let positions = try self.positions(named: name)
            return (positions, Set(positions.map(graph.kind(at:))))
        case .filter(let inner, let condition):
            let (positions, kinds) = try evaluate(inner)
            let matches = try compile(condition, kinds: kinds)
            guard let candidates = try candidates(condition, kinds: kinds) else {
                return (try positions.filter { try checked(matches($0)) }, kinds)
            }
            // The index answered: read only the candidates that are also in the inner result.
            if Self.inGraphOrder(inner), candidates.count < positions.count {
                return (try candidates.sorted().filter { try Self.contains(positions, $0) && checked(matches($0)) }, kinds)
            }
            return (try positions.filter { try candidates.contains($0) && checked(matches($0)) }, kinds)
        case .step(let inner, let arrow, let relationName):
            let (positions, kinds) = try evaluate(inner)
            let (type, direction) = try relation(relationName, arrow: arrow, from: kinds)
            return (try reach(positions, over: type.name, direction), graph.schema.kinds(reachedFrom: kinds, over: type, direction))
        case .order(let inner, let field, let descending):
            let (positions, kinds) = try evaluate(inner)
            let key = try sortKey(field, kinds: kinds)
            // O(n log n) stable sort; entities without the field go last.
            return (positions.sorted(byValue: key, descending: descending), kinds)
        case .limit(let inner, let count, _):
            let (positions, kinds) = try evaluate(inner)
            return (Array(positions.prefix(max(0, count))), kinds)
        }
    }

    /// The kinds a query can yield, from the schema alone: what completion needs, without evaluating filters.
    func kinds(of query: Query) throws -> Set<String> {
        switch query {
        case .kind, .entity:
            return try evaluate(query).kinds
        case .filter(let inner, _), .order(let inner, _, _), .limit(let inner, _, _):
            return try kinds(of: inner)
        case .step(let inner, let arrow, let relationName):
            let start = try kinds(of: inner)
            let (type, direction) = try relation(relationName, arrow: arrow, from: start)
            return graph.schema.kinds(reachedFrom: start, over: type, direction)
        }
    }

    /// The entities reached from `positions` over one relation type: the union of their adjacency lists, in graph order.
    func reach(_ positions: [Int], over type: String, _ direction: Direction) throws -> [Int] {
        var reached = Set<Int>()
        for (count, position) in positions.enumerated() {
            if count % 4096 == 0 { try cancellation?.check() }
            reached.formUnion(graph.neighbors(at: position, direction, type: type))
        }
        return reached.sorted()
    }

    /// Whether a query's positions come out sorted (no `order by` inside).
    static func inGraphOrder(_ query: Query) -> Bool {
        switch query {
        case .order: return false
        case .limit(let inner, _, _), .filter(let inner, _): return inGraphOrder(inner)
        case .kind, .entity, .step: return true
        }
    }

    /// Binary search in sorted positions.
    static func contains(_ sorted: [Int], _ position: Int) -> Bool {
        var (low, high) = (0, sorted.count)
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < position { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == position
    }

    /// A predicate's answer, after checking for Ctrl-C now and then.
    private func checked(_ answer: Bool) throws -> Bool {
        try cancellation?.check()
        return answer
    }

    /// An evaluated query as an entity list, with an explanation when it is empty.
    func entityList(_ query: Query) throws -> EntityList {
        let (positions, kinds) = try evaluate(query)
        let entities = try positions.map { position -> Entity in
            try cancellation?.check()
            return graph.entity(at: position)
        }
        var columns: [String] = []
        if kinds.count == 1, let name = kinds.first, let kind = graph.schema.kind(name) {
            columns = kind.attributes.map(\.name).filter { name in entities.contains { !$0.statements(of: name).isEmpty } }
        }
        let explanation = entities.isEmpty ? try explainEmpty(query) : nil
        let notes = Self.uncounted(try uncountedFacts(query, result: Set(positions)))
        return EntityList(entities: entities, columns: columns, noun: graph.schema.noun(for: kinds), explanation: explanation, notes: notes)
    }

    /// Positions of the entities whose id, name or alias is `name`; none is an error with a suggestion.
    func positions(named name: Name) throws -> [Int] {
        let found = graph.positions(named: name.text)
        guard found.isEmpty else { return found }
        var candidates = nearbyWords(name.text)
        if !name.quoted { candidates += graph.schema.kindWords + ["entities"] }
        let what = name.quoted ? "no entity named '\(name.text)'" : "no kind or entity named '\(name.text)'"
        throw QueryError(span: name.span, message: what, notes: QueryError.suggestion(name.text, candidates))
    }

    /// What a did-you-mean for `word` compares against: every id, name and alias of a small graph;
    /// in a large one, those that share the longest prefix (up to 3 characters) with it, from the name table.
    func nearbyWords(_ word: String) -> [String] {
        if graph.entityCount <= 20_000 { return graph.words(startingWith: "").map(\.word) }
        for length in stride(from: min(3, word.count), through: 1, by: -1) {
            let words = graph.words(startingWith: String(word.prefix(length)), limit: 5000).map(\.word)
            if !words.isEmpty { return words }
        }
        return []
    }

    /// The one entity `name` refers to; a kind word, none or several is an error.
    func entity(_ name: Name) throws -> Entity {
        if !name.quoted, graph.positions(named: name.text).isEmpty, let kind = graph.schema.kind(named: name.text) {
            let members = graph.positions(ofKind: kind.name).prefix(6).map(graph.id(at:))
            let listed = members.isEmpty || members.count > 5 ? [] : ["\(kind.plural): \(members.joined(separator: ", "))"]
            throw QueryError(span: name.span, message: "'\(name.text)' is a kind, not an entity",
                             notes: listed + ["list them with: \(kind.plural)"])
        }
        let found = try positions(named: Name(text: name.text, span: name.span, quoted: true))
        guard found.count == 1, let position = found.first else {
            throw QueryError(span: name.span, message: "'\(name.text)' names \(found.count) entities: \(found.map(graph.id(at:)).joined(separator: ", "))",
                             notes: ["use an id to pick one"])
        }
        return graph.entity(at: position)
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
