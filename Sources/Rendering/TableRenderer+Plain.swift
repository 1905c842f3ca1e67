extension TableRenderer {
    /// Lines of the `plain` format: tab-separated, header line first, one row a line.
    ///
    /// Tabs and line breaks inside a header or cell are each replaced by one space so the
    /// field and record structure survives; all other content is kept exactly, except that on a
    /// terminal control characters are shown as visible escapes.
    func plainLines(_ table: Table) -> [String] {
        guard !table.columns.isEmpty else { return [] }
        let header = table.columns.map(\.name)
        return ([header] + cellTexts(table)).map { fields in
            fields.map(plainField).joined(separator: "\t")
        }
    }

    private func plainField(_ text: String) -> String {
        // Printable ASCII, the common case, has no tab, line break or control character to replace.
        if TerminalText.isPrintableASCII(text) { return text }
        let field = String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
        return terminal ? TerminalText.escapeControlCharacters(field) : field
    }
}
