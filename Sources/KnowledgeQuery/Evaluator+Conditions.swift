import Foundation
import KnowledgeGraph

extension Evaluator {
    /// Turns a condition into a predicate, checking names, operators and values once, up front.
    func compile(_ condition: Condition, kinds: Set<String>) throws -> (Int) -> Bool {
        switch condition {
        case .and(let a, let b):
            let (left, right) = (try compile(a, kinds: kinds), try compile(b, kinds: kinds))
            return { left($0) && right($0) }
        case .or(let a, let b):
            let (left, right) = (try compile(a, kinds: kinds), try compile(b, kinds: kinds))
            return { left($0) || right($0) }
        case .not(let inner):
            let predicate = try compile(inner, kinds: kinds)
            return { !predicate($0) }
        case .has(let field):
            let path = try resolve(field, kinds: kinds)
            return { !values(of: $0, along: path).isEmpty }
        case .compare(let field, let comparison, let value):
            let path = try resolve(field, kinds: kinds)
            let test = try comparator(path, field, comparison, value)
            if comparison == .notEqual {
                let equal = try comparator(path, field, .equal, value)
                return { entity in
                    let found = values(of: entity, along: path)
                    return !found.isEmpty && !found.contains(where: equal)
                }
            }
            return { entity in values(of: entity, along: path).contains(where: test) }
        }
    }

    /// The test one reached value must pass, after checking that `value` fits the field's type.
    private func comparator(_ path: ResolvedPath, _ field: FieldPath, _ comparison: ComparisonOperator, _ value: Name) throws -> (FieldValue) -> Bool {
        let types = attributeTypes(path)
        let needle = value.text.lowercased()
        if comparison.isOrdering {
            guard !types.isEmpty, types.allSatisfy({ $0 == .number || $0 == .date }) else {
                let type = types.first?.name ?? (path.last.isRelation ? "a relation" : "text")
                throw QueryError(span: field.span, message: "'\(comparison.rawValue)' compares numbers and dates, but '\(field.text)' is \(type == "enum" || type == "text" || type == "url" ? "of type \(type)" : type)",
                                 notes: ["use = or ~ for \(type == "a relation" ? "relations" : "text")"])
            }
            var bounds: [Value] = []
            for type in types {
                switch Value.parse(value.text, as: type) {
                case .success(let parsed): bounds.append(parsed)
                case .failure(let error):
                    throw QueryError(span: value.span, message: "'\(value.text)' is \(error.explanation); '\(field.text)' is a \(type.name)")
                }
            }
            return { found in
                guard case .value(let actual) = found else { return false }
                return bounds.contains { bound in
                    guard Self.sameType(actual, bound) else { return false }
                    return comparison.accepts(Value.compare(Self.truncated(actual, like: bound), bound))
                }
            }
        }
        if comparison == .contains {
            return { found in Self.texts(found).contains { $0.lowercased().contains(needle) } }
        }
        let enumerations = types.compactMap { type -> [String]? in
            if case .enumeration(let allowed) = type { return allowed }
            return nil
        }
        if !enumerations.isEmpty, enumerations.count == types.count {
            let allowed = Set(enumerations.flatMap { $0 })
            guard allowed.contains(where: { $0.lowercased() == needle }) else {
                throw QueryError(span: value.span, message: "'\(value.text)' is not a value of '\(field.text)'",
                                 notes: QueryError.suggestion(value.text, allowed) + ["values: \(allowed.sorted().joined(separator: ", "))"])
            }
        }
        let number = types.contains(.number) ? Double(value.text) : nil
        return { found in
            if case .value(.number(let actual)) = found, let number { return actual == number }
            return Self.texts(found).contains { $0.lowercased() == needle }
        }
    }

    private static func texts(_ value: FieldValue) -> [String] {
        switch value {
        case .value(let value): return [value.description]
        case .entity(let id, let name, let aliases): return [id, name] + aliases
        case .text(let text): return [text]
        }
    }

    /// A date cut to the precision of `bound`, so `date <= 2006` includes 2006-03 and `date > 2006` does not.
    static func truncated(_ value: Value, like bound: Value) -> Value {
        guard case .date(var date) = value, case .date(let limit) = bound else { return value }
        if limit.month == nil { date.month = nil }
        if limit.day == nil { date.day = nil }
        return .date(date)
    }

