import KnowledgeQuery

extension LanguagePart {
    /// The parts of the language a parsed statement uses, read from its syntax tree (not its text,
    /// so a word inside a quoted name or value does not count).
    static func parts(of statement: Statement) -> Set<LanguagePart> {
        switch statement {
        case .query(let query): return parts(of: query)
        case .count(let query): return parts(of: query).union([.count])
        case .select(_, let query): return parts(of: query).union([.select])
        case .show: return [.show]
        case .neighbors: return [.neighbors]
        case .path: return [.path]
        case .why, .whyField, .whyFact: return [.why]
        case .explain(let inner): return parts(of: inner)
        case .kinds, .relations, .schema, .sources, .conflicts: return []
        }
    }

    private static func parts(of query: Query) -> Set<LanguagePart> {
        switch query {
        case .kind(let name): return ["statements", "facts"].contains(name.text.lowercased()) ? [.statements] : [.kind]
        case .entity: return []
        case .filter(let inner, let condition): return parts(of: inner).union(parts(of: condition)).union([.where])
        case .step(let inner, let arrow, _): return parts(of: inner).union([arrow == .forward ? .forward : .backward])
        case .order(let inner, _, _): return parts(of: inner).union([.order])
        case .limit(let inner, _, _): return parts(of: inner).union([.limit])
        }
    }

    private static func parts(of condition: Condition) -> Set<LanguagePart> {
        switch condition {
        case .compare(_, let comparison, _): return comparison == .contains ? [.contains] : []
        case .has: return [.has]
        case .not(let inner): return parts(of: inner).union([.not])
        case .and(let left, let right): return parts(of: left).union(parts(of: right)).union([.and])
        case .or(let left, let right): return parts(of: left).union(parts(of: right)).union([.or])
        }
    }
}
