import KnowledgeGraph
import KnowledgeQuery
import Rendering

extension ResultRenderer {
    /// Quotes as rows of fact, quote and where, followed by the documents' citations in the `table`
    /// format, and the curator's notes. JSON: `{subject, quotes: [{fact, hedge, negated, as_of, quote, document, where,
    /// start, end}], notes: [String], sources: {id: citation}}`.
    func render(_ list: QuoteList) -> String {
        if format == .json {
            let quotes = list.rows.map { row -> JSONValue in
                .object([("fact", .string(row.claim.words))] + Self.json(row.qualifiers) + [
                         ("quote", .string(row.provenance.quote)), ("document", .string(row.provenance.document)),
                         ("where", .string(row.provenance.citation)), ("start", .number(Double(row.provenance.start))),
                         ("end", .number(Double(row.provenance.end)))])
            }
            return JSONValue.object([("subject", .string(list.subject)), ("quotes", .array(quotes)), ("notes", .array(list.notes.map { .string($0.words) })),
                                     ("sources", .object(list.citations.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))]).rendered() + "\n"
        }
        let rows = list.rows.map { row -> [Table.Cell] in
            [.text(Self.fact(row)), .text(row.provenance.quote), .text("\(row.provenance.document), \(row.provenance.citation)")]
        }
        let table = Table(columns: ["fact", "quote", "where"].map { Table.Column(name: $0) }, rows: rows)
        var text = fitsWidth(table) ? render(table, noun: Noun("quote", "quotes")) : wrappedQuotes(list)
        // Notes follow the table where a reader reads it; csv and plain stay machine-readable rows.
        for note in list.notes.map(\.words) where format == .table || format == .markdown {
            text += format == .table ? wrapped("note: " + safe(note), indent: 2, decorate: style.dim).joined(separator: "\n") + "\n" : "\nnote: \(safe(note))\n"
        }
        if format == .table {
            for (id, citation) in list.citations.sorted(by: { $0.key < $1.key }) {
                let first = "[\(safe(id))] "
                text += wrapped(safe(citation), indent: TerminalText.displayWidth(of: first), first: first).joined(separator: "\n") + "\n"
            }
        }
        return text
    }

    /// The fact with how the source states it: `a accounts_for b (hedged: may)`.
    static func fact(_ row: QuoteList.Row) -> String {
        row.qualifiers.summary.isEmpty ? row.claim.words : "\(row.claim.words) (\(row.qualifiers.summary))"
    }

    /// Whether the table fits the width in the `table` format (always, in other formats or without a width).
    private func fitsWidth(_ table: Table) -> Bool {
        guard format == .table, let width else { return true }
        let natural = table.columns.indices.map { column in
            table.rows.reduce(TerminalText.displayWidth(of: table.columns[column].name)) {
                max($0, TerminalText.displayWidth(of: TerminalText.escapeControlCharacters(column < $1.count ? $1[column].plainText : "")))
            }
        }
        return 3 * natural.count + 1 + natural.reduce(0, +) <= width
    }

    /// Quotes too wide for a table, so that none is cut: each fact, then its quote wrapped beneath it.
    private func wrappedQuotes(_ list: QuoteList) -> String {
        var lines: [String] = []
        for row in list.rows {
            lines += wrapped(safe(Self.fact(row)), indent: 0)
            let quote = "“\(safe(row.provenance.quote))” (\(safe(row.provenance.document)), \(safe(row.provenance.citation)))"
            lines += wrapped(quote, indent: 2, decorate: style.quote)
        }
        lines.append(style.dim("(\(Noun("quote", "quotes").counted(list.rows.count)))"))
        return lines.joined(separator: "\n") + "\n"
    }
}
