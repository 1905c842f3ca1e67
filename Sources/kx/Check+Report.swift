import Checklists
import FileSafety
import Foundation
import KnowledgeGraph
import Rendering

extension Check {
    /// The checklist `--report` names: a file (a path, or a name ending in `.yaml`), else a checklist
    /// of the folders checked or of the built-in knowledge, by name or by the start of one name
    /// (`consort` for `consort-abstracts`). Checked against `schema`.
    /// - Throws: `KnowledgeError` when there is no such checklist, or it has problems.
    static func checklist(_ name: String, in folders: [KnowledgeFiles], schema: Schema) throws(KnowledgeError) -> Checklist {
        if name.contains("/") || name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let bytes: [UInt8]
            do {
                bytes = try FileReader.read(name, limit: KnowledgeFiles.maximumFileSize)
            } catch {
                throw KnowledgeError(Diagnostic(location: nil, message: "cannot read the checklist '\(name)': \(error)"))
            }
            let file = String(name.split(separator: "/").last ?? Substring(name))
            let base = file.split(separator: ".").dropLast().joined(separator: ".")
            return try Checklist.load(Checklist.Source(name: base.isEmpty ? file : base, path: name, bytes: bytes), schema: schema)
        }
        var sources: [Checklist.Source] = []
        for source in Checklist.sources(in: folders + [KnowledgeSelection.builtIn]) where !sources.contains(where: { $0.name == source.name }) {
            sources.append(source)
        }
        let names = sources.map(\.name)
        let matching = sources.filter { $0.name == name }.first.map { [$0] } ?? sources.filter { $0.name.hasPrefix(name) }
        guard matching.count == 1, let source = matching.first else {
            let message = matching.isEmpty ? "no checklist named '\(name)'" : "'\(name)' could be any of \(matching.map { "'\($0.name)'" }.joined(separator: ", "))"
            // A checklist is also named by its first word (consort), so a misspelt one is found from either.
            let words = Dictionary(names.map { (String($0.split(separator: "-").first ?? Substring($0)), $0) }, uniquingKeysWith: { first, _ in first })
            let closest = Suggestion.closest(to: name, in: names + words.keys).map { words[$0] ?? $0 }
            let suggestion = matching.isEmpty ? closest.map { ["did you mean '\($0)'?"] } ?? [] : []
            throw KnowledgeError(Diagnostic(location: nil, message: message,
                                            notes: suggestion + ["checklists: \(names.joined(separator: ", ")); or give a checklist file"]))
        }
        return try Checklist.load(source, schema: schema)
    }

    /// Writes the report in the chosen format: a box table fitted to the terminal for text and table.
    /// A report without subjects says so, on standard error when the format is for machines.
    func write(_ report: ChecklistReport, to sink: StandardSink) {
        let formats: [Format: TableFormat] = [.text: .table, .table: .table, .plain: .plain, .json: .json, .csv: .csv, .markdown: .markdown]
        let tableFormat = formats[format] ?? .table
        let terminal = Terminal.isTerminal(STDOUT_FILENO)
        let style = Styler(enabled: !noColor && Terminal.colorAllowed(STDOUT_FILENO))
        sink.write(TableRenderer(terminal: terminal).render(report.table, as: tableFormat, width: Terminal.width(STDOUT_FILENO), style: style))
        if report.subjects.isEmpty, tableFormat != .table {
            sink.writeError("kx check: \(report.emptiness)\n")
        }
    }
}
