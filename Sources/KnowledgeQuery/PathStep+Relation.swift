import KnowledgeGraph

extension PathStep {
    /// The step over `relation` from the entity `from`, walked in `direction`.
    init(_ relation: Relation, from: String, direction: Direction) {
        self.init(from: from, relation: relation.type, direction: direction, to: relation.end(direction),
                  hedge: relation.qualifiers.hedge, negated: relation.qualifiers.negated)
    }
}
