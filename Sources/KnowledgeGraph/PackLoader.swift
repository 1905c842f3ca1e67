import Foundation

/// Reads one pack folder's `facts.yaml` and source text into a checked `Pack`.
///
/// Checks everything that can be checked within one pack: keys, kinds, attribute names and
/// types, relation types, qualifiers, duplicate ids, and that every quote is found in the source.
/// It goes on after a problem, so one run reports every problem of the pack: a statement whose kind,
/// attribute or relation type is unknown still has its quotes and qualifiers checked, and an unknown
/// key that stands for a missing one (`idd` for `id`) is read as that key.
/// References between entities and domain/range are checked when packs are merged into a graph.
public struct PackLoader: Sendable {
    public let schema: Schema
    /// Checked between entities and relations, so Ctrl-C stops a large pack's load with `Interrupted`.
    public var cancellation: Cancellation?
    /// Whether each quote keeps its words, segments and place in the facts file (for `kx quote`);
    /// a graph keeps a quote by its offsets only, so packs loaded for one leave them out.
    public var describesQuotes: Bool

    public init(schema: Schema, cancellation: Cancellation? = nil, describesQuotes: Bool = true) {
        self.schema = schema
        self.cancellation = cancellation
        self.describesQuotes = describesQuotes
    }

    /// Loads a pack; `readSource` returns the document named by the facts file, read by the caller.
    /// - Throws: `KnowledgeError` with every problem found; nothing of the pack is returned then.
    public func load(facts: String, factsPath: String, readSource: (String) -> (path: String, bytes: [UInt8])?) throws -> Pack {
        let (pack, diagnostics) = try check(facts: facts, factsPath: factsPath, readSource: readSource)
        guard diagnostics.isEmpty else { throw KnowledgeError(diagnostics) }
        return pack
    }

    /// Reads a pack, keeping every part that is valid, together with every problem found.
    /// The partial pack lets references into it be checked while its own errors are reported too.
    /// `factsBytes`, the facts as read, are kept for the caret lines of later errors instead of a copy.
    /// - Throws: `KnowledgeError` only when the file cannot be read as YAML at all.
    public func check(facts: String, factsBytes: [UInt8]? = nil, factsPath: String,
                      readSource: (String) -> (path: String, bytes: [UInt8])?) throws -> (pack: Pack, diagnostics: [Diagnostic]) {
        let reader = YAMLReader(file: factsPath, text: facts, bytes: factsBytes)
        guard let root = try reader.parse(facts, cancellation: cancellation) else {
            throw KnowledgeError(reader.diagnostic(nil, "the facts file is empty"))
        }
        try cancellation?.check()
        var context = Context(reader: reader)
        let top = try reader.mapping(root, what: "the facts file", allowed: ["document", "entities", "relations"], required: ["document", "entities"],
                                     readingMisspelt: true, reporting: &context.diagnostics)
        var documentSpot: Spot?
        if let documentNode = top["document"] {
            if let (document, spot) = context.attempt({ try loadDocument(documentNode, reader, readSource, &$0) }) {
                context.document = document
                context.quotes = QuoteIndex(document.text)
                documentSpot = spot
            }
        }
        if let entitiesNode = top["entities"] {
            for node in context.attempt({ _ in try reader.list(entitiesNode, what: "entities") }) ?? [] {
                try cancellation?.check()
                context.attempt { try loadEntity(node, &$0) }
            }
        }
        if let relationsNode = top["relations"] {
            for node in context.attempt({ _ in try reader.list(relationsNode, what: "relations") }) ?? [] {
                try cancellation?.check()
                context.attempt { try loadRelation(node, &$0) }
            }
        }
        let document = context.document ?? SourceDocument(id: "", citation: "", text: "")
        return (Pack(document: document, entities: context.entities, relations: context.relations, documentSpot: documentSpot,
                     unkeptIDs: context.unkeptIDs, unkeptRelationEnds: context.unkeptRelationEnds), context.diagnostics.inFileOrder)
    }

