import KnowledgeGraph

/// What a field name means for a set of possible kinds: an attribute, a relation walked in some
/// direction, or one of the built-in fields every entity has.
public enum FieldResolution: Hashable, Sendable {
    case attribute(String)
    case relation(type: String, direction: Direction)
    case builtin(Builtin)

    /// The fields every entity has.
    public enum Builtin: String, CaseIterable, Sendable {
        case id, name, kind, aliases, xrefs
    }
}

extension Schema {
    /// Every attribute and relation name valid for at least one of `kinds`, plus the built-in fields.
    func fieldNames(for kinds: Set<String>) -> [String] {
        var names = FieldResolution.Builtin.allCases.map(\.rawValue)
        for kind in self.kinds where kinds.contains(kind.name) {
            names += kind.attributes.map(\.name)
        }
        for relation in relations {
            if !kinds.isDisjoint(with: relation.domain) { names.append(relation.name) }
            if !kinds.isDisjoint(with: relation.range) { names.append(relation.inverse) }
        }
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }

    /// The kinds reached from `kinds` over a relation walked in `direction`.
    func kinds(reachedFrom kinds: Set<String>, over type: RelationType, _ direction: Direction) -> Set<String> {
        let (start, end) = direction == .outgoing ? (type.domain, type.range) : (type.range, type.domain)
        return kinds.isDisjoint(with: start) ? [] : Set(end)
    }

    /// The plural noun for a set of kinds: `trials` for one kind, `entities` for several.
    public func noun(for kinds: Set<String>) -> Noun {
        if kinds.count == 1, let name = kinds.first, let kind = kind(name) { return Noun(kind.name, kind.plural) }
        return .entity
    }
}
