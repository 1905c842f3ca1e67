import KnowledgeGraph
import KnowledgeQuery

extension PathStep {
    /// `-rel->` or `<-rel-`, with the tag of a hedged or denied statement: `-rel[may]->`.
    var arrow: String {
        let tag = Qualifiers(hedge: hedge, negated: negated).tag
        return direction == .outgoing ? "-\(relation)\(tag)->" : "<-\(relation)\(tag)-"
    }
}