    /// What is being built up while a facts file is read.
    private struct Context {
        let reader: YAMLReader
        /// Nil until the document is read, or when it could not be: quotes are not checked then.
        var document: SourceDocument?
        /// Finds quotes in the document while the pack loads.
        var quotes: QuoteIndex?
        /// The same with case ignored, built on the first quote not found, to explain why.
        var caselessQuotes: QuoteIndex?
        var entities: [Located<Entity>] = []
        var relations: [Located<Relation>] = []
        var ids: [String: SourceLocation] = [:]
        /// Ids of entities written but not kept (no kind, an unknown kind, not a slug): their own error says why.
        var unkeptIDs: Set<String> = []
        /// Relations not kept, for the ids they name.
        var unkeptRelationEnds: [Located<RelationEnds>] = []
        var diagnostics: [Diagnostic] = []

        mutating func record(_ error: Error) {
            if let error = error as? KnowledgeError {
                diagnostics += error.diagnostics
            } else {
                diagnostics.append(reader.diagnostic(nil, "\(error)"))
            }
        }

        /// Runs `body`, recording its error instead of stopping; nil when it failed.
        @discardableResult
        mutating func attempt<T>(_ body: (inout Context) throws -> T) -> T? {
            do { return try body(&self) } catch { record(error); return nil }
        }
    }

    /// The document and where its id is written.
    private func loadDocument(_ node: YAMLNode, _ reader: YAMLReader, _ readSource: (String) -> (path: String, bytes: [UInt8])?,
                              _ context: inout Context) throws -> (SourceDocument, Spot) {
        let fields = try reader.mapping(node, what: "the document", allowed: ["id", "source", "citation", "date"], required: ["id", "citation"],
                                        readingMisspelt: true, reporting: &context.diagnostics)
        // Without an id the document cannot be named (its absence is reported, or the unknown key that hides it).
        guard let idNode = fields["id"] else { throw KnowledgeError([]) }
        let id = try reader.text(idNode, what: "the document id")
        let citation = context.attempt { _ in try fields["citation"].map { try reader.text($0, what: "the citation") } ?? "" } ?? ""
        let date = context.attempt { _ in try fields["date"].map { try self.date($0, reader, what: "the document date") } } ?? nil
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
        if let offset = bytes.firstIndex(of: 0) { throw KnowledgeError(Self.nulCharacter(at: offset, in: bytes, path: path)) }
        return (SourceDocument(id: id, citation: citation, date: date, text: text), reader.spot(idNode))
    }

