import KnowledgeGraph

/// A condition with its fields bound: on entities (`BoundField`) or on statements (`StatementField`).
public indirect enum Predicate<Field: Hashable & Sendable>: Hashable, Sendable {
    case has(Field)
    case compare(Field, Comparison)
    case not(Predicate)
    case and(Predicate, Predicate)
    case or(Predicate, Predicate)

    /// The predicates joined by `and` at the top (an `or` or `not` is one leaf).
    var leaves: [Predicate] {
        var leaves: [Predicate] = []
        var pending = [self]
        while let next = pending.popLast() {
            if case .and(let a, let b) = next { pending += [b, a] } else { leaves.append(next) }
        }
        return leaves
    }
}

/// What one reached value is compared with, checked against the field's type.
public enum Comparison: Hashable, Sendable {
    /// `<`, `<=`, `>`, `>=`: one bound per type the field can have, parsed as that type.
    case ordering(ComparisonOperator, bounds: [Value])
    /// `~`: the text, as written, occurs in the value, ignoring case.
    case contains(String)
    /// `=`, or `!=` when `negated`: the value is the text as written (ignoring case), or `number`
    /// when the field can hold numbers.
    case equal(String, number: Double?, negated: Bool)
}
