import KnowledgeGraph

extension Schema {
    /// The schema as a stream of counts and string numbers, for the image's `schema` section.
    func encoded(_ strings: inout StringInterner) throws -> [UInt32] {
        var stream: [UInt32] = []
        func string(_ text: String) throws { stream.append(try strings(text)) }
        func list(_ texts: [String]) throws {
            stream.append(UInt32(texts.count))
            for text in texts { try string(text) }
        }
        stream.append(UInt32(kinds.count))
        for kind in kinds {
            try string(kind.name); try string(kind.plural); try list(kind.aliases); try string(kind.meaning)
            stream.append(UInt32(kind.attributes.count))
            for attribute in kind.attributes {
                try string(attribute.name); try string(attribute.meaning)
                stream.append(attribute.multiple ? 1 : 0)
                switch attribute.type {
                case .text: stream.append(0)
                case .number: stream.append(1)
                case .date: stream.append(2)
                case .url: stream.append(3)
                case .enumeration(let values): stream.append(4); try list(values)
                }
            }
        }
        stream.append(UInt32(relations.count))
        for relation in relations {
            try string(relation.name); try string(relation.inverse); try list(relation.domain); try list(relation.range); try string(relation.meaning)
        }
        stream.append(UInt32(hedges.count))
        for term in hedges { try string(term.name); try string(term.meaning) }
        stream.append(UInt32(xrefs.count))
        for system in xrefs { try string(system.name); try string(system.meaning) }
        // The mappings to other vocabularies come last, so an image written before them still reads
        // (with none): each kind's and relation's Biolink CURIE, each xref's IRI template and CURIE prefix.
        for text in kinds.map(\.biolink) + relations.map(\.biolink) + xrefs.flatMap({ [$0.iri, $0.curie] }) {
            stream.append(try strings(text))
        }
        return stream
    }

    /// Reads a schema written by `encoded`, checking every count and string number against the image;
    /// an image written before the mappings were encoded reads with none.
    init(decoding stream: UnsafeBufferPointer<UInt32>, strings: StringTable) throws {
        var position = 0
        func number() throws -> Int {
            guard position < stream.count else { throw ImageError("damaged: the schema ends early") }
            defer { position += 1 }
            return Int(stream[position])
        }
        func count() throws -> Int {
            let value = try number()
            guard value <= stream.count - position else { throw ImageError("damaged: a schema count is out of range") }
            return value
        }
        func string() throws -> String {
            let value = try number()
            guard value < strings.count else { throw ImageError("damaged: a schema string is out of range") }
            return strings[value]
        }
        func list() throws -> [String] { try (0..<count()).map { _ in try string() } }
        var kinds = try (0..<count()).map { _ in
            let (name, plural, aliases, meaning) = (try string(), try string(), try list(), try string())
            let attributes = try (0..<count()).map { _ -> AttributeSpec in
                let (attribute, explanation, multiple) = (try string(), try string(), try number() == 1)
                let type: AttributeType
                switch try number() {
                case 0: type = .text
                case 1: type = .number
                case 2: type = .date
                case 3: type = .url
                case 4: type = .enumeration(try list())
                default: throw ImageError("damaged: unknown attribute type in the schema")
                }
                return AttributeSpec(name: attribute, type: type, meaning: explanation, multiple: multiple)
            }
            return EntityKind(name: name, plural: plural, aliases: aliases, meaning: meaning, attributes: attributes)
        }
        var relations = try (0..<count()).map { _ in
            RelationType(name: try string(), inverse: try string(), domain: try list(), range: try list(), meaning: try string())
        }
        let hedges = try (0..<count()).map { _ in Term(name: try string(), meaning: try string()) }
        var xrefs = try (0..<count()).map { _ in XrefSystem(name: try string(), meaning: try string()) }
        if position < stream.count {
            func optional() throws -> String? {
                let text = try string()
                return text.isEmpty ? nil : text
            }
            for index in kinds.indices { kinds[index].biolink = try optional() }
            for index in relations.indices { relations[index].biolink = try optional() }
            for index in xrefs.indices { (xrefs[index].iri, xrefs[index].curie) = (try optional(), try optional()) }
            guard position == stream.count else { throw ImageError("damaged: the schema is longer than it says") }
        }
        self.init(kinds: kinds, relations: relations, hedges: hedges, xrefs: xrefs)
    }
}