    private func loadEntity(_ node: YAMLNode, _ context: inout Context) throws {
        let reader = context.reader
        let fields = try reader.mapping(node, what: "an entity", allowed: ["id", "kind", "name", "aliases", "quote", "note", "attributes", "xrefs"],
                                        required: ["id", "kind", "name"], readingMisspelt: true, reporting: &context.diagnostics)
        guard let idNode = fields["id"] else { throw KnowledgeError([]) }
        let id = try reader.text(idNode, what: "an id")
        // An entity whose id or kind is wrong is not kept, but the rest of it is still checked.
        var kept = true
        if !Self.isSlug(id) {
            context.unkeptIDs.insert(id)
            context.diagnostics.append(reader.diagnostic(idNode, "id '\(id)' must be a slug: lower-case letters, digits and '-'"))
            kept = false
        } else if let earlier = context.ids[id] {
            context.diagnostics.append(reader.diagnostic(idNode, "duplicate id '\(id)'; it is first defined at \(earlier)"))
            kept = false
        } else {
            context.ids[id] = reader.location(idNode)
        }
        let kind = fields["kind"].flatMap { kindNode in context.attempt { _ in try self.kind(kindNode, reader) } }
        if kind == nil {
            // References to it are not reported again: its own error says why it is missing.
            context.unkeptIDs.insert(id)
            kept = false
        }
        let name = fields["name"].flatMap { nameNode in context.attempt { _ in try reader.text(nameNode, what: "a name") } } ?? id
        let aliases = context.attempt { _ in try fields["aliases"].map { try reader.texts($0, what: "an alias").map(\.text) } ?? [] } ?? []
        var provenance: [Provenance] = []
        if let quoteNode = fields["quote"] {
            provenance = context.attempt { try quotes(quoteNode, &$0) } ?? []
        } else {
            context.diagnostics.append(reader.diagnostic(idNode, "entity '\(id)' has no quote; every fact needs a verbatim quote of its source"))
        }
        var attributes: [Attribute] = []
        if let attributesNode = fields["attributes"] {
            for pair in context.attempt({ _ in try reader.pairs(attributesNode, what: "attributes") }) ?? [] {
                attributes += loadAttribute(pair.key, keyNode: pair.keyNode, valueNode: pair.value, of: id, kind: kind, &context)
            }
        }
        let notes = context.attempt { _ in try fields["note"].map { try reader.texts($0, what: "a note").map(\.text) } ?? [] } ?? []
        let xrefs = context.attempt { _ in try fields["xrefs"].map { try self.xrefs($0, reader) } ?? [] } ?? []
        guard kept, let kind else { return }
        let order = kind.attributes.map(\.name)
        attributes = attributes.enumerated().sorted { lhs, rhs in
            let (a, b) = (order.firstIndex(of: lhs.element.name) ?? 0, order.firstIndex(of: rhs.element.name) ?? 0)
            return a == b ? lhs.offset < rhs.offset : a < b
        }.map(\.element)
        let entity = Entity(id: id, kind: kind.name, name: name, aliases: aliases, attributes: attributes, provenance: provenance, notes: notes, xrefs: xrefs)
        context.entities.append(Located(value: entity, spot: reader.spot(idNode)))
    }

    /// The kind an entity names; one the schema lacks is an error with the kinds it has.
    private func kind(_ node: YAMLNode, _ reader: YAMLReader) throws -> EntityKind {
        let name = try reader.text(node, what: "a kind")
        guard let kind = schema.kind(name) else {
            throw KnowledgeError(reader.diagnostic(node, "unknown kind '\(name)'",
                                                   notes: reader.suggestionNote(name, schema.kinds.map(\.name))
                                                       + ["kinds: \(schema.kinds.map(\.name).joined(separator: ", "))"]))
        }
        return kind
    }

    /// The statements of one attribute of entity `id`. When `kind` is nil (it is unknown) or has no such
    /// attribute, nothing is kept, but what can be checked without the attribute's type still is:
    /// each statement's keys, qualifiers and quotes.
    private func loadAttribute(_ name: String, keyNode: YAMLNode, valueNode: YAMLNode, of id: String, kind: EntityKind?,
                               _ context: inout Context) -> [Attribute] {
        let reader = context.reader
        var spec: AttributeSpec?
        if let kind {
            spec = kind.attribute(name)
            if spec == nil {
                let known = kind.attributes.map(\.name)
                let list = known.isEmpty ? "it has none" : "it has: \(known.joined(separator: ", "))"
                context.diagnostics.append(reader.diagnostic(keyNode, "kind '\(kind.name)' has no attribute '\(name)' (\(list))",
                                                             notes: reader.suggestionNote(name, known)))
            }
        }
        let items: [YAMLNode]
        if case .sequence(let list) = valueNode.content { items = list } else { items = [valueNode] }
        if items.isEmpty {
            context.diagnostics.append(reader.diagnostic(valueNode, "attribute '\(name)' of '\(id)' lists no statements"))
        }
        var attributes: [Attribute] = []
        var asserted: [(Value, YAMLNode)] = []
        for item in items {
            let statement = context.attempt { try loadStatement(item, name, spec, of: id, &$0) }
            guard let spec, let attribute = statement else { continue }
            if attribute.qualifiers.isAsserted, !spec.multiple {
                if let (other, otherNode) = asserted.first(where: { $0.0 != attribute.value }) {
                    context.diagnostics.append(reader.diagnostic(item, "'\(id)' is given two values of '\(name)' by the same source: '\(other)' at \(reader.location(otherNode)) and '\(attribute.value)' here",
                                                                 notes: ["'\(name)' takes one value; hedge one of them, or mark the attribute 'multiple: true' in the schema"]))
                }
                asserted.append((attribute.value, item))
            }
            attributes.append(attribute)
        }
        return attributes
    }

