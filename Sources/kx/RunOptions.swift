import FileSafety
import KnowledgeGraph
import Rendering

/// What `kx` without a subcommand is asked to do: the statements and scripts to run, the knowledge
/// to load and how to show results. `KX` fills it from ArgumentParser, and the common command lines
/// are read straight into it (see `RunOptions+Arguments.swift`), with the same checks.
struct RunOptions: Equatable {
    var commands: [String] = []
    var files: [String] = []
    var knowledge = KnowledgeSelection()
    var format: String?
    var links = false
    var noColor = false
    var csvRaw = false
    var keepGoing = false
    var history: String?
    var noHistory = false
    var lesson: String?
    var step: String?
    var record: String?
    var report: String?
    var endpoint: String?
    var safe = false

    /// What is wrong with the options together, or nil: the usage error ArgumentParser reports.
    var problem: String? {
        if let problem = knowledge.problem { return problem }
        if let format, OutputFormat(rawValue: format) == nil {
            let suggestion = Suggestion.closest(to: format, in: OutputFormat.allCases.map(\.rawValue)).map { " (did you mean '\($0)'?)" } ?? ""
            return "unknown format '\(format)'\(suggestion); use table, plain, json, csv, markdown, dot or svg"
        }
        if step != nil, lesson != nil { return "--step and --lesson cannot be used together" }
        if let report {
            if lesson == nil { return "--report needs --lesson: it writes the report of the lesson when it ends" }
            if let record, FileTarget.isSameFile(record, report) || record == report {
                return "--report '\(report)' is the --record transcript: name another file for the report"
            }
            if let script = files.first(where: { FileTarget.isSameFile($0, report) }) {
                return "--report '\(report)' is the script '\(script)': writing the report would replace it; name another file"
            }
        }
        if let record, let script = ([step].compactMap { $0 } + files).first(where: { FileTarget.isSameFile($0, record) }) {
            return "--record '\(record)' is the script '\(script)': recording would empty it; name another file for the transcript"
        }
        return nil
    }
}
