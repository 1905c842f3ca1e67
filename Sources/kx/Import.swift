import ArgumentParser
import FileSafety
import Foundation
import KnowledgeGraph
import KnowledgeImport
import Rendering

/// `kx import FILE… [--into DIR] [--force]`: makes a new pack folder from each publication or trial record.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kx import",
        abstract: "Make knowledge packs from PubMed and ClinicalTrials.gov records.",
        discussion: """
            Each FILE is a PubMed abstract page saved or copied as text, PubMed's Abstract (text) export, a MEDLINE (.nbib) file or PubMed XML; every record in it becomes a pack folder in DIR, named from the first author and the year (pusztai-2006, then pusztai-2006-2 for another record). The pack's source.txt holds the record; its facts.yaml holds the publication, its authors and its topics (MeSH headings and keywords), each value quoted from source.txt, and lists the abstract's sentences for the curator. The summary names, for each pack, the header values the record does not give ("not found: issue, pages") and warns where it gives a value twice that disagrees (the value is left out). Nothing is written when any file cannot be read.

            A FILE may also be a ClinicalTrials.gov study record (API version 2 JSON, as a study's page downloads it) or a page of search results ({"studies": [...]}): each study becomes a pack named from its NCT number (nct01234567), its facts.yaml the trial with its status, phase, design, enrollment, dates, arms and what they receive, outcomes, conditions and sponsors. What a record states that the pack leaves out is listed under the pack's summary line.
            """
    )

    @Argument(help: ArgumentHelp("PubMed or ClinicalTrials.gov records to import.", valueName: "FILE"))
    var files: [String]

    @Option(name: .customLong("into"), help: ArgumentHelp("The knowledge folder to make the packs in.", valueName: "DIR"))
    var root = "Knowledge"

    @Flag(help: "Replace a pack folder that already holds the same record.")
    var force = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one record file to import") }
    }

    func run() throws {
        let sink = StandardSink()
        do {
            var records: [PublicationRecord] = []
            var trials: [TrialRecord] = []
            for file in files {
                let bytes: [UInt8]
                do {
                    bytes = try FileReader.read(file, limit: KnowledgeFiles.maximumFileSize)
                } catch let error as FileError {
                    throw KnowledgeError(Diagnostic(location: nil, message: "\(error); expected a readable PubMed record file"))
                }
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    throw KnowledgeError(Diagnostic(location: SourceLocation(file: file, line: 1, column: 1), message: "expected UTF-8 text"))
                }
                if ClinicalTrialsReader.accepts(text, file: file) {
                    trials += try ClinicalTrialsReader.read(text, file: file)
                } else {
                    records += try RecordReader.read(text, file: file)
                }
            }
            if records.isEmpty && trials.isEmpty { throw KnowledgeError(Diagnostic(location: nil, message: "expected at least one record in \(files.joined(separator: ", "))")) }
            let packs = try PackWriter.packs(records, root: root, force: force)
            let trialPacks = try PackWriter.packs(trials, root: root, force: force, taken: Set(packs.map(\.id)))
            try PackWriter.write(packs + trialPacks, root: root)
            for (pack, record) in zip(packs, records) {
                let missing = record.missing.isEmpty ? "" : "; not found: " + record.missing.joined(separator: ", ")
                sink.writeError("\(root)/\(pack.id): \(pack.facts.components(separatedBy: "\n  - id: ").count - 1) entities\(missing)\n")
                for note in record.notes { sink.writeError(TerminalText.escapeControlCharacters(note.description) + "\n") }
            }
            for pack in trialPacks {
                sink.writeError("\(root)/\(pack.id): \(pack.facts.components(separatedBy: "\n  - id: ").count - 1) entities from a ClinicalTrials.gov record\n")
                for note in pack.notes { sink.writeError("  note: " + TerminalText.escapeControlCharacters(note) + "\n") }
            }
        } catch let error as KnowledgeError {
            let style = Styler(enabled: Terminal.colorAllowed(STDERR_FILENO))
            for diagnostic in error.diagnostics { sink.writeError(diagnostic.rendered(.terminal(style, width: Terminal.width(STDERR_FILENO))) + "\n") }
            sink.writeError("kx import: nothing was written\n")
            throw ExitCode(1)
        } catch {
            sink.writeError("kx import: \(error)\n")
            throw ExitCode(1)
        }
    }
}
