import KnowledgeGraph

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
