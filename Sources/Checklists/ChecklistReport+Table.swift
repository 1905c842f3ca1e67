import Rendering

extension ChecklistReport {
    /// The report as a table, one row per subject and item: the subject (headed by its kind), the
    /// item's name, its status, the fields (with how many statements each holds when the item is
    /// modelled; the fields to fill otherwise), where in the source, and what the item asks. The
    /// footer counts the statuses, or says that nothing in the packs is the checklist's subject.
    public var table: Table {
        let columns = [
            Table.Column(name: checklist.subjects.kind, keepsWidth: true),
            Table.Column(name: "item", keepsShown: true),
            Table.Column(name: "status", keepsShown: true),
            Table.Column(name: "fields"),
            Table.Column(name: "where"),
            Table.Column(name: "asks"),
        ]
        let cells = rows.map { row -> [Table.Cell] in
            let fields = row.status == .modelled ? row.counts.filter { $0.count > 0 }.map { "\($0.field) (\($0.count))" } : row.counts.map(\.field)
            return [.text(row.subject), .text(row.item.name), .text(row.status.rawValue), .list(fields),
                    row.segments.isEmpty ? .empty : .text(row.segments), .text(row.item.asks)]
        }
        return Table(columns: columns, rows: cells, footer: footer)
    }

    /// `(CONSORT for Abstracts (2010), 2 trials × 17 items: 30 modelled, 3 to model, 1 not stated; …)`.
    public var footer: String {
        guard !subjects.isEmpty else { return "(\(emptiness))" }
        let counts = Status.allCases.map { status in "\(rows.filter { $0.status == status }.count) \(status.rawValue)" }
        let noun = subjects.count == 1 ? checklist.subjects.kind : subjectPlural
        let items = checklist.items.count == 1 ? "1 item" : "\(checklist.items.count) items"
        return "(\(checklist.title), \(subjects.count) \(noun) × \(items): \(counts.joined(separator: ", ")); "
            + "'to model' and 'not stated' are guessed from cue patterns, not read)"
    }

    /// What a report without subjects says: `no trial in the checked packs, …`.
    public var emptiness: String {
        "no \(checklist.subjects.description) in the checked packs, so nothing to report against \(checklist.title)"
    }
}
