import Foundation

/// Reads one pack folder's `facts.yaml` and source text into a checked `Pack`.
///
/// Checks everything that can be checked within one pack: keys, kinds, attribute names and
/// types, relation types, duplicate ids, and that every quote is found in the source.
/// References between entities and domain/range are checked when packs are merged into a graph.
public struct PackLoader {
    public let schema: Schema

    public init(schema: Schema) {
        self.schema = schema
    }

    /// Loads a pack; `sourceBytes` is the document named by the facts file, read by the caller.
    /// - Throws: `KnowledgeError` with every problem found; nothing of the pack is returned then.
    public func load(facts: String, factsPath: String, readSource: (String) -> (path: String, bytes: [UInt8])?) throws -> Pack {
        let reader = YAMLReader(file: factsPath, text: facts)
        guard let root = try reader.parse(facts) else {
            throw KnowledgeError(reader.diagnostic(nil, "the facts file is empty"))
        }
        let top = try reader.mapping(root, what: "the facts file", allowed: ["document", "entities", "relations"], required: ["document", "entities"])
        let (document, documentSpot) = try loadDocument(top["document"] ?? root, reader, readSource)
        var context = Context(reader: reader, document: document)
        for node in try reader.sequence(top["entities"] ?? root, what: "entities") {
            do { try loadEntity(node, &context) } catch { context.record(error) }
        }
        if let relationsNode = top["relations"] {
            for node in try reader.sequence(relationsNode, what: "relations") {
                do { try loadRelation(node, &context) } catch { context.record(error) }
            }
        }
        guard context.diagnostics.isEmpty else { throw KnowledgeError(context.diagnostics) }
        return Pack(document: document, entities: context.entities, relations: context.relations, documentSpot: documentSpot)
    }

    /// What is being built up while a facts file is read.
    private struct Context {
        let reader: YAMLReader
        let document: SourceDocument
        var entities: [Located<Entity>] = []
        var relations: [Located<Relation>] = []
        var ids: [String: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []

        mutating func record(_ error: Error) {
            if let error = error as? KnowledgeError {
                diagnostics += error.diagnostics
            } else {
                diagnostics.append(reader.diagnostic(nil, "\(error)"))
            }
        }
    }

    /// The document and where its id is written.
    private func loadDocument(_ node: YAMLNode, _ reader: YAMLReader, _ readSource: (String) -> (path: String, bytes: [UInt8])?) throws -> (SourceDocument, Spot) {
        let fields = try reader.mapping(node, what: "the document", allowed: ["id", "source", "citation"], required: ["id", "citation"])
        let id = try reader.text(fields["id"] ?? node, what: "the document id")
        let citation = try reader.text(fields["citation"] ?? node, what: "the citation")
        let sourceName = try fields["source"].map { try reader.text($0, what: "the source file name") } ?? "source.txt"
        guard let (path, bytes) = readSource(sourceName) else {
            guard let sourceNode = fields["source"] else {
                throw KnowledgeError(reader.diagnostic(node, "the document names no 'source', and the default 'source.txt' is not beside the facts file"))
            }
            throw KnowledgeError(reader.diagnostic(sourceNode, "source file '\(sourceName)' not found beside the facts file"))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw KnowledgeError(Self.invalidUTF8(bytes, path: path))
        }
        return (SourceDocument(id: id, citation: citation, text: text), reader.spot(fields["id"] ?? node))
    }

