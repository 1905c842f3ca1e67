import KnowledgeGraph

/// A value reached by following a field from an entity.
enum FieldValue {
    case value(Value)
    /// A related entity: its id, name and aliases, which equality and `~` match.
    case entity(id: String, name: String, aliases: [String])
    case text(String)

    /// How the value is shown in `select` columns and "values seen" lists: a related entity by its id.
    var display: String {
        switch self {
        case .value(let value): return value.description
        case .entity(let id, _, _): return id
        case .text(let text): return text
        }
    }
}

/// A field path checked against the schema: the relations to walk, then the last field.
struct ResolvedPath {
    var hops: [(type: String, direction: Direction)]
    var last: FieldResolution
    /// The kinds the last field is read on.
    var kinds: Set<String>
}

extension Evaluator {
    /// Checks every segment of `path` against the kinds it is read on, with a suggestion for unknown names.
    func resolve(_ path: FieldPath, kinds start: Set<String>) throws -> ResolvedPath {
        var kinds = start
        var hops: [(type: String, direction: Direction)] = []
        for (index, segment) in path.segments.enumerated() {
            let isLast = index == path.segments.count - 1
            let resolution = try resolve(segment, kinds: kinds)
            if isLast { return ResolvedPath(hops: hops, last: resolution, kinds: kinds) }
            guard case .relation(let typeName, let direction) = resolution, let type = graph.schema.relation(typeName) else {
                throw QueryError(span: segment.span, message: "'\(segment.text)' is not a relation, so '.' cannot follow it",
                                 notes: ["only relations can be followed in a dotted path"])
            }
            hops.append((typeName, direction))
            kinds = graph.schema.kinds(reachedFrom: kinds, over: type, direction)
        }
        throw QueryError(span: path.span, message: "empty field")
    }

    /// What one field name means for entities of `kinds`.
    func resolve(_ name: Name, kinds: Set<String>) throws -> FieldResolution {
        let word = name.text
        if let builtin = FieldResolution.Builtin(rawValue: word.lowercased()) ?? (word.lowercased() == "alias" ? .aliases : nil) {
            return .builtin(builtin)
        }
        if graph.schema.kinds.contains(where: { kinds.contains($0.name) && $0.attribute(word) != nil }) {
            return .attribute(word)
        }
        if let (type, direction) = graph.schema.relation(named: word),
           !graph.schema.kinds(reachedFrom: kinds, over: type, direction).isEmpty {
            return .relation(type: type.name, direction: direction)
        }
        let valid = graph.schema.fieldNames(for: kinds)
        let message = kinds.count == 1 ? "\(kindList(kinds)) has no field '\(word)'"
            : kinds.count == graph.schema.kinds.count ? "no kind has a field '\(word)'"
            : "\(kindList(kinds, conjunction: "and")) have no field '\(word)'"
        throw QueryError(span: name.span, message: message,
                         notes: QueryError.suggestion(word, valid) + ["fields: \(valid.joined(separator: ", "))"])
    }

    /// The values `path` reaches from the entity at `position`. Each hop keeps an entity once, so h hops
    /// cost O(h · E) at worst rather than growing with the number of routes.
    func values(of position: Int, along path: ResolvedPath) -> [FieldValue] {
        var current = [position]
        for hop in path.hops {
            var seen: Set<Int> = []
            current = current.flatMap { graph.neighbors(at: $0, hop.direction, type: hop.type) }.filter { seen.insert($0).inserted }
        }
        return current.flatMap { position -> [FieldValue] in
            switch path.last {
            case .attribute(let name):
                return graph.assertedValues(at: position, name).map { .value($0) }
            case .relation(let type, let direction):
                return graph.neighbors(at: position, direction, type: type).map(entityValue)
            case .builtin(.id): return [.text(graph.id(at: position))]
            case .builtin(.name): return [.text(graph.name(at: position))]
            case .builtin(.kind): return [.text(graph.kind(at: position))]
            case .builtin(.aliases): return graph.aliases(at: position).map { .text($0) }
            case .builtin(.xrefs): return graph.entity(at: position).xrefs.map { .text($0.description) }
            }
        }
    }

    private func entityValue(_ position: Int) -> FieldValue {
        .entity(id: graph.id(at: position), name: graph.name(at: position), aliases: graph.aliases(at: position))
    }

    /// The attribute types `path`'s last field can have.
    func attributeTypes(_ path: ResolvedPath) -> [AttributeType] {
        guard case .attribute(let name) = path.last else { return [] }
        return graph.schema.kinds.filter { path.kinds.contains($0.name) }.compactMap { $0.attribute(name)?.type }
    }

    /// A sort key for `order by`: attribute values typed, other fields as text.
    /// Enumeration values sort in the order the schema lists them (a trial's `planned` before
    /// `completed`), not alphabetically.
    func sortKey(_ field: FieldPath, kinds: Set<String>) throws -> (Int) -> Value? {
        let path = try resolve(field, kinds: kinds)
        var rank: [String: Int] = [:]
        for case .enumeration(let allowed) in attributeTypes(path) {
            for (position, value) in allowed.enumerated() where rank[value] == nil { rank[value] = position }
        }
        return { position in
            switch values(of: position, along: path).first {
            case .value(.enumeration(let word))?: return rank[word].map { .number(Double($0)) } ?? .text(word)
            case .value(let value)?: return value
            case .entity(_, let name, _)?: return .text(name)
            case .text(let text)?: return .text(text)
            case nil: return nil
            }
        }
    }
}
