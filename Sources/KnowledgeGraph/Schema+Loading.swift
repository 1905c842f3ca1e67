import Foundation

extension Schema {
    /// Reads and checks `schema.yaml`: kinds with typed attributes, relation types with domain,
    /// range and inverse. Names must be unique across kind words and across attribute and relation names,
    /// so a query word always means one thing.
    public static func load(text: String, file: String) throws -> Schema {
        let reader = YAMLReader(file: file, text: text)
        guard let root = try reader.parse(text) else {
            throw KnowledgeError(reader.diagnostic(at: SourceLocation(file: file, line: 1, column: 1), "the schema is empty"))
        }
        let top = try reader.mapping(root, what: "the schema", allowed: ["kinds", "relations", "hedges", "xrefs"], required: ["kinds", "relations"])
        var kinds: [EntityKind] = []
        var kindWords: [String: (kind: String, node: YAMLNode)] = [:]
        for node in try reader.sequence(top["kinds"] ?? root, what: "kinds") {
            let (kind, words) = try loadKind(node, reader)
            for (word, wordNode) in words {
                if reservedWords.contains(word.lowercased()) {
                    throw KnowledgeError(reader.diagnostic(wordNode, "kind word '\(word)' is reserved: \(reservedWords.sorted().joined(separator: ", ")) start queries of their own"))
                }
                if let earlier = kindWords[word.lowercased()] {
                    throw KnowledgeError(reader.diagnostic(wordNode, "kind word '\(word)' is already used by kind '\(earlier.kind)' at \(reader.location(earlier.node))"))
                }
                kindWords[word.lowercased()] = (kind.name, wordNode)
            }
            kinds.append(kind)
        }
        let kindNames = kinds.map(\.name)
        var relations: [RelationType] = []
        var relationWords: [String: YAMLNode] = [:]
        for node in try reader.sequence(top["relations"] ?? root, what: "relations") {
            let fields = try reader.mapping(node, what: "a relation type", allowed: ["name", "inverse", "domain", "range", "meaning"],
                                            required: ["name", "inverse", "domain", "range", "meaning"])
            let name = try word(fields["name"], "a relation name", reader)
            let inverse = try word(fields["inverse"], "an inverse name", reader)
            for (word, wordNode) in [(name, fields["name"]), (inverse, fields["inverse"])] {
                if let earlier = relationWords[word] {
                    throw KnowledgeError(reader.diagnostic(wordNode, "relation name '\(word)' is already used at \(reader.location(earlier))"))
                }
                relationWords[word] = wordNode
            }
            var ends: [[String]] = []
            for key in ["domain", "range"] {
                let items = try reader.texts(fields[key] ?? node, what: "a kind")
                for item in items where !kindNames.contains(item.text) {
                    throw KnowledgeError(reader.diagnostic(item.node, "unknown kind '\(item.text)' in the \(key) of '\(name)'",
                                                           notes: reader.suggestionNote(item.text, kindNames)))
                }
                ends.append(items.map(\.text))
            }
            let meaning = try reader.text(fields["meaning"] ?? node, what: "the meaning")
            relations.append(RelationType(name: name, inverse: inverse, domain: ends[0], range: ends[1], meaning: meaning))
        }
        for kind in kinds {
            for attribute in kind.attributes where relationWords[attribute.name] != nil {
                throw KnowledgeError(reader.diagnostic(relationWords[attribute.name],
                                                       "relation name '\(attribute.name)' is also an attribute of '\(kind.name)'; a field name must mean one thing"))
            }
        }
        let hedges = try top["hedges"].map { try terms($0, "hedges", reader) } ?? []
        let xrefs = try top["xrefs"].map { try terms($0, "xrefs", reader) } ?? []
        return Schema(kinds: kinds, relations: relations, hedges: hedges, xrefs: xrefs)
    }

