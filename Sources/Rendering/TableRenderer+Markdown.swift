extension TableRenderer {
    /// Lines of the `markdown` format: a GitHub pipe table with a `---` separator row
    /// (`---:` for right-aligned columns).
    ///
    /// Headers and cells are escaped with `MarkdownText.escaped` (no HTML, headings or control
    /// characters from data), `|` becomes `\|` and each line break becomes `<br>`.
    func markdownLines(_ table: Table) -> [String] {
        guard !table.columns.isEmpty else { return [] }
        let header = table.columns.map(\.name)
        let separator = table.columns.map { $0.alignment == .right ? "---:" : "---" }
        let rows = ([header] + cellTexts(table)).map { $0.map(markdownField) }
        return ([rows[0], separator] + rows.dropFirst()).map { "| " + $0.joined(separator: " | ") + " |" }
    }

    private func markdownField(_ text: String) -> String {
        // Printable ASCII without a character Markdown or the table could read (the common case) stays as it is.
        if TerminalText.isPrintableASCII(text), !text.utf8.contains(where: { "`<&|".utf8.contains($0) }) { return text }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line in
            MarkdownText.escaped(String(line), startsLine: false).map { $0 == "|" ? "\\|" : String($0) }.joined()
        }.joined(separator: "<br>")
    }
}
