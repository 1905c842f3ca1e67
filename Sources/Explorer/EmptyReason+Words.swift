import KnowledgeGraph
import KnowledgeQuery

extension EmptyReason {
    /// Why the list is empty, in words: `no trial has control=placebo; values seen: no-trastuzumab`.
    var words: String {
        switch self {
        case .noEntities:
            return "the knowledge has no entities"
        case .nothingToFilter(let noun):
            return "there are no \(noun.plural) to filter"
        case .limitZero:
            return "'limit 0' keeps none"
        case .noLink(let entity, let step):
            return "\(entity) has no \(step.link)"
        case .noneLinked(let count, let noun, let step):
            return "none of the \(noun.counted(count)) here has a \(step.link)"
        case .valueNotFound(let noun, let field, let value, let seen, let more):
            let listed = seen.isEmpty ? "none of them has an asserted '\(field)'"
                : "values seen: \(seen.joined(separator: ", "))\(more > 0 ? " and \(more) more" : "")"
            return "no \(noun.singular) has \(field)=\(value); \(listed)"
        case .noneMeetsCondition(let count, let noun, let conditions):
            return "\(noun.counted(count)) before the filter, but none meets \(conditions == 1 ? "the" : "the whole") condition"
        }
    }
}

private extension StepWords {
    /// `'-> addresses' link`.
    var link: String { "'\(arrow) \(relation)' link" }
}
