import KnowledgeQuery
import Rendering

extension ResultRenderer {
    /// The neutral table a tabular result (an entity list, rows, paths) is shown as, its footer
    /// (`(2 trials)`, with the list's notes) set, for writers that lay tables out themselves, such as
    /// HTML handouts; nil for a result shown otherwise (a card, quotes, a count, an explanation).
    public func table(of result: QueryResult) -> Table? {
        let table: Table, noun: Noun, note: String?
        switch result {
        case .entities(let list):
            (table, note) = self.table(list)
            noun = list.noun
        case .rows(let rows):
            (table, noun, note) = (Self.table(rows), rows.noun, rows.note?.words)
        case .paths(let list):
            (table, noun, note) = (Self.table(list), Noun("shortest path", "shortest paths"), Self.note(list))
        case .card, .quotes, .count, .explanation:
            return nil
        }
        var footed = table
        footed.footer = "(\(noun.counted(table.rows.count))\(note.map { ": \($0)" } ?? ""))"
        return footed
    }
}
