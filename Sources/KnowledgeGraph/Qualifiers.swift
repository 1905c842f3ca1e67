/// How a source states a fact, beyond the fact itself: how firmly, whether it denies it, the date
/// it speaks for, and the curator's notes on how it was modelled.
public struct Qualifiers: Hashable, Sendable {
    /// A word from the schema's hedge scale (`may`, `possible`, …); nil when the source asserts the
    /// fact without qualification, the scale's first word.
    public var hedge: String?
    /// The source denies the fact ("there is no convincing evidence to support …").
    public var negated: Bool
    /// The date the fact speaks for when the source marks it as time-bound ("currently planned");
    /// nil for facts that are not, which speak for the document's date.
    public var asOf: PartialDate?
    /// The curator's notes on a modelling choice; never medical claims.
    public var notes: [String]

    public init(hedge: String? = nil, negated: Bool = false, asOf: PartialDate? = nil, notes: [String] = []) {
        self.hedge = hedge
        self.negated = negated
        self.asOf = asOf
        self.notes = notes
    }

    /// Plainly asserted: neither hedged nor denied. Filters and traversal count only these.
    public var isAsserted: Bool { hedge == nil && !negated }

    /// The qualifiers that make two statements different claims (notes do not).
    var claimKey: String { "\(hedge ?? "")|\(negated)|\(asOf?.description ?? "")" }

    /// `[not]`, `[may]`, `[not, may]` after an arrow, or nothing for a plainly asserted statement.
    public var tag: String { Self.tag(hedge: hedge, negated: negated) }

    /// The tag of a statement with this hedge (nil when none) and denial.
    public static func tag(hedge: String?, negated: Bool) -> String {
        if !negated, hedge == nil { return "" }
        let words = (negated ? ["not"] : []) + (hedge.map { [$0] } ?? [])
        return "[\(words.joined(separator: ", "))]"
    }

    /// `denied, hedged: may, as of 2006-03`: what a reader must know besides the fact; empty when plainly asserted and timeless.
    public var summary: String {
        var parts: [String] = []
        if negated { parts.append("denied") }
        if let hedge { parts.append("hedged: \(hedge)") }
        if let asOf { parts.append("as of \(asOf)") }
        return parts.joined(separator: ", ")
    }
}
