import KnowledgeQuery
import Rendering

extension ResultRenderer {
    /// `explain`: where the statement runs and its steps, numbered; an endpoint's queries are shown
    /// whole, with the PREFIX lines they share once at the top. JSON: `{engine, prologue, steps: [String]}`.
    func render(_ explanation: Explanation) -> String {
        let queries = !explanation.prologue.isEmpty
        switch format {
        case .json:
            return JSONValue.object([("engine", .string(explanation.engine)), ("prologue", .string(explanation.prologue)),
                                     ("steps", .array(explanation.steps.map { .string($0) }))]).rendered() + "\n"
        case .csv:
            let table = Table(columns: [Table.Column(name: "step", alignment: .right), Table.Column(name: queries ? "sparql" : "what")],
                              rows: explanation.steps.enumerated().map { [.number(Double($0.offset + 1)), .text($0.element)] })
            return tableRenderer.render(table, as: format.tableFormat)
        case .table, .plain, .markdown, .dot, .svg:
            let noun = queries ? Noun("query", "queries") : Noun("step", "steps")
            var lines = ["explain, \(queries ? "on " : "")\(safe(explanation.engine)): \(noun.counted(explanation.steps.count))"]
            if queries {
                let fence = format == .markdown ? ["```sparql"] : []
                lines += [""] + fence + explanation.prologue.split(separator: "\n", omittingEmptySubsequences: false).map { safeCode(String($0)) } + (fence.isEmpty ? [] : ["```"])
                for (number, query) in explanation.steps.enumerated() {
                    lines += ["", format == .markdown ? "Query \(number + 1):" : style.dim("# query \(number + 1)")] + fence
                    lines += query.trimmed(.newlines).split(separator: "\n", omittingEmptySubsequences: false).map { safeCode(String($0)) }
                    lines += fence.isEmpty ? [] : ["```"]
                }
            } else {
                lines += explanation.steps.enumerated().map { "  \($0.offset + 1). \(safe($0.element))" }
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// A line of SPARQL: control characters made visible on a terminal, kept whole elsewhere (a
    /// fenced block in Markdown holds it as it is; a fence in the text cannot occur in kx's queries).
    private func safeCode(_ line: String) -> String {
        format == .markdown && !terminal ? line : TerminalText.escapeControlCharacters(line)
    }
}
