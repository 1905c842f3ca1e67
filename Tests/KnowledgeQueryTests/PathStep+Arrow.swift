import KnowledgeGraph
@testable import KnowledgeQuery

extension PathStep {
    /// The step's qualifiers in a notation for expected values: `[not, may]`, or nothing when plainly asserted.
    var tag: String { Qualifiers(hedge: hedge, negated: negated).tag }

    /// The step's arrow in a notation for expected values: `-rel[may]->`, `<-rel-`.
    var arrow: String { direction == .outgoing ? "-\(relation)\(tag)->" : "<-\(relation)\(tag)-" }
}
