import KnowledgeGraph

extension ChecklistField {
    /// Reads `text` as a path from entities of `kinds`: every segment but the last a relation that
    /// can be followed from the kinds reached so far (by its name or its inverse's), the last an
    /// attribute of one of them, a relation, or `xrefs` and optionally a system.
    /// - Throws: `FieldError` at the segment that does not fit, with the fields that would.
    static func resolve(_ text: String, from kinds: Set<String>, in schema: Schema) throws(FieldError) -> ChecklistField {
        let segments = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var offset = 0, reached = kinds, hops: [Hop] = []
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            guard !segment.isEmpty else {
                throw FieldError(offset: offset, length: 1, message: "a field path has an empty part", notes: ["write names joined by single dots, such as 'arms.randomized'"])
            }
            if segment == "xrefs" {
                let rest = segments.count - index - 1
                guard rest <= 1 else {
                    throw FieldError(offset: offset, length: text.unicodeScalars.count - offset, message: "'xrefs' may be followed by one system only, such as 'xrefs.nct'")
                }
                guard rest == 1 else { return ChecklistField(written: text, hops: hops, target: .xrefs(nil)) }
                let system = segments[index + 1], systemOffset = offset + segment.unicodeScalars.count + 1
                guard schema.xrefSystem(system) != nil else {
                    let names = schema.xrefs.map(\.name)
                    throw FieldError(offset: systemOffset, length: max(1, system.unicodeScalars.count), message: "unknown cross-reference system '\(system)'",
                                     notes: (Suggestion.closest(to: system, in: names).map { ["did you mean '\($0)'?"] } ?? []) + ["systems: \(names.joined(separator: ", "))"])
                }
                return ChecklistField(written: text, hops: hops, target: .xrefs(system))
            }
            let length = segment.unicodeScalars.count
            if isLast, reached.contains(where: { schema.kind($0)?.attribute(segment) != nil }) {
                return ChecklistField(written: text, hops: hops, target: .attribute(segment))
            }
            if let (type, direction) = schema.relation(named: segment) {
                let starts = direction == .outgoing ? type.domain : type.range
                guard !reached.isDisjoint(with: starts) else {
                    let through = Self.relations(from: reached, to: Set(starts), in: schema).map { "did you mean '\($0).\(segment)'?" }
                    throw FieldError(offset: offset, length: length, message: "'\(segment)' starts at \(Self.kinds(starts)), not at \(Self.kinds(reached))",
                                     notes: Array(through.prefix(1)) + ["fields here: \(Self.fields(of: reached, in: schema).joined(separator: ", "))"])
                }
                if isLast { return ChecklistField(written: text, hops: hops, target: .relation(type.name, direction)) }
                hops.append(Hop(relation: type.name, direction: direction))
                reached = Set(direction == .outgoing ? type.range : type.domain)
            } else {
                let fields = Self.fields(of: reached, in: schema)
                let isAttribute = reached.contains { schema.kind($0)?.attribute(segment) != nil }
                throw FieldError(offset: offset, length: length,
                                 message: isAttribute ? "'\(segment)' is an attribute, not a relation, so '.' cannot follow it" : "\(Self.kinds(reached)) has no field '\(segment)'",
                                 notes: isAttribute ? [] : (Suggestion.closest(to: segment, in: fields).map { ["did you mean '\($0)'?"] } ?? []) + ["fields here: \(fields.joined(separator: ", "))"])
            }
            offset += length + 1
        }
        throw FieldError(offset: 0, length: 1, message: "a field path is empty")
    }

    /// Why a field path does not fit the schema, at a place in it.
    struct FieldError: Error {
        var offset: Int
        var length: Int
        var message: String
        var notes: [String] = []
    }

    /// The attributes and relations of the kinds, in schema order, then `xrefs`.
    private static func fields(of kinds: Set<String>, in schema: Schema) -> [String] {
        var names: [String] = []
        for kind in schema.kinds where kinds.contains(kind.name) { names += kind.attributes.map(\.name) }
        for relation in schema.relations {
            if !kinds.isDisjoint(with: relation.domain) { names.append(relation.name) }
            if !kinds.isDisjoint(with: relation.range) { names.append(relation.inverse) }
        }
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted } + ["xrefs"]
    }

    /// The relation names (forward or inverse) that lead from `kinds` to one of `targets`, in schema order.
    private static func relations(from kinds: Set<String>, to targets: Set<String>, in schema: Schema) -> [String] {
        schema.relations.flatMap { relation -> [String] in
            var names: [String] = []
            if !kinds.isDisjoint(with: relation.domain), !targets.isDisjoint(with: relation.range) { names.append(relation.name) }
            if !kinds.isDisjoint(with: relation.range), !targets.isDisjoint(with: relation.domain) { names.append(relation.inverse) }
            return names
        }
    }

    /// `trial`, `trial or arm`, sorted.
    private static func kinds<S: Sequence>(_ kinds: S) -> String where S.Element == String {
        Set(kinds).sorted().joined(separator: " or ")
    }
}
