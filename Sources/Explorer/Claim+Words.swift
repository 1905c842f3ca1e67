import KnowledgeGraph
import KnowledgeQuery

extension Claim {
    /// The claim in words: `RegistHER is a registry`, `status = initiated`, `registher addresses …`.
    var words: String {
        switch self {
        case .kind(let name, let kind): return "\(name) is \(kind.withIndefiniteArticle)"
        case .aliases(let name, let aliases): return "\(name) is also called \(aliases.joined(separator: ", "))"
        case .attribute(let name, let value): return "\(name) = \(value)"
        case .relation(let subject, let predicate, let object): return "\(subject) \(predicate) \(object)"
        }
    }
}

extension CuratorNote {
    /// `registher: The absence …`: the note after what it is about.
    var words: String { "\(about): \(text)" }
}
