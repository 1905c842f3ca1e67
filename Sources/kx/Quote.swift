import ArgumentParser
import Foundation
import Explorer
import KnowledgeGraph
import Rendering

/// `kx quote DIR 'TEXT'`: where TEXT is in a pack's source, or the passages closest to it.
struct Quote: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kx quote",
        abstract: "Find a text in a pack's source, as a quote is found.",
        discussion: """
            White space is folded and case is kept, as for quotes. Prints the sentences the text is in and its byte offsets, or, when it is not there, the closest passages (at most 3); exits with status 1 then.
            """
    )

    @Argument(help: ArgumentHelp("The pack folder (it holds facts.yaml).", valueName: "DIR"))
    var folder: String

    @Argument(help: ArgumentHelp("The text to find.", valueName: "TEXT"))
    var text: String

    func run() throws {
        let sink = StandardSink()
        let document: SourceDocument
        do {
            document = try Self.document(inFolder: folder)
        } catch let error as KnowledgeError {
            let style = Styler(enabled: Terminal.colorAllowed(STDERR_FILENO))
            for diagnostic in error.diagnostics { sink.writeError(diagnostic.rendered(.terminal(style, width: Terminal.width(STDERR_FILENO))) + "\n") }
            throw ExitCode(1)
        }
        if let range = document.locate(text) {
            sink.write("in \(TerminalText.escapeControlCharacters(document.citation(of: range))) of '\(document.id)', bytes \(range.lowerBound)–\(range.upperBound)\n")
            for segment in document.segments(overlapping: range) {
                sink.write("  \(TerminalText.escapeControlCharacters(segment.citation)): \(Self.oneLine(document.excerpt(segment.start..<segment.end)))\n")
            }
            return
        }
        let passages = document.closestPassages(to: text)
        sink.write("not in the source of '\(document.id)' (white space is folded, case is kept)"
                   + (passages.isEmpty ? "; no passage is close to it\n" : "; the closest passages:\n"))
        for passage in passages {
            sink.write("  \(TerminalText.escapeControlCharacters(document.citation(of: passage.range))), bytes \(passage.range.lowerBound)–\(passage.range.upperBound), "
                       + "\(passage.distance) edit\(passage.distance == 1 ? "" : "s"): \(Self.oneLine(document.excerpt(passage.range)))\n")
        }
        throw ExitCode(1)
    }

    /// The pack's source document, read as the pack names it; problems elsewhere in the pack do not matter here.
    /// Only facts.yaml, schema.yaml and the source are read, so a pack inside a large folder is quick to search.
    static func document(inFolder folder: String) throws -> SourceDocument {
        var files = try KnowledgeFiles(directory: folder, only: ["facts.yaml", "schema.yaml"])
        guard let facts = files.files["facts.yaml"] else {
            throw ValidationError("'\(folder)' is not a pack folder: it has no facts.yaml")
        }
        let schemaBytes = files.files["schema.yaml"] ?? KnowledgeSelection.builtIn.files["schema.yaml"] ?? []
        let schema = try Schema.load(text: String(decoding: schemaBytes, as: UTF8.self), file: "schema.yaml")
        var readError: KnowledgeError?
        let (pack, diagnostics) = try PackLoader(schema: schema).check(facts: String(decoding: facts, as: UTF8.self), factsPath: files.path("facts.yaml")) { name in
            do throws(KnowledgeError) { try files.read([name]) } catch { readError = error }
            return files.files[name].map { (files.path(name), $0) }
        }
        if let readError { throw readError }
        guard !pack.document.id.isEmpty else {
            throw ValidationError("the source of '\(folder)' cannot be read" + (diagnostics.first.map { ": \($0)" } ?? ""))
        }
        return pack.document
    }

    /// The text with every run of white space as one space, and control characters shown.
    static func oneLine(_ text: String) -> String {
        TerminalText.escapeControlCharacters(text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }
}
