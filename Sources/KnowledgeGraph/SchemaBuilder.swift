/// Builds one schema from `schema.yaml` and the schema extensions of pack folders, checking that every
/// word means one thing across all of them. It reads on after a problem, so one run reports them all.
struct SchemaBuilder {
    private var kinds: [EntityKind] = []
    private var relations: [RelationType] = []
    private var hedges: [Term] = []
    private var xrefs: [XrefSystem] = []
    private var diagnostics: [Diagnostic] = []
    /// Every word that names a kind, lower-cased, with its kind and where it is written.
    private var kindWords: [String: (kind: String, location: SourceLocation)] = [:]
    /// Every relation name and inverse name, with where it is written.
    private var relationWords: [String: SourceLocation] = [:]
    /// Every attribute name, with the first kind that has it and where it is written there.
    private var attributeNames: [String: (kind: String, location: SourceLocation)] = [:]
    /// Where each attribute of each kind is written, keyed by kind and attribute name.
    private var attributeLocations: [[String]: SourceLocation] = [:]
    /// Where each hedge and xref is written, keyed by the list's name and the term's.
    private var termLocations: [[String]: SourceLocation] = [:]

    /// The schema read so far.
    /// - Throws: `KnowledgeError` with every problem of every file read, each file's in file order.
    func schema() throws -> Schema {
        guard diagnostics.isEmpty else { throw KnowledgeError(diagnostics) }
        return Schema(kinds: kinds, relations: relations, hedges: hedges, xrefs: xrefs)
    }

    /// Reads one file: the schema itself, or an extension, which may add kinds, attributes of existing
    /// kinds (`attributes`, each with its `kind`), relation types, kinds to an existing relation's domain
    /// and range (an entry with only `name`, `domain` and `range`), and xrefs, but not hedges.
    mutating func read(text: String, file: String, isExtension: Bool) {
        let start = diagnostics.count
        defer { diagnostics = Array(diagnostics[..<start]) + Array(diagnostics[start...]).inFileOrder }
        let reader = YAMLReader(file: file, text: text)
        guard let parsed = collect({ try reader.parse(text) }) else { return }
        guard let root = parsed else {
            if !isExtension { diagnostics.append(reader.diagnostic(at: SourceLocation(file: file, line: 1, column: 1), "the schema is empty")) }
            return
        }
        let sections = isExtension ? ["kinds", "attributes", "relations", "xrefs", "hedges"] : ["kinds", "relations", "hedges", "xrefs"]
        guard let top = collect({
            try reader.mapping(root, what: isExtension ? "a schema extension" : "the schema", allowed: sections,
                               required: isExtension ? [] : ["kinds", "relations"])
        }) else { return }
        for node in items(top["kinds"], "kinds", reader) { addKind(node, reader, isExtension: isExtension) }
        for node in items(top["attributes"], "attributes", reader) { addAttribute(node, reader) }
        for node in items(top["relations"], "relations", reader) { addRelation(node, reader, isExtension: isExtension) }
        if let node = top["hedges"] {
            if isExtension {
                diagnostics.append(reader.diagnostic(node, "a schema extension cannot change the hedges",
                                                     notes: ["every pack shares one scale, firmest first: change it in schema.yaml"]))
            } else {
                hedges = terms(node, "hedges", reader, after: [])
            }
        }
        if let node = top["xrefs"] { xrefs = xrefSystems(node, reader, after: xrefs) }
    }

