import KnowledgeGraph
import KnowledgeQuery

extension LanguagePart {
    /// The parts of the language a parsed statement uses, read from its syntax tree (not its text,
    /// so a word inside a quoted name or value does not count). The parser reads a bare word as a
    /// name, so `schema` tells a kind's plural (`trials`) from an entity's id.
    static func parts(of statement: Statement, schema: Schema) -> Set<LanguagePart> {
        let kinds = Set(schema.kinds.flatMap { [$0.plural.lowercased(), $0.name.lowercased()] }).union(["entities"])
        return parts(of: statement, kinds: kinds)
    }

    private static func parts(of statement: Statement, kinds: Set<String>) -> Set<LanguagePart> {
        switch statement {
        case .query(let query): return parts(of: query, kinds: kinds)
        case .count(let query): return parts(of: query, kinds: kinds).union([.count])
        case .select(_, let query): return parts(of: query, kinds: kinds).union([.select])
        case .show: return [.show]
        case .neighbors: return [.neighbors]
        case .path: return [.path]
        case .why, .whyField, .whyFact: return [.why]
        case .explain(let inner): return parts(of: inner, kinds: kinds)
        case .kinds, .relations, .schema, .sources, .conflicts: return []
        }
    }

    private static func parts(of query: Query, kinds: Set<String>) -> Set<LanguagePart> {
        switch query {
        case .kind(let name): return listsStatements(name) ? [.statements] : [.kind]
        case .entity(let name): return listsStatements(name) ? [.statements] : !name.quoted && kinds.contains(name.text.lowercased()) ? [.kind] : []
        case .filter(let inner, let condition): return parts(of: inner, kinds: kinds).union(parts(of: condition)).union([.where])
        case .step(let inner, let arrow, _): return parts(of: inner, kinds: kinds).union([arrow == .forward ? .forward : .backward])
        case .order(let inner, _, _): return parts(of: inner, kinds: kinds).union([.order])
        case .limit(let inner, _, _): return parts(of: inner, kinds: kinds).union([.limit])
        }
    }

    /// Whether a query's source is the word `statements` (or `facts`), unquoted, which the parser may read as a name.
    private static func listsStatements(_ name: Name) -> Bool {
        !name.quoted && ["statements", "facts"].contains(name.text.lowercased())
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
