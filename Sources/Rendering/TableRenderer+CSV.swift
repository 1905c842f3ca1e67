extension TableRenderer {
    /// Lines of the `csv` format: RFC 4180 fields, header line first.
    ///
    /// Records end with `\n` rather than RFC 4180's CRLF, to suit Unix tools. A field is
    /// wrapped in double quotes when it contains a comma, a double quote, CR or LF, and
    /// inner double quotes are doubled. A text cell that begins with `=`, `+`, `-` or `@` gets a
    /// leading `'` unless `neutralisesFormulas` is off (numbers are never changed), and on a
    /// terminal control characters are shown as visible escapes; content is otherwise kept exactly.
    func csvLines(_ table: Table) -> [String] {
        guard !table.columns.isEmpty else { return [] }
        let header = table.columns.map { neutralised($0.name) }
        let body = table.rows.map { row in
            table.columns.indices.map { column -> String in
                let cell = table.cell(in: row, at: column)
                if case .number = cell { return cell.plainText }
                return neutralised(cell.plainText)
            }
        }
        return ([header] + body).map { fields in
            fields.map(csvField).joined(separator: ",")
        }
    }

    /// `text` with a `'` before a leading `=`, `+`, `-` or `@`, which a spreadsheet would run as a formula.
    private func neutralised(_ text: String) -> String {
        guard neutralisesFormulas, let first = text.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    private func csvField(_ raw: String) -> String {
        let text = terminal ? TerminalText.escapeControlCharacters(raw, keepNewlines: true) : raw
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        var output = String.UnicodeScalarView()
        output.append("\"")
        for scalar in text.unicodeScalars {
            if scalar == "\"" { output.append("\"") }
            output.append(scalar)
        }
        output.append("\"")
        return String(output)
    }
}
