extension TableRenderer {
    /// Lines of the `markdown` format: a GitHub pipe table with a `---` separator row
    /// (`---:` for right-aligned columns).
    ///
    /// In headers and cells `|` becomes `\|` and each line break becomes `<br>`.
    func markdownLines(_ table: Table) -> [String] {
        guard !table.columns.isEmpty else { return [] }
        let header = table.columns.map(\.name)
        let separator = table.columns.map { $0.alignment == .right ? "---:" : "---" }
        let rows = ([header] + cellTexts(table)).map { $0.map(markdownField) }
        return ([rows[0], separator] + rows.dropFirst()).map { "| " + $0.joined(separator: " | ") + " |" }
    }

    private func markdownField(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for character in text {
            if character.isNewline {
                output.append(contentsOf: "<br>".unicodeScalars)
                continue
            }
            for scalar in character.unicodeScalars {
                if scalar == "|" { output.append("\\") }
                output.append(scalar)
            }
        }
        return String(output)
    }
}
