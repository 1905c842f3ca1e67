import KnowledgeGraph

/// Checks a parsed statement against the schema and turns it into a `Plan`. Unknown or misplaced
/// names become `QueryError`s with spans and suggestions, before any executor runs. The data is
/// consulted only for the entities a query starts at.
public struct Binder: Sendable {
    public let schema: Schema
    public let directory: any EntityDirectory

    public init(schema: Schema, directory: any EntityDirectory) {
        self.schema = schema
        self.directory = directory
    }

    /// The plan for a statement.
    public func bind(_ statement: Statement) throws -> Plan {
        switch statement {
        case .query(let query) where Self.listsStatements(query):
            return .statements(try bindStatements(query))
        case .query(let query):
            return .entities(try bind(query))
        case .count(let query) where Self.listsStatements(query):
            return .countStatements(try bindStatements(query))
        case .count(let query):
            return .count(try bind(query))
        case .select(let fields, let query) where Self.listsStatements(query):
            let bound = try fields.map(statementField)
            return .selectStatements(bound, columns: fields.map(\.text), from: try bindStatements(query))
        case .select(let fields, let query):
            let plan = try bind(query)
            let kinds = plan.kinds(all: allKinds)
            return .select(try fields.map { try resolve($0, kinds: kinds) }, from: plan)
        case .show(let name): return .show(name)
        case .neighbors(let name, let depth): return .neighbors(name, depth: depth)
        case .path(let from, let to): return .path(from: from, to: to)
        case .why(let name): return .why(name)
        case .whyField(let subject, let field): return .whyField(subject: subject, field: field)
        case .whyFact(let subject, let relation, let object): return .whyFact(subject: subject, relation: relation, object: object)
        case .kinds: return .kinds
        case .relations: return .relations
        case .schema(let name): return .schema(try schemaTopic(name))
        case .sources: return .sources
        case .conflicts: return .conflicts
        case .explain(let inner): return .explain(try bind(inner))
        }
    }

    /// The plan for an entity query: its source, then each operation checked against the kinds it applies to.
    public func bind(_ query: Query) throws -> QueryPlan {
        let (source, operations) = query.pipeline
        var plan = QueryPlan(source: try self.source(source), stages: [])
        var kinds = plan.source.kinds(all: allKinds)
        for operation in operations {
            switch operation {
            case .filter(let condition):
                plan.stages.append(.filter(try bind(condition, kinds: kinds)))
            case .step(let arrow, let relation):
                let step = try self.step(relation, arrow: arrow, from: kinds)
                kinds = step.kinds
                plan.stages.append(.step(step))
            case .order(let field, let descending):
                let bound = try resolve(field, kinds: kinds)
                plan.stages.append(.order(bound, ranks: Self.ranks(bound.types), descending: descending))
            case .limit(let count):
                plan.stages.append(.limit(count))
            }
        }
        return plan
    }

    /// The kinds a query can yield, from the schema alone: what completion needs, without checking filters.
    public func kinds(of query: Query) throws -> Set<String> {
        let (source, operations) = query.pipeline
        var kinds = try self.source(source).kinds(all: allKinds)
        for case .step(let arrow, let relation) in operations {
            kinds = try step(relation, arrow: arrow, from: kinds).kinds
        }
        return kinds
    }

    /// Every kind in the schema.
    var allKinds: Set<String> { Set(schema.kinds.map(\.name)) }

    /// What a query starts at: `entities`, a kind word, or the entities a name picks out.
    func source(_ name: Name) throws -> QueryPlan.Source {
        if !name.quoted {
            if name.text == "entities" { return .all }
            if let kind = schema.kind(named: name.text) { return .kind(kind.name) }
        }
        let found = try entities(named: name)
        return .named(ids: found.map(\.id), kinds: Set(found.map(\.kind)))
    }

    /// The entities whose id, name or alias is `name`; none is an error with a suggestion.
    public func entities(named name: Name) throws -> [(id: String, kind: String)] {
        let found = directory.lookUp(name.text)
        guard found.isEmpty else { return found }
        var candidates = directory.words(near: name.text)
        if !name.quoted { candidates += schema.kindWords + ["entities"] }
        let what = name.quoted ? "no entity named '\(name.text)'" : "no kind or entity named '\(name.text)'"
        throw QueryError(span: name.span, message: what, notes: QueryError.suggestion(name.text, candidates))
    }

    /// The relation type and walking direction for `-> name` or `<- name` from entities of `kinds`.
    func step(_ name: Name, arrow: ArrowDirection, from kinds: Set<String>) throws -> BoundStep {
        guard let (type, named) = schema.relation(named: name.text) else {
            let valid = schema.relations.flatMap { [$0.name, $0.inverse] }
            throw QueryError(span: name.span, message: "unknown relation '\(name.text)'", notes: QueryError.suggestion(name.text, valid))
        }
        let direction = arrow == .forward ? named : named.reversed
        let reached = schema.kinds(reachedFrom: kinds, over: type, direction)
        if reached.isEmpty {
            let valid = validSteps(from: kinds, arrow: arrow)
            let start = direction == .outgoing ? type.domain : type.range
            var notes = QueryError.suggestion(name.text, valid)
            notes.append(valid.isEmpty ? "nothing can be followed from here with '\(arrow.rawValue)'"
                                       : "'\(arrow.rawValue)' can follow: \(valid.joined(separator: ", "))")
            throw QueryError(span: name.span,
                             message: "'\(arrow.rawValue) \(name.text)' starts at \(start.joined(separator: " or ")), not at \(kindList(kinds))",
                             notes: notes)
        }
        return BoundStep(type: type.name, direction: direction, kinds: reached, written: name, arrow: arrow)
    }

    /// Relation names that can follow `arrow` from entities of `kinds`.
    public func validSteps(from kinds: Set<String>, arrow: ArrowDirection) -> [String] {
        schema.relations.flatMap { type -> [String] in
            var names: [String] = []
            let forward = arrow == .forward ? Direction.outgoing : .incoming
            if !schema.kinds(reachedFrom: kinds, over: type, forward).isEmpty { names.append(type.name) }
            if !schema.kinds(reachedFrom: kinds, over: type, forward.reversed).isEmpty { names.append(type.inverse) }
            return names
        }
    }

    /// `schema`, `schema KIND` or `schema statements`; an unknown kind is an error with a suggestion.
    func schemaTopic(_ name: Name?) throws -> Plan.SchemaTopic {
        guard let name else { return .everything }
        if Self.statementWords.contains(name.text.lowercased()) { return .statements }
        guard let kind = schema.kind(named: name.text) else {
            throw QueryError(span: name.span, message: "unknown kind '\(name.text)'", notes: QueryError.suggestion(name.text, schema.kindWords))
        }
        return .kind(kind.name)
    }

    /// The order of enumeration values for `order by`: a value's first place among the field's
    /// enumerations, so a trial's `planned` sorts before `completed`, not alphabetically.
    static func ranks(_ types: [AttributeType]) -> [String: Int] {
        var rank: [String: Int] = [:]
        for case .enumeration(let allowed) in types {
            for (position, value) in allowed.enumerated() where rank[value] == nil { rank[value] = position }
        }
        return rank
    }

    /// `trial`, `registry or trial`, `practice, question or registry`: kinds sorted, for messages.
    func kindList(_ kinds: Set<String>, conjunction: String = "or") -> String {
        let sorted = kinds.sorted()
        guard let last = sorted.last, sorted.count > 1 else { return sorted.first ?? "nothing" }
        return sorted.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}
