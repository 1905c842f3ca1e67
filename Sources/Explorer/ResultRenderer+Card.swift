import KnowledgeGraph
import KnowledgeQuery
import Rendering

extension ResultRenderer {
    /// A card: a readable layout in `table` and `markdown`, one fact a row (`field, value, quote, where`)
    /// in `plain` and `csv`, and in JSON
    /// `{id, kind, name, aliases: [String], xrefs: [String], attributes: [{name, value, S…, sources: [Q]}],
    /// relations: [{relation, direction, id, kind, name, S…, sources: [Q]}], quotes: [Q], notes: [String],
    /// sources: {document: citation}}`, where `S…` are a statement's `document`, `hedge` (null when
    /// asserted), `negated`, `as_of` (null when not time-bound) and `notes`, and every quote `Q` is
    /// `{quote, document, where, start, end}` as in `why`. An attribute appears once per statement.
    func render(_ card: Card) -> String {
        switch format.tableFormat {
        case .json: return cardJSON(card).rendered() + "\n"
        case .plain, .csv: return tableRenderer.render(cardFacts(card), as: format.tableFormat)
        case .table, .markdown: return cardText(card)
        }
    }

    private func where_(_ provenance: Provenance) -> String {
        "\(provenance.document), \(provenance.citation)"
    }

    private func cardFacts(_ card: Card) -> Table {
        let entity = card.entity
        var rows: [[Table.Cell]] = [
            [.text("id"), .text(entity.id), .empty, .empty],
            [.text("kind"), .text(entity.kind), .empty, .empty],
        ]
        rows += entity.provenance.isEmpty ? [[.text("name"), .text(entity.name), .empty, .empty]]
            : entity.provenance.map { [.text("name"), .text(entity.name), .text($0.quote), .text(where_($0))] }
        rows += entity.aliases.map { [.text("alias"), .text($0), .empty, .empty] }
        rows = rows.map { $0 + [.empty] }
        rows += entity.xrefs.map { [.text("xref"), .text($0.description), .empty, .empty, .text("curator's identification")] }
        for attribute in entity.attributes {
            rows += attribute.provenance.map { [.text(attribute.name), .text(attribute.value.description), .text($0.quote), .text(where_($0)), .text(attribute.qualifiers.summary)] }
            rows += attribute.qualifiers.notes.map { [.text("note"), .text($0), .empty, .empty, .text("on \(attribute.name)")] }
        }
        for link in card.links {
            let qualifiers = link.relation.qualifiers
            rows += link.relation.provenance.map { [.text(label(link)), .text(link.other.id), .text($0.quote), .text(where_($0)), .text(qualifiers.summary)] }
            rows += qualifiers.notes.map { [.text("note"), .text($0), .empty, .empty, .text("on \(label(link)) \(link.other.id)")] }
        }
        rows += entity.notes.map { [.text("note"), .text($0), .empty, .empty, .empty] }
        return Table(columns: ["field", "value", "quote", "where", "qualifiers"].map { Table.Column(name: $0) }, rows: rows)
    }

