import KnowledgeGraph
import KnowledgeStore

/// The in-memory executor: runs plans on a compiled `Graph`, a set of positions at a time. Pure:
/// it never prints, and the graph is immutable, so one executor can serve any number of statements.
public struct GraphExecutor: Executor {
    public let graph: Graph
    /// Set by Ctrl-C while a statement runs; the loops check it and stop with `Interrupted`.
    var cancellation: Cancellation?
    /// How much of its entities an entity list of the running statement carries.
    var detail = Detail.provenance

    public init(graph: Graph) {
        self.graph = graph
    }

    public var schema: Schema { graph.schema }

    public func execute(_ plan: Plan, detail: Detail, cancellation: Cancellation?) throws -> QueryResult {
        var running = self
        running.cancellation = cancellation
        running.detail = detail
        return try graph.failingOnDamage { try running.execute(plan) }
    }

    /// Executes a plan against the graph. Entity names in commands are looked up here.
    func execute(_ plan: Plan) throws -> QueryResult {
        switch plan {
        case .entities(let query):
            return .entities(try entityList(query))
        case .count(let query):
            let result = try evaluate(query)
            return .count(result.positions.count, noun: graph.schema.noun(for: result.kinds))
        case .select(let fields, let query):
            return try select(fields, from: query)
        case .statements(let query):
            return .rows(statementFields(for: query).rows(try facts(query)))
        case .countStatements(let query):
            return .count(try factCount(query), noun: Noun("statement", "statements"))
        case .selectStatements(let fields, let columns, let query):
            return .rows(statementFields(for: query).select(fields, columns: columns, from: try facts(query)))
        case .show(let name):
            let statements = self.statements(of: try entity(name))
            return .card(statements.card(others: Dictionary(uniqueKeysWithValues: statements.others.compactMap { id in graph.entity(id: id).map { (id, $0) } }),
                                         citations: citations(statements.documents)))
        case .neighbors(let name, let depth):
            return try neighbors(of: try entity(name), depth: depth)
        case .path(let from, let to):
            return .paths(try paths(from: try entity(from), to: try entity(to)))
        case .why(let name):
            return .quotes(statements(of: try entity(name)).why(citations: citations))
        case .whyField(let subject, let field):
            return .quotes(try statements(of: try entity(subject)).why(field: field, citations: citations))
        case .whyFact(let subject, let relation, let object):
            return .quotes(try statements(of: try entity(subject)).why(relation, object, entity: entity, citations: citations))
        case .kinds:
            return kindRows()
        case .relations:
            return relationRows()
        case .schema(let topic):
            return schemaRows(topic)
        case .sources:
            return sourceRows()
        case .conflicts:
            return conflictRows()
        case .explain(let inner):
            return .explanation(explanation(inner))
        }
    }

    /// Executes a query plan to the positions of its entities (in graph order unless ordered) and the
    /// kinds they can have. Works on sets of positions: indexes narrow a filter before any entity is read.
    func evaluate(_ query: QueryPlan) throws -> (positions: [Int], kinds: Set<String>) {
        try cancellation?.check()
        var kinds = query.source.kinds(all: binder.allKinds)
        var positions: [Int]
        switch query.source {
        case .all: positions = Array(0..<graph.entityCount)
        case .kind(let name): positions = Array(graph.positions(ofKind: name))
        case .named(let ids, _): positions = ids.compactMap(graph.position(of:))
        }
        var inGraphOrder = true
        for stage in query.stages {
            try cancellation?.check()
            switch stage {
            case .filter(let predicate):
                positions = try filter(positions, inGraphOrder: inGraphOrder, predicate)
            case .step(let step):
                positions = try reach(positions, over: step.type, step.direction)
                kinds = step.kinds
                inGraphOrder = true
            case .order(let field, let ranks, let descending):
                // O(n log n) stable sort; entities without the field go last.
                positions = positions.sorted(byValue: sortKey(field, ranks: ranks), descending: descending)
                inGraphOrder = false
            case .limit(let count):
                positions = Array(positions.prefix(max(0, count)))
            }
        }
        return (positions, kinds)
    }

    /// The positions that meet `predicate`. When the indexes answer, only the candidates that are
    /// also in `positions` are read.
    private func filter(_ positions: [Int], inGraphOrder: Bool, _ predicate: Predicate<BoundField>) throws -> [Int] {
        guard let candidates = try candidates(predicate) else {
            let matches = self.predicate(predicate)
            return try positions.filter { try checked(matches($0)) }
        }
        // When the indexes answer exactly, the candidates are the matches; else each is checked.
        let matches = Self.isExact(predicate) ? { _ in true } : self.predicate(predicate)
        if inGraphOrder, candidates.count < positions.count {
            return try candidates.sorted().filter { try Self.contains(positions, $0) && checked(matches($0)) }
        }
        return try positions.filter { try candidates.contains($0) && checked(matches($0)) }
    }

    /// The entities reached from `positions` over one relation type: the union of their adjacency lists, in graph order.
    func reach(_ positions: [Int], over type: String, _ direction: Direction) throws -> [Int] {
        // One entity's neighbours come in graph order already (a filter's `control=placebo`).
        if positions.count == 1 { return graph.neighbors(at: positions[0], direction, type: type) }
        var reached = Set<Int>()
        for (count, position) in positions.enumerated() {
            if count % 4096 == 0 { try cancellation?.check() }
            reached.formUnion(graph.neighbors(at: position, direction, type: type))
        }
        return reached.sorted()
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

    /// An executed query as an entity list, made a column at a time from the store, with an
    /// explanation when it is empty. With `Detail.provenance` it also holds each entity whole, whose
    /// quotes say where they are but not their words, which no list shows (`show` and `why` do).
    func entityList(_ query: QueryPlan) throws -> EntityList {
        let (positions, kinds) = try evaluate(query)
        var columns: [AttributeColumn] = []
        if kinds.count == 1, let name = kinds.first, let kind = graph.schema.kind(name) {
            columns = try kind.attributes.map { attribute in
                try cancellation?.check()
                return graph.attributeColumn(attribute.name, of: positions)
            }.filter(\.hasStatements)
        }
        let entities = detail == .provenance ? try positions.map { position -> Entity in
            try cancellation?.check()
            return graph.entity(at: position, quoted: false)
        } : nil
        let emptiness = positions.isEmpty ? try explainEmpty(query) : nil
        let notes = UncountedStatements(try uncountedFacts(query, result: Set(positions))).map { [ResultNote.uncounted($0)] } ?? []
        return EntityList(ids: positions.map(graph.id(at:)), kinds: positions.map(graph.kind(at:)), names: positions.map(graph.name(at:)),
                          columns: columns, entities: entities, noun: graph.schema.noun(for: kinds), emptiness: emptiness, notes: notes)
    }

    /// The one entity `name` refers to; a kind word, none or several is an error.
    func entity(_ name: Name) throws -> Entity {
        if !name.quoted, graph.positions(named: name.text).isEmpty, let kind = graph.schema.kind(named: name.text) {
            throw QueryError.kindNotEntity(name, kind: kind, members: graph.positions(ofKind: kind.name).prefix(6).map(graph.id(at:)))
        }
        let found = try binder.entities(named: Name(text: name.text, span: name.span, quoted: true))
        guard found.count == 1, let only = found.first, let position = graph.position(of: only.id) else {
            throw QueryError.notOneEntity(name, ids: found.map(\.id))
        }
        return graph.entity(at: position)
    }
}
