import KnowledgeGraph
import KnowledgeQuery
import Rendering

extension ResultRenderer {
    /// A card: a readable layout in `table` and `markdown`, one fact a row in `plain` and `csv`,
    /// and in JSON `{id, kind, name, aliases, attributes: [...], relations: [...], quotes: [...], notes, sources}`.
    func render(_ card: Card) -> String {
        switch format {
        case .json: return cardJSON(card).rendered() + "\n"
        case .plain, .csv: return TableRenderer().render(cardFacts(card), as: format)
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
        rows += entity.provenance.map { [.text("name"), .text(entity.name), .text($0.quote), .text(where_($0))] }
        rows += entity.aliases.map { [.text("alias"), .text($0), .empty, .empty] }
        rows += entity.attributes.map { [.text($0.name), .text($0.value.description), .text($0.provenance.quote), .text(where_($0.provenance))] }
        for link in card.links {
            let arrow = link.direction == .outgoing ? "->" : "<-"
            rows += link.relation.provenance.map { [.text("\(arrow) \(link.name)"), .text(link.other.id), .text($0.quote), .text(where_($0))] }
        }
        rows += entity.notes.map { [.text("note"), .text($0), .empty, .empty] }
        return Table(columns: ["field", "value", "quote", "where"].map { Table.Column(name: $0) }, rows: rows)
    }

    private func cardJSON(_ card: Card) -> JSONValue {
        let entity = card.entity
        func quote(_ provenance: Provenance) -> JSONValue {
            .object([("quote", .string(provenance.quote)), ("document", .string(provenance.document)), ("where", .string(provenance.citation))])
        }
        let attributes = entity.attributes.map { attribute -> JSONValue in
            .object([("name", .string(attribute.name)), ("value", Self.json(attribute.value)), ("source", quote(attribute.provenance))])
        }
        let relations = card.links.map { link -> JSONValue in
            .object([("relation", .string(link.name)), ("direction", .string(link.direction.rawValue)), ("id", .string(link.other.id)),
                     ("kind", .string(link.other.kind)), ("name", .string(link.other.name)),
                     ("sources", .array(link.relation.provenance.map(quote)))])
        }
        return .object([
            ("id", .string(entity.id)), ("kind", .string(entity.kind)), ("name", .string(entity.name)),
            ("aliases", .array(entity.aliases.map { .string($0) })),
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
        func quoted(_ provenance: Provenance) -> String {
            "“\(safe(provenance.quote))” (\(provenance.citation))"
        }
        func item(_ label: String, _ value: String, _ provenance: [Provenance]) {
            if markdown {
                lines.append("- **\(label)**: \(value)" + provenance.map { " — “\($0.quote)” (\($0.citation))" }.joined())
                return
            }
            lines += wrapped(value, indent: 16, first: "  " + label.padding(toLength: 14, withPad: " ", startingAt: 0))
            for source in provenance { lines += wrapped(style.quote(quoted(source)), indent: 16, first: String(repeating: " ", count: 16)) }
        }
        if markdown {
            lines.append("## \(entity.name)")
            lines.append("")
            lines.append("`\(entity.id)` · \(entity.kind)")
        } else {
            lines.append(style.heading(safe(entity.name)))
            lines.append("\(style.id(entity.id)) · \(style.kind(entity.kind))")
        }
        if !entity.aliases.isEmpty { lines.append("also known as: \(safe(entity.aliases.joined(separator: ", ")))") }
        if !entity.provenance.isEmpty {
            heading("source text")
            for provenance in entity.provenance {
                lines += markdown ? ["> \(provenance.quote) (\(provenance.citation))"] : wrapped(style.quote(quoted(provenance)), indent: 2, first: "  ")
            }
        }
        if !entity.attributes.isEmpty {
            heading("attributes")
            for attribute in entity.attributes { item(attribute.name, safe(attribute.value.description), [attribute.provenance]) }
        }
        if !card.links.isEmpty {
            heading("relations")
            for link in card.links {
                let arrow = link.direction == .outgoing ? "->" : "<-"
                item("\(arrow) \(link.name)", "\(markdown ? "`\(link.other.id)`" : style.id(link.other.id)) \(safe(link.other.name))", link.relation.provenance)
            }
        }
        if !entity.notes.isEmpty {
            heading("notes")
            for note in entity.notes { lines += markdown ? ["- \(note)"] : wrapped(safe(note), indent: 2, first: "  ") }
        }
        heading("sources")
        for (id, citation) in card.citations.sorted(by: { $0.key < $1.key }) {
            lines += markdown ? ["- [\(id)] \(citation)"] : wrapped(safe(citation), indent: 2, first: "  [\(id)] ")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
