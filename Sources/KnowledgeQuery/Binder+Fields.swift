import KnowledgeGraph

extension Binder {
    /// Checks every segment of `path` against the kinds it is read on, with a suggestion for unknown names.
    func resolve(_ path: FieldPath, kinds start: Set<String>) throws -> BoundField {
        var kinds = start
        var hops: [BoundField.Hop] = []
        for (index, segment) in path.segments.enumerated() {
            let resolution = try resolve(segment, kinds: kinds)
            if index == path.segments.count - 1 {
                return BoundField(written: path, hops: hops, last: resolution, kinds: kinds, types: attributeTypes(resolution, kinds: kinds))
            }
            guard case .relation(let typeName, let direction) = resolution, let type = schema.relation(typeName) else {
                throw QueryError(span: segment.span, message: "'\(segment.text)' is not a relation, so '.' cannot follow it",
                                 notes: ["only relations can be followed in a dotted path"])
            }
            hops.append(BoundField.Hop(type: typeName, direction: direction))
            kinds = schema.kinds(reachedFrom: kinds, over: type, direction)
        }
        throw QueryError(span: path.span, message: "empty field")
    }

    /// What one field name means for entities of `kinds`.
    func resolve(_ name: Name, kinds: Set<String>) throws -> FieldResolution {
        let word = name.text
        if let builtin = FieldResolution.Builtin(rawValue: word.lowercased()) ?? (word.lowercased() == "alias" ? .aliases : nil) {
            return .builtin(builtin)
        }
        if schema.kinds.contains(where: { kinds.contains($0.name) && $0.attribute(word) != nil }) {
            return .attribute(word)
        }
        if let (type, direction) = schema.relation(named: word), !schema.kinds(reachedFrom: kinds, over: type, direction).isEmpty {
            return .relation(type: type.name, direction: direction)
        }
        let valid = schema.fieldNames(for: kinds)
        let message = kinds.count == 1 ? "\(kindList(kinds)) has no field '\(word)'"
            : kinds.count == schema.kinds.count ? "no kind has a field '\(word)'"
            : "\(kindList(kinds, conjunction: "and")) have no field '\(word)'"
        // A close name is the likely intent; the whole list only helps when nothing is close.
        let suggestion = QueryError.suggestion(word, valid)
        throw QueryError(span: name.span, message: message,
                         notes: suggestion.isEmpty ? ["fields: \(valid.joined(separator: ", "))"] : suggestion)
    }

    /// The attribute types a field can have on entities of `kinds`.
    private func attributeTypes(_ field: FieldResolution, kinds: Set<String>) -> [AttributeType] {
        guard case .attribute(let name) = field else { return [] }
        return schema.kinds.filter { kinds.contains($0.name) }.compactMap { $0.attribute(name)?.type }
    }

    /// A condition on entities of `kinds`, its fields resolved and its values checked against their types.
    func bind(_ condition: Condition, kinds: Set<String>) throws -> Predicate<BoundField> {
        switch condition {
        case .and(let a, let b):
            return .and(try bind(a, kinds: kinds), try bind(b, kinds: kinds))
        case .or(let a, let b):
            return .or(try bind(a, kinds: kinds), try bind(b, kinds: kinds))
        case .not(let inner):
            return .not(try bind(inner, kinds: kinds))
        case .has(let field):
            return .has(try resolve(field, kinds: kinds))
        case .compare(let path, let comparison, let value):
            let field = try resolve(path, kinds: kinds)
            return .compare(field, try self.comparison(field, comparison, value))
        }
    }

    /// What a value reached over `field` is compared with, after checking that `value` fits the field's type.
    private func comparison(_ field: BoundField, _ comparison: ComparisonOperator, _ value: Name) throws -> Comparison {
        let types = field.types
        let path = field.written
        if comparison.isOrdering {
            guard !types.isEmpty, types.allSatisfy({ $0 == .number || $0 == .date }) else {
                let type = types.first?.name ?? (field.last.isRelation ? "a relation" : "text")
                throw QueryError(span: path.span, message: "'\(comparison.rawValue)' compares numbers and dates, but '\(path.text)' is \(type == "enum" || type == "text" || type == "url" ? "of type \(type)" : type)",
                                 notes: ["use = or ~ for \(type == "a relation" ? "relations" : "text")"])
            }
            var bounds: [Value] = []
            for type in types {
                switch Value.parse(value.text, as: type) {
                case .success(let parsed): bounds.append(parsed)
                case .failure(let error):
                    throw QueryError(span: value.span, message: "'\(value.text)' is \(error.explanation); '\(path.text)' is \(type.name.withIndefiniteArticle)")
                }
            }
            return .ordering(comparison, bounds: bounds)
        }
        if comparison == .contains { return .contains(value.text) }
        let enumerations = types.compactMap { type -> [String]? in
            if case .enumeration(let allowed) = type { return allowed }
            return nil
        }
        if !enumerations.isEmpty, enumerations.count == types.count {
            let allowed = Set(enumerations.flatMap { $0 })
            guard allowed.contains(where: { $0.lowercased() == value.text.lowercased() }) else {
                throw QueryError(span: value.span, message: "'\(value.text)' is not a value of '\(path.text)'",
                                 notes: QueryError.suggestion(value.text, allowed) + ["values: \(allowed.sorted().joined(separator: ", "))"])
            }
        }
        return .equal(value.text, number: types.contains(.number) ? Double(value.text) : nil, negated: comparison == .notEqual)
    }
}

extension FieldResolution {
    var isRelation: Bool {
        if case .relation = self { return true }
        return false
    }
}
