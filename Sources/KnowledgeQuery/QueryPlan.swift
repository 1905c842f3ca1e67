import KnowledgeGraph

/// An entity query as a pipeline: a source, then stages applied in order to the set it yields.
/// Parenthesised queries are flattened, since each stage only reads the result of the one before.
public struct QueryPlan: Hashable, Sendable {
    public var source: Source
    public var stages: [Stage]

    public init(source: Source, stages: [Stage]) {
        self.source = source
        self.stages = stages
    }

    /// Where a query starts.
    public enum Source: Hashable, Sendable {
        /// `entities`: every entity.
        case all
        /// Every entity of a kind.
        case kind(String)
        /// The entities a name picks out, by id, in graph order, and their kinds.
        case named(ids: [String], kinds: Set<String>)
    }

    /// One operation on the set of entities so far.
    public enum Stage: Hashable, Sendable {
        case filter(Predicate<BoundField>)
        /// `-> RELATION` or `<- RELATION`.
        case step(BoundStep)
        /// `order by FIELD`, enumeration values ranked in schema order.
        case order(BoundField, ranks: [String: Int], descending: Bool)
        case limit(Int)
    }

    /// The kinds the query can yield, given every kind in the schema: those of its last step, else of its source.
    public func kinds(all: Set<String>) -> Set<String> {
        for case .step(let step) in stages.reversed() { return step.kinds }
        return source.kinds(all: all)
    }
}

extension QueryPlan.Source {
    /// The kinds the source can yield, given every kind in the schema.
    public func kinds(all: Set<String>) -> Set<String> {
        switch self {
        case .all: return all
        case .kind(let name): return [name]
        case .named(_, let kinds): return kinds
        }
    }
}

/// A relation step checked against the schema: the type, the direction walked, and the kinds reached.
public struct BoundStep: Hashable, Sendable {
    public var type: String
    public var direction: Direction
    public var kinds: Set<String>
    /// The relation as written, and its arrow, for messages.
    public var written: Name
    public var arrow: ArrowDirection
}
