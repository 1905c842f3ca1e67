import KnowledgeGraph

/// Why an entity list is empty, when the executor can tell, as values: Explorer puts it in words.
public enum EmptyReason: Hashable, Sendable {
    /// The knowledge has no entities at all.
    case noEntities
    /// A filter had nothing to filter: there were no `noun.plural` before it.
    case nothingToFilter(Noun)
    /// `limit 0` keeps none.
    case limitZero
    /// The one entity a step started from has no such link.
    case noLink(entity: String, step: StepWords)
    /// None of the `count` entities a step started from has such a link.
    case noneLinked(count: Int, noun: Noun, step: StepWords)
    /// An equality whose value no entity before the filter has: `no trial has control=placebo`,
    /// with the first values seen (`seen`, at most 8) and how many more there are.
    case valueNotFound(noun: Noun, field: String, value: String, seen: [String], more: Int)
    /// `count` entities were there before the filter, but none meets its `conditions` joined by `and`.
    case noneMeetsCondition(count: Int, noun: Noun, conditions: Int)

    /// At most this many values seen are listed in `valueNotFound`.
    public static let listedValues = 8
}

/// A relation step as written (`-> addresses`), for messages.
public struct StepWords: Hashable, Sendable {
    public var arrow: String
    public var relation: String

    public init(arrow: String, relation: String) {
        self.arrow = arrow
        self.relation = relation
    }
}
