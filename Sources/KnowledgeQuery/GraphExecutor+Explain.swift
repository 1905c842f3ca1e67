import KnowledgeGraph

/// `explain` in memory: the plan's stages and how the compiled graph answers each.
extension GraphExecutor {
    func explanation(_ plan: Plan) -> Explanation {
        Explanation(engine: "in memory", steps: steps(plan))
    }

    private func steps(_ plan: Plan) -> [String] {
        switch plan {
        case .entities(let query): return steps(query)
        case .count(let query): return steps(query) + ["count the entities"]
        case .select(let fields, let query): return steps(query) + ["read \(fields.map(\.written.text).joined(separator: ", ")) of each entity"]
        case .statements(let query), .countStatements(let query), .selectStatements(_, _, let query):
            return ["every statement, in graph order"] + query.stages.map { stage in
                switch stage {
                case .filter(let predicate): return "keep the statements where \(Self.words(predicate, \.rawValue))"
                case .order(let field, let descending): return "sort by \(field.rawValue)\(descending ? ", descending" : "")"
                case .limit(let count): return "keep the first \(count)"
                }
            }
        case .show, .why, .whyField, .whyFact: return ["find the entity in the name table", "read its statements and those of its relations both ways"]
        case .neighbors(_, let depth): return ["find the entity in the name table", "walk every relation both ways, breadth first, \(depth) \(depth == 1 ? "level" : "levels")"]
        case .path: return ["find both entities in the name table", "search breadth first from both ends, expanding the smaller frontier"]
        case .kinds, .relations, .schema, .sources, .conflicts: return ["read the schema and the graph's counts"]
        case .explain(let inner): return steps(inner)
        }
    }

    private func steps(_ query: QueryPlan) -> [String] {
        var steps: [String]
        switch query.source {
        case .all: steps = ["every entity"]
        case .kind(let name): steps = ["the \(graph.schema.kind(name)?.plural ?? name): one run of positions"]
        case .named(let ids, _): steps = ["the entities named \(ids.joined(separator: ", ")), from the name table"]
        }
        for stage in query.stages {
            switch stage {
            case .filter(let predicate):
                let how = (try? candidates(predicate)) != nil ? (Self.isExact(predicate) ? "answered by the indexes" : "narrowed by the indexes, then checked")
                    : "checked entity by entity"
                steps.append("keep those where \(Self.words(predicate, \.written.text)): \(how)")
            case .step(let step):
                steps.append("follow \(step.arrow.rawValue) \(step.written.text) over the adjacency lists (plainly asserted statements)")
            case .order(let field, _, let descending):
                steps.append("sort by \(field.written.text)\(descending ? ", descending" : "")")
            case .limit(let count):
                steps.append("keep the first \(count)")
            }
        }
        return steps
    }

    /// A condition in the language's words: `status = planned and not has timing`.
    static func words<Field>(_ predicate: Predicate<Field>, _ name: (Field) -> String) -> String {
        switch predicate {
        case .and(let a, let b): return "\(words(a, name)) and \(words(b, name))"
        case .or(let a, let b): return "(\(words(a, name)) or \(words(b, name)))"
        case .not(let inner): return "not \(words(inner, name))"
        case .has(let field): return "has \(name(field))"
        case .compare(let field, .equal(let text, _, let negated)): return "\(name(field)) \(negated ? "!=" : "=") \(text)"
        case .compare(let field, .contains(let text)): return "\(name(field)) ~ \(text)"
        case .compare(let field, .ordering(let comparison, let bounds)):
            return "\(name(field)) \(comparison.rawValue) \(bounds.first?.description ?? "")"
        }
    }
}
