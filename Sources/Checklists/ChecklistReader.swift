import KnowledgeGraph

/// Reads one checklist file, collecting every problem (unknown keys, fields that do not fit the
/// schema, cue patterns that do not compile, repeated ids) so that one run reports them all.
struct ChecklistReader {
    let reader: YAMLReader
    let schema: Schema
    private(set) var diagnostics: [Diagnostic] = []

    init(reader: YAMLReader, schema: Schema) {
        self.reader = reader
        self.schema = schema
    }

    /// The keys of a checklist file, and of one item.
    static let keys = ["title", "applies-to", "items"]
    static let itemKeys = ["id", "name", "asks", "fields", "cues", "look-in"]

    /// The checklist in `root`, or every problem of the file.
    /// - Throws: `KnowledgeError` with the problems in file order.
    mutating func checklist(_ root: YAMLNode, name: String) throws -> Checklist {
        var problems: [Diagnostic] = []
        let keys = try problems.collect { try reader.mapping(root, what: "a checklist", allowed: Self.keys, required: Self.keys, reporting: &diagnostics) } ?? [:]
        let title = try keys["title"].flatMap { node in try problems.collect { try reader.text(node, what: "the checklist's title") } }
        var filterProblems: [Diagnostic] = []
        let subjects = try keys["applies-to"].flatMap { node in try problems.collect { try self.subjects(node, reporting: &filterProblems) } }
        problems += filterProblems
        var items: [ChecklistItem] = []
        if let node = keys["items"], let nodes = try problems.collect({ try reader.sequence(node, what: "items") }) {
            if nodes.isEmpty { diagnostics.append(reader.diagnostic(node, "a checklist needs at least one item")) }
            var ids: [String: YAMLNode] = [:]
            for itemNode in nodes {
                // Ids are compared before the item is read, so a repeated id is said even when the item has other problems.
                if let idNode = Self.idNode(of: itemNode), let id = idNode.scalarText {
                    if let first = ids[id] {
                        problems.append(reader.diagnostic(idNode, "the item id '\(id)' is used twice", notes: ["first at line \(first.line); ids are unique in a checklist"]))
                    } else {
                        ids[id] = idNode
                    }
                }
                if let item = try problems.collect({ try self.item(itemNode, kinds: [subjects?.kind].compactMap { $0 }) }) { items.append(item) }
            }
        }
        diagnostics += problems
        guard diagnostics.isEmpty, let title, let subjects else { throw KnowledgeError(diagnostics.inFileOrder) }
        return Checklist(name: name, file: reader.file, title: title.trimmed(), subjects: subjects, items: items)
    }

    /// The `id` of an item's mapping, if it has one.
    private static func idNode(of item: YAMLNode) -> YAMLNode? {
        guard case .mapping(let pairs) = item.content else { return nil }
        return pairs.first { $0.key.scalarText == "id" }?.value
    }

    /// `applies-to: {kind: trial}`, or with `where: {type: [systematic-review, meta-analysis]}`. A
    /// problem of `where` is added to `problems` and the kind still given, so the items are checked.
    private func subjects(_ node: YAMLNode, reporting problems: inout [Diagnostic]) throws -> ChecklistSubjects {
        let keys = try reader.mapping(node, what: "applies-to", allowed: ["kind", "where"], required: ["kind"])
        guard let kindNode = keys["kind"] else { throw KnowledgeError(reader.diagnostic(node, "applies-to has no 'kind'")) }
        let word = try reader.text(kindNode, what: "a kind")
        guard let kind = schema.kind(named: word) else {
            let names = schema.kinds.map(\.name)
            throw KnowledgeError(reader.diagnostic(kindNode, "unknown kind '\(word)'",
                                                   notes: reader.suggestionNote(word, schema.kindWords) + ["kinds: \(names.joined(separator: ", "))"]))
        }
        var filters: [ChecklistSubjects.Filter] = []
        if let whereNode = keys["where"] {
            for (attribute, keyNode, valueNode) in try reader.pairs(whereNode, what: "where") {
                guard let spec = kind.attribute(attribute) else {
                    let names = kind.attributes.map(\.name)
                    problems.append(reader.diagnostic(keyNode, "\(kind.name) has no attribute '\(attribute)'",
                                                      notes: reader.suggestionNote(attribute, names) + ["attributes: \(names.joined(separator: ", "))"]))
                    continue
                }
                var values: [String] = []
                for (value, valueNode) in try reader.texts(valueNode, what: "a value of '\(attribute)'") {
                    if case .enumeration(let allowed) = spec.type, !allowed.contains(value) {
                        problems.append(reader.diagnostic(valueNode, "'\(value)' is not a value of '\(attribute)'",
                                                          notes: reader.suggestionNote(value, allowed) + ["values: \(allowed.joined(separator: ", "))"]))
                    }
                    values.append(value)
                }
                filters.append(ChecklistSubjects.Filter(attribute: attribute, values: values))
            }
        }
        return ChecklistSubjects(kind: kind.name, filters: filters)
    }