    private static func sameType(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.number, .number), (.date, .date): return true
        default: return false
        }
    }

    /// The positions that can match `condition`, from the indexes, or nil when it needs a scan.
    /// Equality on an attribute is one lookup in the value index; equality on a relation looks the
    /// value up in the name table and walks the relation back. A dotted path is evaluated backwards
    /// from the index of its last field, one relation at a time: O(m) for m entities reached.
    func candidates(_ condition: Condition, kinds: Set<String>) throws -> Set<Int>? {
        switch condition {
        case .and(let a, let b):
            switch (try candidates(a, kinds: kinds), try candidates(b, kinds: kinds)) {
            case let (left?, right?): return left.intersection(right)
            case let (left?, nil): return left
            case let (nil, right): return right
            }
        case .or(let a, let b):
            guard let left = try candidates(a, kinds: kinds), let right = try candidates(b, kinds: kinds) else { return nil }
            return left.union(right)
        case .compare(let field, .equal, let value):
            let path = try resolve(field, kinds: kinds)
            var reached: [Int]
            switch path.last {
            case .attribute(let name) where !attributeTypes(path).contains(.number):
                reached = graph.positions(attribute: name, equalTo: value.text)
            case .relation(let type, let direction):
                reached = try reach(graph.positions(named: value.text), over: type, direction.reversed)
            default:
                return nil
            }
            for hop in path.hops.reversed() {
                reached = try reach(reached, over: hop.type, hop.direction.reversed)
            }
            return Set(reached)
        default:
            return nil
        }
    }

    /// Why a query matched nothing, when kx can tell: a value that never occurs for its field,
    /// or a combination of conditions that no entity meets.
    func explainEmpty(_ query: Query) throws -> String? {
        switch query {
        case .filter(let inner, let condition):
            let (entities, kinds) = try evaluate(inner)
            let noun = graph.schema.noun(for: kinds)
            if entities.isEmpty { return try explainEmpty(inner) ?? "there are no \(noun.plural) to filter" }
            let leaves = Self.leaves(condition)
            for leaf in leaves {
                guard case .compare(let field, let comparison, let value) = leaf, comparison == .equal else { continue }
                let path = try resolve(field, kinds: kinds)
                let seen = Set(entities.flatMap { entity in values(of: entity, along: path).map(\.display) })
                let matches = try compile(leaf, kinds: kinds)
                if !entities.contains(where: matches) {
                    let sorted = seen.sorted()
                    let more = sorted.count > 8 ? " and \(sorted.count - 8) more" : ""
                    let values = seen.isEmpty ? "none of them has '\(field.text)'" : "values seen: \(sorted.prefix(8).joined(separator: ", "))\(more)"
                    return "no \(noun.singular) has \(field.text)=\(value.text); \(values)"
                }
            }
            return "\(noun.counted(entities.count)) before the filter, but none meets \(leaves.count == 1 ? "the" : "the whole") condition"
        case .step(let inner, let arrow, let relation):
            let (entities, kinds) = try evaluate(inner)
            if entities.isEmpty { return try explainEmpty(inner) }
            let link = "'\(arrow.rawValue) \(relation.text)' link"
            if entities.count == 1, let only = entities.first { return "\(graph.id(at: only)) has no \(link)" }
            return "none of the \(graph.schema.noun(for: kinds).counted(entities.count)) here has a \(link)"
        case .limit(let inner, 0, _):
            let (entities, _) = try evaluate(inner)
            return entities.isEmpty ? try explainEmpty(inner) : "'limit 0' keeps none"
        case .order(let inner, _, _), .limit(let inner, _, _):
            return try explainEmpty(inner)
        case .kind(let name):
            return "the knowledge has no \(graph.schema.kind(named: name.text)?.plural ?? name.text)"
        case .entity:
            return nil
        }
    }

    /// The conditions joined by `and` at the top of `condition` (an `or` or `not` is one leaf).
    static func leaves(_ condition: Condition) -> [Condition] {
        if case .and(let a, let b) = condition { return leaves(a) + leaves(b) }
        return [condition]
    }
}

extension FieldResolution {
    var isRelation: Bool {
        if case .relation = self { return true }
        return false
    }
}
