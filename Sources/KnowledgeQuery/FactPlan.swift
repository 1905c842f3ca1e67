/// A query over statements (`statements where …`) as a pipeline of stages over every statement.
public struct FactPlan: Hashable, Sendable {
    public var stages: [Stage]

    public init(stages: [Stage]) {
        self.stages = stages
    }

    public enum Stage: Hashable, Sendable {
        case filter(Predicate<StatementField>)
        case order(StatementField, descending: Bool)
        case limit(Int)
    }
}