    private func loadEntity(_ node: YAMLNode, _ context: inout Context) throws {
        let reader = context.reader
        let fields = try reader.mapping(node, what: "an entity", allowed: ["id", "kind", "name", "aliases", "quote", "note", "attributes"],
                                        required: ["id", "kind", "name"])
        let idNode = fields["id"] ?? node
        let id = try reader.text(idNode, what: "an id")
        guard Self.isSlug(id) else {
            throw KnowledgeError(reader.diagnostic(idNode, "id '\(id)' must be a slug: lower-case letters, digits and '-'"))
        }
        if let earlier = context.ids[id] {
            throw KnowledgeError(reader.diagnostic(idNode, "duplicate id '\(id)'; it is first defined at \(earlier)"))
        }
        context.ids[id] = reader.location(idNode)
        let kindNode = fields["kind"] ?? node
        let kindName = try reader.text(kindNode, what: "a kind")
        guard let kind = schema.kind(kindName) else {
            throw KnowledgeError(reader.diagnostic(kindNode, "unknown kind '\(kindName)'",
                                                   notes: reader.suggestionNote(kindName, schema.kinds.map(\.name))))
        }
        let name = try reader.text(fields["name"] ?? node, what: "a name")
        let aliases = try fields["aliases"].map { try reader.texts($0, what: "an alias").map(\.text) } ?? []
        guard let quoteNode = fields["quote"] else {
            throw KnowledgeError(reader.diagnostic(node, "entity '\(id)' has no quote; every fact needs a verbatim quote of its source"))
        }
        let provenance = try reader.texts(quoteNode, what: "a quote").map { try locate($0.text, $0.node, context) }
        var attributes: [Attribute] = []
        var parts: [String: Spot] = [:]
        if let attributesNode = fields["attributes"] {
            for (attributeName, keyNode, valueNode) in try reader.pairs(attributesNode, what: "attributes") {
                guard let spec = kind.attribute(attributeName) else {
                    let known = kind.attributes.map(\.name)
                    let list = known.isEmpty ? "it has none" : "it has: \(known.joined(separator: ", "))"
                    throw KnowledgeError(reader.diagnostic(keyNode, "kind '\(kind.name)' has no attribute '\(attributeName)' (\(list))",
                                                           notes: reader.suggestionNote(attributeName, known)))
                }
                let attributeFields = try reader.mapping(valueNode, what: "attribute '\(attributeName)'", allowed: ["value", "quote"])
                guard let valueField = attributeFields["value"] else {
                    throw KnowledgeError(reader.diagnostic(valueNode, "attribute '\(attributeName)' has no value"))
                }
                guard let attributeQuote = attributeFields["quote"] else {
                    throw KnowledgeError(reader.diagnostic(valueNode, "attribute '\(attributeName)' of '\(id)' has no quote; every fact needs a verbatim quote of its source"))
                }
                let text = try reader.text(valueField, what: "a value")
                let value: Value
                switch Value.parse(text, as: spec.type) {
                case .success(let parsed):
                    value = parsed
                case .failure(let error):
                    var notes: [String] = []
                    if case .notAllowed(let allowed) = error { notes = reader.suggestionNote(text, allowed) }
                    throw KnowledgeError(reader.diagnostic(valueField, "value '\(text)' of attribute '\(attributeName)' (\(spec.type.name)) is \(error.explanation)", notes: notes))
                }
                let quote = try reader.text(attributeQuote, what: "a quote")
                attributes.append(Attribute(name: attributeName, value: value, provenance: try locate(quote, attributeQuote, context)))
                parts["attributes.\(attributeName)"] = reader.spot(valueField)
            }
        }
        let order = kind.attributes.map(\.name)
        attributes.sort { (order.firstIndex(of: $0.name) ?? 0) < (order.firstIndex(of: $1.name) ?? 0) }
        let notes = try fields["note"].map { try reader.texts($0, what: "a note").map(\.text) } ?? []
        let entity = Entity(id: id, kind: kind.name, name: name, aliases: aliases, attributes: attributes, provenance: provenance, notes: notes)
        context.entities.append(Located(value: entity, spot: reader.spot(idNode), parts: parts))
    }