    /// One attribute statement: `{value, quote, hedge?, negated?, as-of?, note?}`. Without `spec` its value's
    /// type is not known, so the value is not read, and nothing is returned.
    private func loadStatement(_ node: YAMLNode, _ name: String, _ spec: AttributeSpec?, of id: String, _ context: inout Context) throws -> Attribute {
        let reader = context.reader
        let fields = try reader.mapping(node, what: "attribute '\(name)'", allowed: ["value", "quote"] + Self.qualifierKeys, readingMisspelt: true,
                                        reporting: &context.diagnostics)
        var value: Value?
        if let valueField = fields["value"] {
            if let spec, let text = context.attempt({ _ in try reader.text(valueField, what: "a value") }) {
                switch Value.parse(text, as: spec.type) {
                case .success(let parsed):
                    value = parsed
                case .failure(let error):
                    var notes: [String] = []
                    if case .notAllowed(let allowed) = error { notes = reader.suggestionNote(text, allowed) }
                    context.diagnostics.append(reader.diagnostic(valueField, "value '\(text)' of attribute '\(name)' (\(spec.type.name)) is \(error.explanation)", notes: notes))
                }
            }
        } else {
            context.diagnostics.append(reader.diagnostic(node, "attribute '\(name)' has no value"))
        }
        let qualifiers = context.attempt { _ in try self.qualifiers(fields, reader) }
        var provenance: [Provenance]?
        if let quoteNode = fields["quote"] {
            provenance = context.attempt { try quotes(quoteNode, &$0) }
        } else {
            context.diagnostics.append(reader.diagnostic(node, "attribute '\(name)' of '\(id)' has no quote; every fact needs a verbatim quote of its source"))
        }
        guard let spec, let value, let qualifiers, let provenance else { throw KnowledgeError([]) }
        return Attribute(name: spec.name, value: value, document: context.document?.id ?? "", provenance: provenance, qualifiers: qualifiers)
    }

    /// One relation statement. One whose type is unknown, or with a wrong quote or qualifier, is not kept,
    /// but the rest of it is still checked, and the ids it names are checked when packs are merged.
    private func loadRelation(_ node: YAMLNode, _ context: inout Context) throws {
        let reader = context.reader
        let fields = try reader.mapping(node, what: "a relation", allowed: ["subject", "type", "object", "quote"] + Self.qualifierKeys,
                                        required: ["subject", "type", "object"], readingMisspelt: true, reporting: &context.diagnostics)
        let typeName = fields["type"].flatMap { typeNode in context.attempt { _ in try reader.text(typeNode, what: "a relation type") } }
        if let typeName, let typeNode = fields["type"], schema.relation(typeName) == nil {
            var message = "unknown relation type '\(typeName)'"
            if let inverse = schema.relation(named: typeName), inverse.direction == .incoming {
                message += "; '\(typeName)' is the inverse of '\(inverse.type.name)': swap subject and object and use '\(inverse.type.name)'"
            }
            context.diagnostics.append(reader.diagnostic(typeNode, message, notes: reader.suggestionNote(typeName, schema.relations.map(\.name))
                                                             + ["relations: \(schema.relations.map(\.name).joined(separator: ", "))"]))
        }
        let subjectNode = fields["subject"], objectNode = fields["object"]
        let subject = subjectNode.flatMap { subjectNode in context.attempt { _ in try reader.text(subjectNode, what: "a subject id") } }
        let object = objectNode.flatMap { objectNode in context.attempt { _ in try reader.text(objectNode, what: "an object id") } }
        let qualifiers = context.attempt { _ in try self.qualifiers(fields, reader) }
        var provenance: [Provenance]?
        if let quoteNode = fields["quote"] {
            provenance = context.attempt { try quotes(quoteNode, &$0) }
        } else {
            context.diagnostics.append(reader.diagnostic(node, "relation '\(subject ?? "?") \(typeName ?? "?") \(object ?? "?")' has no quote; every fact needs a verbatim quote of its source"))
        }
        guard let typeName, let typeNode = fields["type"], let subject, let subjectNode, let object, let objectNode else { return }
        let (typeSpot, subjectSpot, objectSpot) = (reader.spot(typeNode), reader.spot(subjectNode), reader.spot(objectNode))
        guard schema.relation(typeName) != nil, let qualifiers, let provenance else {
            context.unkeptRelationEnds.append(Located(value: RelationEnds(type: typeName, subject: subject, object: object), spot: typeSpot,
                                                      parts: [.init("subject", subjectSpot), .init("object", objectSpot)]))
            return
        }
        let relation = Relation(subject: subject, type: typeName, object: object, document: context.document?.id ?? "", provenance: provenance, qualifiers: qualifiers)
        context.relations.append(Located(value: relation, spot: typeSpot, parts: [.init("subject", subjectSpot), .init("object", objectSpot)]))
    }

