import KnowledgeGraph

/// A statement checked against the schema, ready for an executor: kinds, fields, relations and
/// values are resolved, so executors only read data. It does not depend on how the graph is stored.
/// Entity names in commands (`show X`) stay names: resolving them needs the data.
public indirect enum Plan: Hashable, Sendable {
    case entities(QueryPlan)
    case count(QueryPlan)
    case select([BoundField], from: QueryPlan)
    case statements(FactPlan)
    case countStatements(FactPlan)
    /// `select FIELD, … from statements …`, with the column names as written.
    case selectStatements([StatementField], columns: [String], from: FactPlan)
    case show(Name)
    case neighbors(Name, depth: Int)
    case path(from: Name, to: Name)
    case why(Name)
    case whyField(subject: Name, field: Name)
    case whyFact(subject: Name, relation: Name, object: Name)
    case kinds
    case relations
    /// `schema`, `schema KIND` (the kind's name), or `schema statements`.
    case schema(SchemaTopic)
    case sources
    case conflicts
    /// What the executor does to answer the plan.
    case explain(Plan)

    /// What `schema` describes.
    public enum SchemaTopic: Hashable, Sendable {
        case everything
        case kind(String)
        case statements
    }
}