    private func cardJSON(_ card: Card) -> JSONValue {
        let entity = card.entity
        func quote(_ provenance: Provenance) -> JSONValue {
            .object([("quote", .string(provenance.quote)), ("document", .string(provenance.document)), ("where", .string(provenance.citation)),
                     ("start", .number(Double(provenance.start))), ("end", .number(Double(provenance.end)))])
        }
        let attributes = entity.attributes.map { attribute -> JSONValue in
            .object([("name", .string(attribute.name)), ("value", Self.json(attribute.value))] + Self.json(attribute.document, attribute.qualifiers)
                    + [("sources", .array(attribute.provenance.map(quote)))])
        }
        let relations = card.links.map { link -> JSONValue in
            .object([("relation", .string(link.name)), ("direction", .string(link.direction.rawValue)), ("id", .string(link.other.id)),
                     ("kind", .string(link.other.kind)), ("name", .string(link.other.name))]
                    + Self.json(link.relation.document, link.relation.qualifiers)
                    + [("sources", .array(link.relation.provenance.map(quote)))])
        }
        return .object([
            ("id", .string(entity.id)), ("kind", .string(entity.kind)), ("name", .string(entity.name)),
            ("aliases", .array(entity.aliases.map { .string($0) })),
            ("xrefs", .array(entity.xrefs.map { .string($0.description) })),
            ("attributes", .array(attributes)), ("relations", .array(relations)),
            ("quotes", .array(entity.provenance.map(quote))),
            ("notes", .array(entity.notes.map { .string($0) })),
            ("sources", .object(card.citations.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
        ])
    }

    private func cardText(_ card: Card) -> String {
        let entity = card.entity
        let markdown = format == .markdown
        var lines: [String] = []
        func heading(_ text: String) {
            lines.append("")
            lines.append(markdown ? "### \(text)" : style.heading(text))
        }
        // With several sources, each quote names its document.
        let severalSources = card.citations.count > 1
        func quoted(_ provenance: Provenance) -> String {
            "“\(safe(provenance.quote))” (\(severalSources ? safe(provenance.document) + ", " : "")\(safe(provenance.citation)))"
        }
        let labels = entity.attributes.map(\.name) + card.links.map(label)
        // Values line up two columns past the longest label (at least 12 wide), so no label is ever cut.
        let labelWidth = max(12, labels.map(TerminalText.displayWidth(of:)).max() ?? 0)
        let valueColumn = 2 + labelWidth + 2
        func item(_ label: String, _ value: String, _ provenance: [Provenance], _ qualifiers: Qualifiers = Qualifiers()) {
            let value = qualifiers.summary.isEmpty ? value : "\(value) (\(qualifiers.summary))"
            if markdown {
                lines.append("- **\(label)**: \(value)" + provenance.map { " — \(quoted($0))" }.joined())
                lines += qualifiers.notes.map { "  - note: \(safe($0))" }
                return
            }
            let padding = String(repeating: " ", count: labelWidth - TerminalText.displayWidth(of: label) + 2)
            lines += wrapped(value, indent: valueColumn, first: "  " + label + padding)
            for source in provenance { lines += wrapped(quoted(source), indent: valueColumn, decorate: style.quote) }
            for note in qualifiers.notes { lines += wrapped("note: " + safe(note), indent: valueColumn, decorate: style.dim) }
        }
        if markdown {
            lines += ["## \(safe(entity.name))", "", "`\(entity.id)` · \(entity.kind)"]
            if !entity.aliases.isEmpty { lines += ["", "also known as: \(safe(entity.aliases.joined(separator: ", ")))"] }
            if !entity.xrefs.isEmpty { lines += ["", "identified by the curator as: \(safe(entity.xrefs.map(\.description).joined(separator: ", ")))"] }
        } else {
            lines.append(style.heading(safe(entity.name)))
            lines.append("\(style.id(entity.id)) · \(style.kind(entity.kind))")
            if !entity.aliases.isEmpty { lines.append("also known as: \(safe(entity.aliases.joined(separator: ", ")))") }
            if !entity.xrefs.isEmpty { lines.append("identified by the curator as: \(safe(entity.xrefs.map(\.description).joined(separator: ", ")))") }
        }
        if !entity.provenance.isEmpty {
            heading("source text")
            for (index, provenance) in entity.provenance.enumerated() {
                if markdown {
                    lines += (index > 0 ? [">"] : []) + ["> \(quoted(provenance))"]
                } else {
                    lines += wrapped(quoted(provenance), indent: 2, decorate: style.quote)
                }
            }
        }
        if !entity.attributes.isEmpty {
            heading("attributes")
            for attribute in entity.attributes { item(attribute.name, safe(attribute.value.description), attribute.provenance, attribute.qualifiers) }
        }
        if !card.links.isEmpty {
            heading("relations")
            for link in card.links {
                let id = markdown ? "`\(link.other.id)`" : style.id(link.other.id)
                let name = link.other.name == link.other.id ? "" : " · \(safe(link.other.name))"
                item(label(link), id + name, link.relation.provenance, link.relation.qualifiers)
            }
        }
        if !entity.notes.isEmpty {
            heading("notes")
            for note in entity.notes { lines += markdown ? ["- \(safe(note))"] : wrapped(safe(note), indent: 2) }
        }
        heading("sources")
        for (id, citation) in card.citations.sorted(by: { $0.key < $1.key }) {
            let first = "  [\(safe(id))] "
            lines += markdown ? ["- [\(safe(id))] \(safe(citation))"] : wrapped(safe(citation), indent: TerminalText.displayWidth(of: first), first: first)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A statement's source and qualifiers for JSON: `document`, `hedge`, `negated`, `as_of`, `notes`.
    static func json(_ document: String, _ qualifiers: Qualifiers) -> [(String, JSONValue)] {
        [("document", .string(document))] + json(qualifiers) + [("notes", .array(qualifiers.notes.map { .string($0) }))]
    }

    /// `hedge` (null when asserted), `negated` and `as_of` (null when not time-bound) for JSON.
    static func json(_ qualifiers: Qualifiers) -> [(String, JSONValue)] {
        [("hedge", qualifiers.hedge.map { .string($0) } ?? .null), ("negated", .bool(qualifiers.negated)),
         ("as_of", qualifiers.asOf.map { .string($0.description) } ?? .null)]
    }

    /// `-> addresses` or `<- prompted`: the relation's forward name with the arrow that walks it
    /// from the card's entity, exactly as a query would (`registher <- prompted`).
    private func label(_ link: Card.Link) -> String {
        "\(link.direction == .outgoing ? "->" : "<-") \(link.relation.type)"
    }
}