    /// The keys every statement may carry besides what it states.
    static let qualifierKeys = ["hedge", "negated", "as-of", "note"]

    /// `hedge`, `negated`, `as-of` and `note` of a statement; `hedge: asserted` is the same as none.
    private func qualifiers(_ fields: [String: YAMLNode], _ reader: YAMLReader) throws -> Qualifiers {
        var qualifiers = Qualifiers()
        var diagnostics: [Diagnostic] = []
        if let node = fields["hedge"] {
            let word = try reader.text(node, what: "a hedge")
            let scale = schema.hedges.map(\.name)
            if !scale.contains(word) {
                diagnostics.append(reader.diagnostic(node, "unknown hedge '\(word)'",
                                                     notes: reader.suggestionNote(word, scale) + ["the hedge scale, firmest first: \(scale.joined(separator: ", "))"]))
            } else if word != schema.assertedHedge {
                qualifiers.hedge = word
            }
        }
        if let node = fields["negated"] {
            qualifiers.negated = try diagnostics.collect { try reader.flag(node, what: "'negated'") } ?? false
        }
        if let node = fields["as-of"] {
            qualifiers.asOf = try diagnostics.collect { try date(node, reader, what: "'as-of'") }
        }
        if let node = fields["note"] {
            qualifiers.notes = try diagnostics.collect { try reader.texts(node, what: "a note").map(\.text) } ?? []
        }
        guard diagnostics.isEmpty else { throw KnowledgeError(diagnostics) }
        return qualifiers
    }

    private func date(_ node: YAMLNode, _ reader: YAMLReader, what: String) throws -> PartialDate {
        let text = try reader.text(node, what: what)
        guard let date = PartialDate(text) else {
            throw KnowledgeError(reader.diagnostic(node, "\(what) '\(text)' is \(ValueError.notADate.explanation)"))
        }
        return date
    }

    /// `xrefs: {doi: 10.1/x, pmid: [1, 2]}`, each prefix one the schema lists.
    private func xrefs(_ node: YAMLNode, _ reader: YAMLReader) throws -> [Xref] {
        var xrefs: [Xref] = []
        var diagnostics: [Diagnostic] = []
        let prefixes = schema.xrefs.map(\.name)
        for (prefix, keyNode, valueNode) in try reader.pairs(node, what: "xrefs") {
            guard prefixes.contains(prefix) else {
                diagnostics.append(reader.diagnostic(keyNode, "unknown cross-reference system '\(prefix)'",
                                                     notes: reader.suggestionNote(prefix, prefixes) + ["the schema lists: \(prefixes.joined(separator: ", "))"]))
                continue
            }
            xrefs += try diagnostics.collect { try reader.texts(valueNode, what: "an identifier").map { Xref(prefix: prefix, value: $0.text) } } ?? []
        }
        guard diagnostics.isEmpty else { throw KnowledgeError(diagnostics) }
        return xrefs
    }