    /// Runs `body`, keeping the problems it throws and giving nil, so reading goes on after them.
    private mutating func collect<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let error as KnowledgeError {
            diagnostics += error.diagnostics
        } catch {
            diagnostics.append(Diagnostic(location: nil, message: "\(error)"))
        }
        return nil
    }

    private mutating func items(_ node: YAMLNode?, _ what: String, _ reader: YAMLReader) -> [YAMLNode] {
        guard let node else { return [] }
        return collect { try reader.list(node, what: what) } ?? []
    }

    /// A new kind and its attributes. A kind word used before is an error at this word; the kind is
    /// still added when its name is new, so relations that name it are checked as meant.
    private mutating func addKind(_ node: YAMLNode, _ reader: YAMLReader, isExtension: Bool) {
        guard let fields = collect({
            try reader.mapping(node, what: "a kind", allowed: ["name", "plural", "aliases", "meaning", "biolink", "attributes"], required: ["name", "plural", "meaning"])
        }) else { return }
        guard let name = word(fields["name"], "a kind name", reader) else { return }
        let plural = word(fields["plural"], "a plural name", reader) ?? name
        let aliases = fields["aliases"].flatMap { node in collect { try reader.texts(node, what: "an alias") } } ?? []
        let meaning = collect { try reader.text(fields["meaning"] ?? node, what: "the meaning") } ?? ""
        let biolink = mapping(fields["biolink"], "a Biolink class", reader, SchemaMapping.checkClass)
        let isNew = !kinds.contains { $0.name == name }
        for (word, wordNode) in [(name, fields["name"] ?? node), (plural, fields["plural"] ?? node)] + aliases.map({ ($0.text, $0.node) }) {
            if Schema.reservedWords.contains(word.lowercased()) {
                diagnostics.append(reader.diagnostic(wordNode, "kind word '\(word)' is reserved: \(Schema.reservedWords.sorted().joined(separator: ", ")) start queries of their own"))
            } else if let earlier = kindWords[word.lowercased()] {
                let hint = isExtension && earlier.kind == name
                    ? ["to add attributes to kind '\(name)', list them under 'attributes:' with 'kind: \(name)'"] : []
                diagnostics.append(reader.diagnostic(wordNode, "kind word '\(word)' is already used by kind '\(earlier.kind)' at \(earlier.location)", notes: hint))
            } else if isNew {
                kindWords[word.lowercased()] = (name, reader.location(wordNode))
            }
        }
        guard isNew else { return }
        kinds.append(EntityKind(name: name, plural: plural, aliases: aliases.map(\.text), meaning: meaning, attributes: [], biolink: biolink))
        for attributeNode in items(fields["attributes"], "attributes", reader) {
            guard let spec = collect({
                try reader.mapping(attributeNode, what: "an attribute", allowed: ["name", "type", "values", "meaning", "multiple"],
                                   required: ["name", "type", "meaning"])
            }) else { continue }
            add(spec, attributeNode, toKindAt: kinds.count - 1, reader)
        }
    }

    /// An extension's attribute of a kind defined before: `kind`, then the keys of an attribute.
    private mutating func addAttribute(_ node: YAMLNode, _ reader: YAMLReader) {
        guard let spec = collect({
            try reader.mapping(node, what: "an attribute", allowed: ["kind", "name", "type", "values", "meaning", "multiple"],
                               required: ["kind", "name", "type", "meaning"])
        }), let kindNode = spec["kind"], let kindName = collect({ try reader.text(kindNode, what: "a kind") }) else { return }
        guard let index = kinds.firstIndex(where: { $0.name == kindName }) else {
            diagnostics.append(reader.diagnostic(kindNode, "unknown kind '\(kindName)'", notes: reader.suggestionNote(kindName, kinds.map(\.name))))
            return
        }
        add(spec, node, toKindAt: index, reader)
    }

    /// Adds an attribute to the kind at `index`, unless its name is taken there, reserved, or a relation's.
    private mutating func add(_ spec: [String: YAMLNode], _ node: YAMLNode, toKindAt index: Int, _ reader: YAMLReader) {
        let kind = kinds[index].name
        guard let nameNode = spec["name"], let name = word(nameNode, "an attribute name", reader) else { return }
        if let earlier = attributeLocations[[kind, name]] {
            diagnostics.append(reader.diagnostic(nameNode, "attribute '\(name)' is defined twice for kind '\(kind)'", notes: ["first defined at \(earlier)"]))
            return
        }
        if ["id", "kind", "name", "aliases", "xrefs"].contains(name) {
            diagnostics.append(reader.diagnostic(nameNode, "attribute name '\(name)' is reserved: id, kind, name, aliases and xrefs are keys of every entity"))
            return
        }
        if let relation = relationWords[name] {
            diagnostics.append(reader.diagnostic(nameNode, "attribute name '\(name)' is also a relation name at \(relation); a field name must mean one thing"))
            return
        }
        guard let type = attributeType(spec, node, name, reader) else { return }
        guard let meaning = collect({ try reader.text(spec["meaning"] ?? node, what: "the meaning") }),
              let multiple = collect({ try spec["multiple"].map { try reader.flag($0, what: "'multiple'") } ?? false }) else { return }
        attributeLocations[[kind, name]] = reader.location(nameNode)
        if attributeNames[name] == nil { attributeNames[name] = (kind, reader.location(nameNode)) }
        kinds[index].attributes.append(AttributeSpec(name: name, type: type, meaning: meaning, multiple: multiple))
    }

    private mutating func attributeType(_ spec: [String: YAMLNode], _ node: YAMLNode, _ name: String, _ reader: YAMLReader) -> AttributeType? {
        let typeNode = spec["type"] ?? node
        guard let typeName = collect({ try reader.text(typeNode, what: "a type") }) else { return nil }
        switch typeName {
        case "text": return .text
        case "number": return .number
        case "date": return .date
        case "url": return .url
        case "enum":
            guard let valuesNode = spec["values"] else {
                diagnostics.append(reader.diagnostic(typeNode, "enum attribute '\(name)' has no 'values'"))
                return nil
            }
            return collect { .enumeration(try reader.texts(valuesNode, what: "an enum value").map(\.text)) }
        default:
            diagnostics.append(reader.diagnostic(typeNode, "unknown attribute type '\(typeName)'", notes: reader.suggestionNote(typeName, AttributeType.names)))
            return nil
        }
    }

    /// A new relation type; in an extension, an entry naming an existing one with only `domain` and
    /// `range` adds kinds to them.
    private mutating func addRelation(_ node: YAMLNode, _ reader: YAMLReader, isExtension: Bool) {
        let keys = ["name", "inverse", "domain", "range", "meaning"]
        guard let fields = collect({ try reader.mapping(node, what: "a relation type", allowed: keys + ["biolink"], required: ["name"]) }),
              let name = word(fields["name"], "a relation name", reader) else { return }
        if isExtension, let index = relations.firstIndex(where: { $0.name == name }) {
            guard fields["inverse"] == nil, fields["meaning"] == nil, fields["biolink"] == nil else {
                diagnostics.append(reader.diagnostic(fields["name"], "relation '\(name)' is already defined at \(relationWords[name].map(\.description) ?? "")",
                                                     notes: ["an extension adds kinds to an existing relation with only 'name', 'domain' and 'range'"]))
                return
            }
            let domain = kindNames(fields["domain"], "domain", of: name, reader), range = kindNames(fields["range"], "range", of: name, reader)
            relations[index].domain += domain.filter { !relations[index].domain.contains($0) }
            relations[index].range += range.filter { !relations[index].range.contains($0) }
            return
        }
        if isExtension, let inverseOf = relations.first(where: { $0.inverse == name }) {
            diagnostics.append(reader.diagnostic(fields["name"], "relation name '\(name)' is the inverse of '\(inverseOf.name)', defined at \(relationWords[name].map(\.description) ?? "")",
                                                 notes: ["to add kinds to it, name '\(inverseOf.name)' with 'domain' and 'range' (its range is where '\(name)' starts)"]))
            return
        }
        if let missing = keys.first(where: { fields[$0] == nil }) {
            diagnostics.append(reader.diagnostic(node, "a relation type has no '\(missing)'"))
            return
        }
        guard let inverse = word(fields["inverse"], "an inverse name", reader) else { return }
        let domain = kindNames(fields["domain"], "domain", of: name, reader), range = kindNames(fields["range"], "range", of: name, reader)
        guard let meaning = collect({ try reader.text(fields["meaning"] ?? node, what: "the meaning") }) else { return }
        let biolink = mapping(fields["biolink"], "a Biolink predicate", reader, SchemaMapping.checkPredicate)
        var clashes = name == inverse ? [reader.diagnostic(fields["inverse"], "relation name '\(name)' is already used at \(reader.location(fields["name"]))")] : []
        for (word, wordNode) in [(name, fields["name"]), (inverse, fields["inverse"])] {
            if let earlier = relationWords[word] {
                clashes.append(reader.diagnostic(wordNode, "relation name '\(word)' is already used at \(earlier)"))
            } else if let attribute = attributeNames[word] {
                clashes.append(reader.diagnostic(wordNode, "relation name '\(word)' is also an attribute of '\(attribute.kind)' at \(attribute.location); a field name must mean one thing"))
            }
        }
        guard clashes.isEmpty else {
            diagnostics += clashes
            return
        }
        relationWords[name] = reader.location(fields["name"])
        relationWords[inverse] = reader.location(fields["inverse"])
        relations.append(RelationType(name: name, inverse: inverse, domain: domain, range: range, meaning: meaning, biolink: biolink))
    }

    /// The kinds listed as a relation's domain or range; an unknown one is an error and left out.
    private mutating func kindNames(_ node: YAMLNode?, _ key: String, of relation: String, _ reader: YAMLReader) -> [String] {
        guard let node, let items = collect({ try reader.texts(node, what: "a kind") }) else { return [] }
        let known = Set(kinds.map(\.name))
        for item in items where !known.contains(item.text) {
            diagnostics.append(reader.diagnostic(item.node, "unknown kind '\(item.text)' in the \(key) of '\(relation)'",
                                                 notes: reader.suggestionNote(item.text, kinds.map(\.name))))
        }
        return items.map(\.text).filter(known.contains)
    }

    /// A vocabulary, `{name, meaning}` entries, added after `earlier`; a name listed twice is an error.
    private mutating func terms(_ node: YAMLNode, _ what: String, _ reader: YAMLReader, after earlier: [Term]) -> [Term] {
        var terms = earlier
        for item in items(node, what, reader) {
            guard let entry = term(item, what, extraKeys: [], reader) else { continue }
            terms.append(Term(name: entry.name, meaning: entry.meaning))
        }
        return terms
    }

    /// The xref systems, `{name, meaning}` entries with an optional `iri` template and `curie` prefix, added after `earlier`.
    private mutating func xrefSystems(_ node: YAMLNode, _ reader: YAMLReader, after earlier: [XrefSystem]) -> [XrefSystem] {
        var systems = earlier
        for item in items(node, "xrefs", reader) {
            guard let entry = term(item, "xrefs", extraKeys: ["iri", "curie"], reader) else { continue }
            let iri = mapping(entry.fields["iri"], "an IRI template", reader, SchemaMapping.checkTemplate)
            let curie = mapping(entry.fields["curie"], "a CURIE prefix", reader, SchemaMapping.checkPrefix)
            systems.append(XrefSystem(name: entry.name, meaning: entry.meaning, iri: iri, curie: curie))
        }
        return systems
    }

    /// One entry of a vocabulary: its keys, name and meaning; nil (with the problem kept) when it
    /// cannot be read or its name is listed twice.
    private mutating func term(_ item: YAMLNode, _ what: String, extraKeys: [String], _ reader: YAMLReader)
        -> (fields: [String: YAMLNode], name: String, meaning: String)? {
        guard let fields = collect({ try reader.mapping(item, what: "an entry of \(what)", allowed: ["name", "meaning"] + extraKeys, required: ["name", "meaning"]) }),
              let name = word(fields["name"], "a name", reader),
              let meaning = collect({ try reader.text(fields["meaning"] ?? item, what: "the meaning") }) else { return nil }
        if let first = termLocations[[what, name]] {
            diagnostics.append(reader.diagnostic(fields["name"], "'\(name)' is listed twice in \(what)", notes: ["first listed at \(first)"]))
            return nil
        }
        termLocations[[what, name]] = reader.location(fields["name"])
        return (fields, name, meaning)
    }

    /// A mapping key's text when `check` finds nothing wrong with it; else the problem is kept, at the value.
    private mutating func mapping(_ node: YAMLNode?, _ what: String, _ reader: YAMLReader, _ check: (String) -> SchemaMapping.Problem?) -> String? {
        guard let node, let text = collect({ try reader.text(node, what: what) }) else { return nil }
        guard let problem = check(text) else { return text }
        diagnostics.append(reader.diagnostic(node, problem.message, notes: problem.suggestion.map { ["did you mean '\($0)'?"] } ?? []))
        return nil
    }

    /// A name usable as a query word: letters, digits, `-` and `_`, starting with a letter.
    private mutating func word(_ node: YAMLNode?, _ what: String, _ reader: YAMLReader) -> String? {
        guard let node else { return nil }
        guard let text = collect({ try reader.text(node, what: what) }) else { return nil }
        guard let first = text.first, first.isLetter,
              text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            diagnostics.append(reader.diagnostic(node, "\(what) '\(text)' must start with a letter and hold only letters, digits, '-' and '_'"))
            return nil
        }
        return text
    }
}