    private func item(_ node: YAMLNode, kinds: [String]) throws -> ChecklistItem {
        var problems: [Diagnostic] = []
        let keys = try reader.mapping(node, what: "an item", allowed: Self.itemKeys, required: ["id", "name", "asks", "fields"], reporting: &problems)
        func text(_ key: String, _ what: String) throws -> String? {
            guard let value = keys[key] else { return nil }
            return try problems.collect { try reader.text(value, what: what).trimmed() }
        }
        let id = try text("id", "an item's id"), name = try text("name", "an item's name"), asks = try text("asks", "what an item asks")
        if let id, let idNode = keys["id"], !Self.isSlug(id) {
            problems.append(reader.diagnostic(idNode, "the item id '\(id)' is not a lower-case slug", notes: ["use a-z, 0-9 and '-', such as 'numbers-randomised'"]))
        }
        var fields: [ChecklistField] = []
        if let fieldsNode = keys["fields"] {
            let written = try reader.texts(fieldsNode, what: "a field")
            if written.isEmpty { problems.append(reader.diagnostic(fieldsNode, "an item needs at least one field that models it")) }
            for (path, pathNode) in written where !kinds.isEmpty {
                do throws(ChecklistField.FieldError) {
                    fields.append(try ChecklistField.resolve(path, from: Set(kinds), in: schema))
                } catch {
                    problems.append(diagnostic(in: pathNode, offset: error.offset, length: error.length, error.message, notes: error.notes))
                }
            }
        }
        var cues: [CuePattern] = []
        if let cuesNode = keys["cues"] {
            for (pattern, patternNode) in try reader.texts(cuesNode, what: "a cue") {
                do throws(CuePatternError) {
                    cues.append(try CuePattern(pattern))
                } catch {
                    problems.append(diagnostic(in: patternNode, offset: error.offset, length: error.length, "\(error.message) in the cue", notes: error.notes))
                }
            }
        }
        let lookIn = try keys["look-in"].map { try reader.texts($0, what: "a part of the source").map(\.text) } ?? [ChecklistItem.sentences]
        guard problems.isEmpty, let id, let name, let asks else { throw KnowledgeError(problems) }
        return ChecklistItem(id: id, name: name, asks: asks, fields: fields, cues: cues, lookIn: lookIn)
    }

    private static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A diagnostic at the character `offset` scalars into the scalar `node`: exact for a plain or
    /// single-quoted scalar on one line, and for the usual escapes of a double-quoted one; at the
    /// scalar's start otherwise.
    private func diagnostic(in node: YAMLNode, offset: Int, length: Int, _ message: String, notes: [String]) -> Diagnostic {
        let start = reader.location(node)
        guard let line = reader.spot(node).line, case .scalar(let value, let plain) = node.content, !value.contains("\n") else {
            return reader.diagnostic(node, message, notes: notes)
        }
        let raw = Array(line.unicodeScalars)
        let open = start.column - 1
        guard open >= 0, open < raw.count else { return reader.diagnostic(node, message, notes: notes) }
        let quote: Unicode.Scalar? = plain ? nil : raw[open]
        // The column of each character of the value, read back from the line as written.
        var column = open + (quote == nil ? 0 : 1)
        var columns: [Int] = []
        let count = value.unicodeScalars.count
        while columns.count <= count, column <= raw.count {
            columns.append(column)
            guard column < raw.count else { break }
            if quote == "'", raw[column] == "'" {
                column += 2
            } else if quote == "\"", raw[column] == "\\", column + 1 < raw.count {
                column += 2 + (["x": 2, "u": 4, "U": 8][raw[column + 1]] ?? 0)
            } else {
                column += 1
            }
        }
        guard offset < columns.count else { return reader.diagnostic(node, message, notes: notes) }
        let end = columns[min(offset + length, columns.count - 1)]
        let location = SourceLocation(file: start.file, line: start.line, column: columns[offset] + 1)
        return reader.diagnostic(at: location, message, length: max(1, end - columns[offset]), notes: notes)
    }
}