    /// The quotes of a statement, each found in the source; an empty list is an error.
    private func quotes(_ node: YAMLNode, _ context: inout Context) throws -> [Provenance] {
        let texts = try context.reader.texts(node, what: "a quote")
        guard !texts.isEmpty else {
            throw KnowledgeError(context.reader.diagnostic(node, "the quote list is empty; every fact needs a verbatim quote of its source"))
        }
        var found: [Provenance] = []
        var diagnostics: [Diagnostic] = []
        for (text, quoteNode) in texts {
            if let provenance = try diagnostics.collect({ try locate(text, quoteNode, &context) }) { found.append(provenance) }
        }
        guard diagnostics.isEmpty else { throw KnowledgeError(diagnostics) }
        return found
    }

    /// Finds a quote in the source, or explains where it stops matching.
    private func locate(_ quote: String, _ node: YAMLNode, _ context: inout Context) throws -> Provenance {
        let location = context.reader.location(node)
        // Without a readable source the quote cannot be checked; the document's own error says why.
        guard let document = context.document, let quotes = context.quotes else {
            return Provenance(document: "", quote: quote, start: 0, end: 0, segments: [], location: location)
        }
        guard let range = quotes.locate(quote) else {
            let caseless = context.caselessQuotes ?? QuoteIndex(document.text, ignoringCase: true)
            context.caselessQuotes = caseless
            if let near = caseless.locate(quote) {
                throw KnowledgeError(context.reader.diagnostic(node, "quote not found in the source of '\(document.id)' (white space is folded, case is kept)",
                                                               notes: ["the source has it with different case: '\(document.excerpt(near))'"]))
            }
            var notes: [String] = []
            let words = quote.split(whereSeparator: { $0.isWhitespace })
            // The most leading words found (a prefix of a found prefix is found too): a binary search.
            var matched = 0, tooMany = words.count + 1
            while tooMany - matched > 1 {
                let middle = (matched + tooMany) / 2
                if quotes.locate(words[0..<middle].joined(separator: " ")) != nil { matched = middle } else { tooMany = middle }
            }
            if matched > 0, matched < words.count {
                notes.append("the source matches up to '\(words[0..<matched].joined(separator: " "))' but not '\(words[matched])' after it")
            } else if matched == 0 {
                notes.append("not even its first word '\(words.first ?? "")' is in the source")
            }
            if let passage = document.closestPassages(to: quote, limit: 1).first {
                notes.append("the closest passage (\(document.citation(of: passage.range)), \(passage.distance) edit\(passage.distance == 1 ? "" : "s") away): '\(document.excerpt(passage.range))'")
            }
            throw KnowledgeError(context.reader.diagnostic(node, "quote not found in the source of '\(document.id)' (white space is folded, case is kept)", notes: notes))
        }
        guard describesQuotes else { return Provenance(document: document.id, quote: "", start: range.lowerBound, end: range.upperBound, segments: []) }
        let segments = document.segments(overlapping: range).map(\.citation)
        return Provenance(document: document.id, quote: quote, start: range.lowerBound, end: range.upperBound, segments: segments, location: location)
    }

    /// Where the first byte that is not UTF-8 sits, as line and column, with its line for the caret
    /// (the bad bytes shown as U+FFFD).
    /// The error for a NUL byte at `offset` of a source document (valid UTF-8), located by line and
    /// column; the line is shown with the NUL as `␀`.
    static func nulCharacter(at offset: Int, in bytes: [UInt8], path: String) -> Diagnostic {
        let lineStart = bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let line = bytes[..<lineStart].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        let lineEnd = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        var text = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self).replacingOccurrences(of: "\u{0}", with: "␀")
        if text.hasSuffix("\r") { text.removeLast() }
        return Diagnostic(location: SourceLocation(file: path, line: line, column: column),
                          message: "the source holds a NUL character (byte 0x00 at offset \(offset)), which a source document may not",
                          sourceLine: text)
    }

    package static func invalidUTF8(_ bytes: [UInt8], path: String) -> Diagnostic {
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
