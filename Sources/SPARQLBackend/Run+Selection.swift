import KnowledgeGraph
import KnowledgeQuery

/// Selections: an entity query's pipeline as SPARQL. Sources, filters and steps are one graph
/// pattern the engine evaluates; `order by` sorts on the client with the in-memory executor's
/// rules (first value, enumeration ranks, missing last, stable), and `limit` is pushed to the
/// engine where graph order is the order (`ORDER BY` kind and id).
extension Run {
    /// Where a selection stands after some stages: the branches of a UNION (usually one), each a
    /// whole pattern binding `variable`, and, once sorted or limited on the client, the entities in
    /// their order (nil: graph order).
    struct Selection {
        var branches: [String]
        var variable: String
        var order: [EntityRef]?

        init(pattern: String, variable: String, order: [EntityRef]? = nil) {
            branches = [pattern]
            self.variable = variable
            self.order = order
        }

        /// The pattern with `tail` at the end of every branch (which must carry the whole pattern, see `PatternWriter.alternatives`).
        func pattern(_ tail: String) -> String {
            branches.count == 1 ? "\(branches[0])\n\(tail)" : branches.map { "{ \($0)\n\(tail) }" }.joined(separator: "\nUNION ")
        }
    }

    /// The entities a query plan selects, in order, and the kinds they can have.
    func evaluate(_ query: QueryPlan) throws -> (refs: [EntityRef], kinds: Set<String>) {
        var writer = PatternWriter(vocabulary: vocabulary, schema: schema)
        var selection = source(query.source, &writer)
        var kinds = query.source.kinds(all: Set(schema.kinds.map(\.name)))
        for stage in query.stages {
            try cancellation?.check()
            switch stage {
            case .filter, .step:
                extend(&selection, with: stage, &writer)
                if case .step(let step) = stage { kinds = step.kinds }
            case .order(let field, let ranks, let descending):
                let refs = try fetch(selection, &writer)
                let keys = try sortKeys(field, ranks: ranks, of: refs)
                selection = pinned(refs.sorted(byValue: { keys[$0.id] ?? nil }, descending: descending), &writer)
            case .limit(let count):
                let refs = selection.order == nil ? try fetch(selection, &writer, limit: max(0, count)) : Array(try fetch(selection, &writer).prefix(max(0, count)))
                selection = pinned(refs, &writer)
            }
        }
        return (try fetch(selection, &writer), kinds)
    }

    /// How many entities a query selects: counted by the engine when no stage needs the client
    /// (`order by`, `limit`), else the entities selected, counted.
    func count(_ query: QueryPlan) throws -> (count: Int, kinds: Set<String>) {
        let counted = query.stages.allSatisfy { stage in
            switch stage {
            case .filter, .step: return true
            case .order, .limit: return false
            }
        }
        guard counted else {
            let (refs, kinds) = try evaluate(query)
            return (refs.count, kinds)
        }
        var writer = PatternWriter(vocabulary: vocabulary, schema: schema)
        var selection = source(query.source, &writer)
        for stage in query.stages { extend(&selection, with: stage, &writer) }
        let kind = writer.fresh("k")
        let table = try select("""
            SELECT (COUNT(DISTINCT \(selection.variable)) AS ?count) WHERE {
            \(selection.pattern(writer.kindPattern(selection.variable, kind)))
            }
            """)
        return (integer(table.rows.first?["count"]) ?? 0, query.kinds(all: Set(schema.kinds.map(\.name))))
    }

    /// Adds a filter or a step to the selection's pattern: the engine's part of a plan (`order by`
    /// and `limit` are the caller's).
    private func extend(_ selection: inout Selection, with stage: QueryPlan.Stage, _ writer: inout PatternWriter) {
        switch stage {
        case .filter(let predicate):
            // At most 8 branches in all: past that, an `or` is a FILTER.
            let alternatives = writer.alternatives(predicate, on: selection.variable, limit: max(1, 8 / selection.branches.count))
            selection.branches = selection.branches.flatMap { branch in alternatives.map { branch + "\n" + $0 } }
        case .step(let step):
            let next = writer.fresh("e")
            let pattern = writer.step(step.type, step.direction, from: selection.variable, to: next)
            selection.branches = selection.branches.map { $0 + "\n" + pattern }
            selection.variable = next
            selection.order = nil
        case .order, .limit:
            break
        }
    }

    /// The pattern of a query's source.
    private func source(_ source: QueryPlan.Source, _ writer: inout PatternWriter) -> Selection {
        let variable = writer.fresh("e")
        switch source {
        case .all:
            return Selection(pattern: writer.kindPattern(variable, writer.fresh("k")), variable: variable)
        case .kind(let name):
            return Selection(pattern: "\(variable) a \(vocabulary.kind(name)) .", variable: variable)
        case .named(let ids, _):
            return Selection(pattern: values(variable, ids), variable: variable)
        }
    }

    /// A selection of exactly these entities, in this order.
    private func pinned(_ refs: [EntityRef], _ writer: inout PatternWriter) -> Selection {
        let variable = writer.fresh("e")
        return Selection(pattern: values(variable, refs.map(\.id)), variable: variable, order: refs)
    }

    /// The entities a selection holds: in its order, else in graph order (the first `limit` of them, when given).
    func fetch(_ selection: Selection, _ writer: inout PatternWriter, limit: Int? = nil) throws -> [EntityRef] {
        if limit == 0 { return [] }
        let kind = writer.fresh("k")
        let ordered = limit.map { "\nORDER BY STR(\(kind)) STR(\(selection.variable)) LIMIT \($0)" } ?? ""
        let table = try select("""
            SELECT DISTINCT \(selection.variable) \(kind) WHERE {
            \(selection.pattern(writer.kindPattern(selection.variable, kind)))
            }\(ordered)
            """)
        var seen: Set<String> = []
        // One entity a row, however many classes a hostile store gives it.
        let found = table.rows.compactMap { ref($0, String(selection.variable.dropFirst()), kind: String(kind.dropFirst())) }.filter { seen.insert($0.id).inserted }
        guard let order = selection.order else { return limit == nil ? found.sorted() : found }
        let kept = Set(found)
        return order.filter { kept.contains($0) }
    }

    /// The key `order by FIELD` sorts each entity by: the first value the field reaches, an
    /// enumeration value by its rank, a related entity by its name.
    private func sortKeys(_ field: BoundField, ranks: [String: Int], of refs: [EntityRef]) throws -> [String: Value?] {
        let values = try self.values(along: field, of: refs)
        return Dictionary(firsts: refs.map { ref in
            let key: Value?
            switch values[ref.id]?.first {
            case .value(.enumeration(let word))?: key = ranks[word].map { .number(Double($0)) } ?? .text(word)
            case .value(let value)?: key = value
            case .entity(_, let name, _)?: key = .text(name)
            case .text(let text)?: key = .text(text)
            case nil: key = nil
            }
            return (ref.id, key)
        })
    }
}
