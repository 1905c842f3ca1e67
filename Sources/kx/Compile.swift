import ArgumentParser
import Explorer
import FileSafety
import Foundation
import KnowledgeGraph
import KnowledgeQuery
import KnowledgeStore
import Rendering

/// `kx compile DIR… -o FILE`: checks packs and writes them as one compiled knowledge file, which
/// `--knowledge FILE` opens without reading YAML or searching quotes.
struct Compile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kx compile",
        abstract: "Check knowledge packs and write them as one compiled knowledge file.",
        discussion: """
            Each DIR is a pack folder (it holds facts.yaml) or a knowledge root whose sub-folders are packs, compiled as --knowledge DIR loads it: packs without a schema.yaml of their own together with the built-in knowledge (so they may refer to its entities), unless --no-builtin is given. Every problem is reported and nothing is written when there is one. The file is written atomically; open it with: kx --knowledge FILE
            """
    )

    @Argument(help: ArgumentHelp("Pack folders or knowledge roots to compile.", valueName: "DIR"))
    var folders: [String]

    @Option(name: .customShort("o"), help: ArgumentHelp("The compiled knowledge file to write.", valueName: "FILE"))
    var output: String

    @Flag(name: .customLong("no-builtin"), help: "Compile only the packs given, against the built-in schema, without the built-in knowledge.")
    var noBuiltin = false

    @Flag(help: "Never colour messages.")
    var noColor = false

    func validate() throws {
        if folders.isEmpty { throw ValidationError("name at least one knowledge folder to compile") }
    }

    func run() throws {
        let sink = StandardSink()
        let progress = Terminal.isTerminal(STDERR_FILENO)
        let line = ProgressLine()
        let style = Styler(enabled: !noColor && Terminal.colorAllowed(STDERR_FILENO))
        let started = Date()
        let summary: CompiledSummary
        let knowledge: [KnowledgeFiles]
        do {
            // The target is checked first, so a file that may not be replaced is said before the work.
            let file = try AtomicFile(path: output)
            if progress { line.show("reading \(folders.count == 1 ? "'\(TerminalText.escapeControlCharacters(folders[0]))'" : "\(folders.count) folders")…", urgent: true) }
            knowledge = try KnowledgeSelection(folders: folders, noBuiltin: noBuiltin).load()
            let writing = "writing '\(TerminalText.escapeControlCharacters(output))'…"
            let report: @Sendable (LoadProgress) -> Void = { event in
                if case .writing = event { line.show(writing, urgent: true) } else { line.report(event) }
            }
            summary = try KnowledgeLoader.compile(knowledge, to: file, progress: progress ? report : nil)
            try file.commit()
        } catch let error as KnowledgeError {
            if progress { line.clear() }
            for diagnostic in error.diagnostics {
                sink.writeError(diagnostic.rendered(.terminal(style, width: Terminal.width(STDERR_FILENO))) + "\n")
            }
            sink.writeError("kx compile: nothing was written\n")
            throw ExitCode(1)
        } catch let error as FileError {
            if progress { line.clear() }
            sink.writeError("kx compile: \(error)\n")
            throw ExitCode(1)
        }
        let seconds = Date().timeIntervalSince(started)
        let bytes = Double(summary.bytes)
        let size = bytes < 1_048_576 ? String(format: "%.0f KiB", (bytes / 1024).rounded(.up)) : String(format: "%.1f MiB", bytes / 1_048_576)
        let contents = KnowledgeContents(entities: summary.entities, relations: summary.relations, documents: summary.documents)
        if progress { line.clear() }
        sink.writeError(String(format: "%@: %@; %@ in %.2f s\n", TerminalText.escapeControlCharacters(output), contents.summary, size, seconds))
        let lessons = LessonLoader.sources(in: knowledge)
        if !lessons.isEmpty {
            sink.writeError("kx compile: note: a compiled file holds knowledge, not lessons: \(lessons.count == 1 ? "the lesson" : "the \(lessons.count) lessons") "
                            + "(\(lessons.map { TerminalText.escapeControlCharacters($0.name) }.joined(separator: ", "))) will not be offered with "
                            + "--knowledge \(TerminalText.escapeControlCharacters(output))\n")
        }
    }
}
