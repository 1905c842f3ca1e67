import KnowledgeQuery

/// Short text forms of the neutral result values, so tests can compare them at a glance
/// (the words users read are Explorer's, tested there and by the golden scripts).
extension ResultNote {
    var testText: String {
        switch self {
        case .moreNeighbors(let depth): return "more within \(depth)"
        case .uncounted(let uncounted):
            let what = [uncounted.hedged ? "hedged" : nil, uncounted.denied ? "denied" : nil].compactMap { $0 }.joined(separator: " or ")
            if uncounted.count == 1 { return "1 \(what): \(uncounted.first.triple) (\(uncounted.first.qualifiers.summary))" }
            return "\(uncounted.count) \(what) of \(uncounted.predicates.joined(separator: ", "))"
        }
    }
}

extension Claim {
    var testText: String {
        switch self {
        case .kind(let name, let kind): return "\(name) is kind \(kind)"
        case .aliases(let name, let aliases): return "\(name) aka \(aliases.joined(separator: ", "))"
        case .attribute(let name, let value): return "\(name) = \(value)"
        case .relation(let subject, let predicate, let object): return "\(subject) \(predicate) \(object)"
        }
    }
}

extension CuratorNote {
    var testText: String { "\(about): \(text)" }
}
