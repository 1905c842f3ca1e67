/// An attribute value as one statement gives it, with how firmly: what a table of entities shows
/// of a statement, without its document, quotes, date or notes.
public struct StatedValue: Hashable, Sendable {
    public var value: Value
    /// A word from the schema's hedge scale; nil when the statement is not hedged.
    public var hedge: String?
    /// The statement denies the value.
    public var negated: Bool

    public init(value: Value, hedge: String? = nil, negated: Bool = false) {
        self.value = value
        self.hedge = hedge
        self.negated = negated
    }

    /// The value and qualifiers of an attribute statement.
    public init(_ attribute: Attribute) {
        self.init(value: attribute.value, hedge: attribute.qualifiers.hedge, negated: attribute.qualifiers.negated)
    }

    /// Plainly asserted: neither hedged nor denied.
    public var isAsserted: Bool { hedge == nil && !negated }

    /// `[not]`, `[may]`, `[not, may]`, or nothing when plainly asserted, as `Qualifiers.tag`.
    public var tag: String { Qualifiers.tag(hedge: hedge, negated: negated) }
}
