import Foundation
import KnowledgeGraph

extension GraphExecutor {
    /// A bound condition as a test of the entity at a position.
    func predicate(_ predicate: Predicate<BoundField>) -> (Int) -> Bool {
        switch predicate {
        case .and(let a, let b):
            let (left, right) = (self.predicate(a), self.predicate(b))
            return { left($0) && right($0) }
        case .or(let a, let b):
            let (left, right) = (self.predicate(a), self.predicate(b))
            return { left($0) || right($0) }
        case .not(let inner):
            let test = self.predicate(inner)
            return { !test($0) }
        case .has(let field):
            return { !values(of: $0, along: field).isEmpty }
        case .compare(let field, let comparison):
            let test = Self.test(comparison)
            if case .equal(_, _, negated: true) = comparison {
                return { entity in
                    let found = values(of: entity, along: field)
                    return !found.isEmpty && !found.contains(where: test)
                }
            }
            return { entity in values(of: entity, along: field).contains(where: test) }
        }
    }

    /// The test one reached value must pass (for `!=`, the equality it must fail).
    private static func test(_ comparison: Comparison) -> (FieldValue) -> Bool {
        switch comparison {
        case .ordering(let comparison, let bounds):
            return { found in
                guard case .value(let actual) = found else { return false }
                return bounds.contains { bound in
                    guard sameType(actual, bound) else { return false }
                    return comparison.accepts(Value.compare(truncated(actual, like: bound), bound))
                }
            }
        case .contains(let text):
            let needle = text.lowercased()
            return { found in texts(found).contains { $0.lowercased().contains(needle) } }
        case .equal(let text, let number, _):
            let needle = text.lowercased()
            return { found in
                if case .value(.number(let actual)) = found, let number { return actual == number }
                return texts(found).contains { $0.lowercased() == needle }
            }
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

    /// The positions that can match `predicate`, from the indexes, or nil when it needs a scan.
    /// Equality on an attribute is one lookup in the value index, and a range (`<`, `>=` on a
    /// number or a date) one pass over the attribute's distinct values there; equality on a
    /// relation looks the value up in the name table and walks the relation back. A dotted path is evaluated backwards
    /// from the index of its last field, one relation at a time: O(m) for m entities reached.
    func candidates(_ predicate: Predicate<BoundField>) throws -> Set<Int>? {
        switch predicate {
        case .and(let a, let b):
            switch (try candidates(a), try candidates(b)) {
            case let (left?, right?): return left.intersection(right)
            case let (left?, nil): return left
            case let (nil, right): return right
            }
        case .or(let a, let b):
            guard let left = try candidates(a), let right = try candidates(b) else { return nil }
            return left.union(right)
        case .compare(let field, .equal(let value, _, negated: false)):
            var reached: [Int]
            switch field.last {
            case .attribute(let name) where !field.types.contains(.number):
                reached = graph.positions(attribute: name, equalTo: value)
            case .relation(let type, let direction):
                reached = try reach(graph.positions(named: value), over: type, direction.reversed)
            default:
                return nil
            }
            for hop in field.hops.reversed() {
                reached = try reach(reached, over: hop.type, hop.direction.reversed)
            }
            return Set(reached)
        case .compare(let field, let comparison):
            // A range on numbers or dates: each distinct value of the attribute in the value index is
            // read as the bounds' types and tested; the entities found are then checked in full.
            guard case .ordering = comparison, case .attribute(let name) = field.last else { return nil }
            let test = Self.test(comparison)
            var reached = graph.positions(attribute: name) { text in
                let readings = [Double(text).map(Value.number), PartialDate(text).map(Value.date)]
                return readings.contains { $0.map { test(.value($0)) } ?? false }
            }
            for hop in field.hops.reversed() {
                reached = try reach(reached, over: hop.type, hop.direction.reversed)
            }
            return Set(reached)
        default:
            return nil
        }
    }

    /// Whether `candidates` gives exactly the entities that meet `predicate`: equality on an
    /// attribute other than a number, or on a relation, or a range on an attribute that holds only
    /// numbers or only dates (whose values the index's texts read back as), along any path,
    /// combined with `and`/`or`.
    static func isExact(_ predicate: Predicate<BoundField>) -> Bool {
        switch predicate {
        case .and(let a, let b), .or(let a, let b):
            return isExact(a) && isExact(b)
        case .compare(let field, .ordering):
            guard case .attribute = field.last else { return false }
            return field.types == [.number] || field.types == [.date]
        case .compare(let field, .equal(_, _, negated: false)):
            switch field.last {
            case .attribute: return !field.types.contains(.number)
            case .relation: return true
            default: return false
            }
        default:
            return false
        }
    }

    /// Why a query matched nothing, when kx can tell: a value that never occurs for its field,
    /// or a combination of conditions that no entity meets. Walks back from the last stage to the
    /// first whose input was not empty.
    func explainEmpty(_ query: QueryPlan) throws -> EmptyReason? {
        var stages = query.stages
        // A filter with nothing to filter defers to the stages before it, or says there was nothing.
        var fallback: EmptyReason?
        while let stage = stages.popLast() {
            switch stage {
            case .order: continue
            case .limit(let count) where count != 0: continue
            default: break
            }
            let (positions, kinds) = try evaluate(QueryPlan(source: query.source, stages: stages))
            let noun = graph.schema.noun(for: kinds)
            if positions.isEmpty {
                if case .filter = stage { fallback = .nothingToFilter(noun) }
                continue
            }
            switch stage {
            case .filter(let predicate):
                return explainFilter(predicate, on: positions, noun: noun)
            case .step(let step):
                let words = StepWords(arrow: step.arrow.rawValue, relation: step.written.text)
                if positions.count == 1, let only = positions.first { return .noLink(entity: graph.id(at: only), step: words) }
                return .noneLinked(count: positions.count, noun: noun, step: words)
            case .order, .limit: // only `limit 0` gets here
                return .limitZero
            }
        }
        if case .all = query.source { return .noEntities }
        return fallback
    }

    /// Why no entity at `positions` meets `predicate`: the first equality whose value none of them has, else the combination.
    private func explainFilter(_ predicate: Predicate<BoundField>, on positions: [Int], noun: Noun) -> EmptyReason {
        let leaves = predicate.leaves
        for leaf in leaves {
            guard case .compare(let field, .equal(let value, _, negated: false)) = leaf else { continue }
            let matches = self.predicate(leaf)
            if !positions.contains(where: matches) {
                let seen = Set(positions.flatMap { values(of: $0, along: field).map(\.display) }).sorted()
                return .valueNotFound(noun: noun, field: field.written.text, value: value, seen: Array(seen.prefix(EmptyReason.listedValues)),
                                      more: max(0, seen.count - EmptyReason.listedValues))
            }
        }
        return .noneMeetsCondition(count: positions.count, noun: noun, conditions: leaves.count)
    }
}
