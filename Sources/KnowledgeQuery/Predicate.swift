/// A condition with its fields bound: on entities (`BoundField`) or on statements (`StatementField`).
public indirect enum Predicate<Field: Hashable & Sendable>: Hashable, Sendable {
    case has(Field)
    case compare(Field, Comparison)
    case not(Predicate)
    case and(Predicate, Predicate)
    case or(Predicate, Predicate)

    /// The predicates joined by `and` at the top (an `or` or `not` is one leaf).
    public var leaves: [Predicate] {
        var leaves: [Predicate] = []
        var pending = [self]
        while let next = pending.popLast() {
            if case .and(let a, let b) = next { pending += [b, a] } else { leaves.append(next) }
        }
        return leaves
    }
}
