import KnowledgeGraph
import KnowledgeQuery

extension ResultNote {
    /// The note in words: `1 hedged statement not counted (…); see: why …`.
    var words: String {
        switch self {
        case .uncounted(let uncounted):
            return uncounted.words
        case .moreNeighbors(let depth):
            return "more within depth \(depth) are not listed"
        }
    }
}

private extension UncountedStatements {
    /// `1 hedged statement not counted (a p b: hedged: may); see: why a p b`, or for several,
    /// `2 hedged statements not counted; see: statements where predicate=p and asserted=false`.
    var words: String {
        let what = hedged && denied ? "hedged or denied" : hedged ? "hedged" : "denied"
        if count == 1 {
            return "1 \(what) statement not counted (\(first.triple): \(first.qualifiers.summary)); see: why \(first.subject) \(first.predicate) \(first.object.text)"
        }
        let filter = predicates.count == 1 ? "predicate=\(first.predicate) and asserted=false" : "asserted=false"
        return "\(count) \(what) statements not counted; see: statements where \(filter)"
    }
}