    /// A vocabulary: a list of `{name, meaning}` with unique names.
    private static func terms(_ node: YAMLNode, _ what: String, _ reader: YAMLReader) throws -> [Term] {
        var terms: [Term] = []
        for item in try reader.sequence(node, what: what) {
            let fields = try reader.mapping(item, what: "an entry of \(what)", allowed: ["name", "meaning"], required: ["name", "meaning"])
            let name = try word(fields["name"], "a name", reader)
            if terms.contains(where: { $0.name == name }) {
                throw KnowledgeError(reader.diagnostic(fields["name"], "'\(name)' is listed twice in \(what)"))
            }
            terms.append(Term(name: name, meaning: try reader.text(fields["meaning"] ?? item, what: "the meaning")))
        }
        return terms
    }

    /// A kind and the words that name it (name, plural, aliases), each with where it is written.
    private static func loadKind(_ node: YAMLNode, _ reader: YAMLReader) throws -> (EntityKind, [(String, YAMLNode)]) {
        let fields = try reader.mapping(node, what: "a kind", allowed: ["name", "plural", "aliases", "meaning", "attributes"],
                                        required: ["name", "plural", "meaning"])
        let name = try word(fields["name"], "a kind name", reader)
        let plural = try word(fields["plural"], "a plural name", reader)
        let aliasItems = try fields["aliases"].map { try reader.texts($0, what: "an alias") } ?? []
        let aliases = aliasItems.map(\.text)
        let meaning = try reader.text(fields["meaning"] ?? node, what: "the meaning")
        var attributes: [AttributeSpec] = []
        for attributeNode in try fields["attributes"].map({ try reader.sequence($0, what: "attributes") }) ?? [] {
            let spec = try reader.mapping(attributeNode, what: "an attribute", allowed: ["name", "type", "values", "meaning", "multiple"],
                                          required: ["name", "type", "meaning"])
            let attributeName = try word(spec["name"], "an attribute name", reader)
            if attributes.contains(where: { $0.name == attributeName }) {
                throw KnowledgeError(reader.diagnostic(spec["name"], "attribute '\(attributeName)' is defined twice for kind '\(name)'"))
            }
            if ["id", "kind", "name", "aliases", "xrefs"].contains(attributeName) {
                throw KnowledgeError(reader.diagnostic(spec["name"], "attribute name '\(attributeName)' is reserved: id, kind, name, aliases and xrefs are keys of every entity"))
            }
            let typeNode = spec["type"] ?? attributeNode
            let typeName = try reader.text(typeNode, what: "a type")
            var type: AttributeType
            switch typeName {
            case "text": type = .text
            case "number": type = .number
            case "date": type = .date
            case "url": type = .url
            case "enum":
                guard let valuesNode = spec["values"] else {
                    throw KnowledgeError(reader.diagnostic(typeNode, "enum attribute '\(attributeName)' has no 'values'"))
                }
                type = .enumeration(try reader.texts(valuesNode, what: "an enum value").map(\.text))
            default:
                throw KnowledgeError(reader.diagnostic(typeNode, "unknown attribute type '\(typeName)'",
                                                       notes: reader.suggestionNote(typeName, AttributeType.names)))
            }
            let attributeMeaning = try reader.text(spec["meaning"] ?? attributeNode, what: "the meaning")
            let multiple = try spec["multiple"].map { try reader.flag($0, what: "'multiple'") } ?? false
            attributes.append(AttributeSpec(name: attributeName, type: type, meaning: attributeMeaning, multiple: multiple))
        }
        let words = [(name, fields["name"] ?? node), (plural, fields["plural"] ?? node)] + aliasItems.map { ($0.text, $0.node) }
        return (EntityKind(name: name, plural: plural, aliases: aliases, meaning: meaning, attributes: attributes), words)
    }

    /// A name usable as a query word: letters, digits, `-` and `_`, starting with a letter.
    private static func word(_ node: YAMLNode?, _ what: String, _ reader: YAMLReader) throws -> String {
        guard let node else { throw KnowledgeError(reader.diagnostic(nil, "missing \(what)")) }
        let text = try reader.text(node, what: what)
        guard let first = text.first, first.isLetter,
              text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw KnowledgeError(reader.diagnostic(node, "\(what) '\(text)' must start with a letter and hold only letters, digits, '-' and '_'"))
        }
        return text
    }
}
