import KnowledgeGraph

extension RDFExporter {
    /// Kinds as classes, then attributes and relation types (forward and inverse) as properties.
    func writeSchema() throws {
        let schema = graph.schema
        for kind in schema.kinds {
            var description = RDFDescription(names.kind(kind.name))
            description.add(Vocabulary.type, Vocabulary.owl("Class"))
            description.add(Vocabulary.rdfs("subClassOf"), Vocabulary.kx("Entity"))
            description.add(Vocabulary.rdfs("label"), .string(kind.name))
            description.add(Vocabulary.kx("plural"), .string(kind.plural))
            for alias in kind.aliases { description.addDistinct(Vocabulary.skos("altLabel"), .string(alias)) }
            description.add(Vocabulary.rdfs("comment"), .string(kind.meaning))
            if let biolink = kind.biolink { description.add(Vocabulary.skos("closeMatch"), names.biolink(biolink)) }
            try serializer.write(description, in: nil)
        }
        var attributeNames: [String] = []
        var attributeKinds: [String: [(kind: String, spec: AttributeSpec)]] = [:]
        for kind in schema.kinds {
            for attribute in kind.attributes {
                if attributeKinds[attribute.name] == nil { attributeNames.append(attribute.name) }
                attributeKinds[attribute.name, default: []].append((kind.name, attribute))
            }
        }
        for name in attributeNames {
            let uses = attributeKinds[name] ?? []
            var description = RDFDescription(names.property(name))
            description.add(Vocabulary.type, Vocabulary.owl("DatatypeProperty"))
            description.add(Vocabulary.rdfs("label"), .string(name))
            description.add(Vocabulary.rdfs("domain"), classes(uses.map(\.kind)))
            var datatypes: [RDFTerm] = []
            for use in uses {
                for datatype in Self.datatypes(of: use.spec.type) where !datatypes.contains(datatype) { datatypes.append(datatype) }
            }
            if let range = union(datatypes, type: Vocabulary.rdfs("Datatype")) { description.add(Vocabulary.rdfs("range"), range) }
            for use in uses {
                description.addDistinct(Vocabulary.rdfs("comment"), .string(uses.count == 1 ? use.spec.meaning : "\(use.kind): \(use.spec.meaning)"))
            }
            try serializer.write(description, in: nil)
        }
        for relation in schema.relations {
            var forward = RDFDescription(names.property(relation.name))
            forward.add(Vocabulary.type, Vocabulary.owl("ObjectProperty"))
            forward.add(Vocabulary.rdfs("label"), .string(relation.name))
            forward.add(Vocabulary.owl("inverseOf"), names.property(relation.inverse))
            if !relation.domain.isEmpty { forward.add(Vocabulary.rdfs("domain"), classes(relation.domain)) }
            if !relation.range.isEmpty { forward.add(Vocabulary.rdfs("range"), classes(relation.range)) }
            forward.add(Vocabulary.rdfs("comment"), .string(relation.meaning))
            if let biolink = relation.biolink { forward.add(Vocabulary.skos("closeMatch"), names.biolink(biolink)) }
            try serializer.write(forward, in: nil)
            var inverse = RDFDescription(names.property(relation.inverse))
            inverse.add(Vocabulary.type, Vocabulary.owl("ObjectProperty"))
            inverse.add(Vocabulary.rdfs("label"), .string(relation.inverse))
            inverse.add(Vocabulary.owl("inverseOf"), names.property(relation.name))
            try serializer.write(inverse, in: nil)
        }
    }

    /// One kind's class, or the union class of several.
    private func classes(_ kinds: [String]) -> RDFObject {
        var distinct: [RDFTerm] = []
        for kind in kinds where !distinct.contains(names.kind(kind)) { distinct.append(names.kind(kind)) }
        return union(distinct, type: Vocabulary.owl("Class")) ?? .term(Vocabulary.kx("Entity"))
    }

    /// The one term, or a new blank node for the union of several; nil for none.
    private func union(_ members: [RDFTerm], type: RDFTerm) -> RDFObject? {
        guard members.count > 1 else { return members.first.map(RDFObject.term) }
        unions += 1
        return .union(label: "union\(unions)", type: type, members: members)
    }

    /// The XML Schema datatypes of an attribute type's values.
    private static func datatypes(of type: AttributeType) -> [RDFTerm] {
        switch type {
        case .text, .enumeration: return [Vocabulary.xsd("string")]
        case .number: return [Vocabulary.xsd("decimal"), Vocabulary.xsd("double")]
        case .date: return [Vocabulary.xsd("gYear"), Vocabulary.xsd("gYearMonth"), Vocabulary.xsd("date")]
        case .url: return [Vocabulary.xsd("anyURI")]
        }
    }
}