    private func loadRelation(_ node: YAMLNode, _ context: inout Context) throws {
        let reader = context.reader
        let fields = try reader.mapping(node, what: "a relation", allowed: ["subject", "type", "object", "quote", "note"],
                                        required: ["subject", "type", "object"])
        let typeNode = fields["type"] ?? node
        let typeName = try reader.text(typeNode, what: "a relation type")
        guard schema.relation(typeName) != nil else {
            var message = "unknown relation type '\(typeName)'"
            if let inverse = schema.relation(named: typeName), inverse.direction == .incoming {
                message += "; '\(typeName)' is the inverse of '\(inverse.type.name)': swap subject and object and use '\(inverse.type.name)'"
            }
            throw KnowledgeError(reader.diagnostic(typeNode, message, notes: reader.suggestionNote(typeName, schema.relations.map(\.name))))
        }
        let subjectNode = fields["subject"] ?? node, objectNode = fields["object"] ?? node
        let subject = try reader.text(subjectNode, what: "a subject id")
        let object = try reader.text(objectNode, what: "an object id")
        guard let quoteNode = fields["quote"] else {
            throw KnowledgeError(reader.diagnostic(node, "relation '\(subject) \(typeName) \(object)' has no quote; every fact needs a verbatim quote of its source"))
        }
        let provenance = try reader.texts(quoteNode, what: "a quote").map { try locate($0.text, $0.node, context) }
        let notes = try fields["note"].map { try reader.texts($0, what: "a note").map(\.text) } ?? []
        let relation = Relation(subject: subject, type: typeName, object: object, provenance: provenance, notes: notes)
        context.relations.append(Located(value: relation, spot: reader.spot(typeNode),
                                         parts: ["subject": reader.spot(subjectNode), "object": reader.spot(objectNode)]))
    }

    /// Finds a quote in the source, or explains where it stops matching.
    private func locate(_ quote: String, _ node: YAMLNode, _ context: Context) throws -> Provenance {
        let document = context.document
        let location = context.reader.location(node)
        guard let range = document.locate(quote) else {
            if let near = document.locate(quote, ignoringCase: true) {
                throw KnowledgeError(context.reader.diagnostic(node, "quote not found in the source of '\(document.id)' (white space is folded, case is kept)",
                                                               notes: ["the source has it with different case: '\(document.excerpt(near))'"]))
            }
            var notes: [String] = []
            let words = quote.split(whereSeparator: { $0.isWhitespace })
            var matched = 0
            while matched < words.count, document.locate(words[0...matched].joined(separator: " ")) != nil { matched += 1 }
            if matched > 0, matched < words.count {
                notes.append("the source matches up to '\(words[0..<matched].joined(separator: " "))' but not '\(words[matched])' after it")
            } else if matched == 0 {
                notes.append("not even its first word '\(words.first ?? "")' is in the source")
            }
            throw KnowledgeError(context.reader.diagnostic(node, "quote not found in the source of '\(document.id)' (white space is folded, case is kept)", notes: notes))
        }
        let segments = document.segments(overlapping: range).map(\.citation)
        return Provenance(document: document.id, quote: quote, start: range.lowerBound, end: range.upperBound, segments: segments, location: location)
    }

    /// Where the first byte that is not UTF-8 sits, as line and column, with its line for the caret
    /// (the bad bytes shown as U+FFFD).
    static func invalidUTF8(_ bytes: [UInt8], path: String) -> Diagnostic {
        var line = 1, lineStart = 0, offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            let before = offset
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" { line += 1; lineStart = offset }
            case .emptyInput:
                break loop
            case .error:
                offset = before
                break loop
            }
        }
        let column = (String(validating: bytes[lineStart..<offset], as: UTF8.self)?.unicodeScalars.count ?? 0) + 1
        let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        var text = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        let byte = offset < bytes.count ? String(bytes[offset], radix: 16, uppercase: true) : ""
        return Diagnostic(location: SourceLocation(file: path, line: line, column: column),
                          message: "the file is not valid UTF-8 (byte 0x\(byte.count < 2 ? "0" + byte : byte) at offset \(offset) cannot be decoded)",
                          sourceLine: text)
    }

    /// Lower-case ASCII letters, digits and `-`, not starting with `-` (checked without a regex: this runs for every entity at start-up).
    static func isSlug(_ text: String) -> Bool {
        guard let first = text.utf8.first, first != UInt8(ascii: "-") else { return false }
        return text.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-") }
    }
}
