extension TableRenderer {
    /// Lines of the `csv` format: RFC 4180 fields, header line first.
    ///
    /// Records end with `\n` rather than RFC 4180's CRLF, to suit Unix tools. A field is
    /// wrapped in double quotes when it contains a comma, a double quote, CR or LF, and
    /// inner double quotes are doubled; content is otherwise kept exactly.
    func csvLines(_ table: Table) -> [String] {
        guard !table.columns.isEmpty else { return [] }
        let header = table.columns.map(\.name)
        return ([header] + cellTexts(table)).map { fields in
            fields.map(csvField).joined(separator: ",")
        }
    }

    private func csvField(_ text: String) -> String {
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
