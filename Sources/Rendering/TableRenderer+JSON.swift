extension TableRenderer {
    /// Text of the `json` format: a pretty-printed array with one object per row, keyed by
    /// column name in column order; an empty result is `[]`.
    func jsonText(_ table: Table) -> String {
        jsonValue(table).rendered(pretty: true)
    }

    /// The table as a JSON array of row objects, using each cell's `jsonValue`; cut short when cancelled.
    func jsonValue(_ table: Table) -> JSONValue {
        .array(Array(table.rows.lazy.prefix { _ in !isCancelled() }.map { row in
            .object(table.columns.indices.map { column in
                (table.columns[column].name, table.cell(in: row, at: column).jsonValue)
            })
        }))
    }
}
