import KnowledgeGraph
import KnowledgeQuery
import Rendering

extension ResultRenderer {
    /// Quotes as rows of fact, quote and where, followed by the documents' citations in the `table`
    /// format. JSON: `{subject, quotes: [{fact, quote, document, where, start, end}], sources: {id: citation}}`.
    func render(_ list: QuoteList) -> String {
        if format == .json {
            let quotes = list.rows.map { row -> JSONValue in
                .object([("fact", .string(row.fact)), ("quote", .string(row.provenance.quote)), ("document", .string(row.provenance.document)),
                         ("where", .string(row.provenance.citation)), ("start", .number(Double(row.provenance.start))),
                         ("end", .number(Double(row.provenance.end)))])
            }
            return JSONValue.object([("subject", .string(list.subject)), ("quotes", .array(quotes)),
                                     ("sources", .object(list.citations.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))]).rendered() + "\n"
        }
        let rows = list.rows.map { row -> [Table.Cell] in
            [.text(row.fact), .text(row.provenance.quote), .text("\(row.provenance.document), \(row.provenance.citation)")]
        }
        let table = Table(columns: ["fact", "quote", "where"].map { Table.Column(name: $0) }, rows: rows)
        var text = render(table, noun: Noun("quote", "quotes"))
        if format == .table {
            for (id, citation) in list.citations.sorted(by: { $0.key < $1.key }) {
                let first = "[\(safe(id))] "
                text += wrapped(safe(citation), indent: TerminalText.displayWidth(of: first), first: first).joined(separator: "\n") + "\n"
            }
        }
        return text
    }
}
