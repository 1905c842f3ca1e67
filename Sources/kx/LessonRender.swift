import ArgumentParser
import Explorer
import FileSafety
import Foundation
import KnowledgeGraph
import KnowledgeQuery
import KnowledgeStore
import Rendering

/// `kx lesson render NAME --format markdown|html [-o FILE] [--answers FILE]`: a handout of a lesson
/// for instructors, and its answer key apart.
struct LessonRender: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Make a handout of a lesson, and its answer key.",
        discussion: """
            The handout holds the whole lesson: its narration, every demonstration with the output it gives on the loaded knowledge (tables, and a picture of the result where the lesson asks for one with picture: true), and the exercises with what kind of answer each expects, but not the answers; the hints and the sentences evidence exercises ask about come at the end. --answers FILE writes the answer key in the same format: for each exercise the accepted answer, with its query's output, and the explanation. html is one page that loads nothing from elsewhere and prints well; its pictures need Graphviz's dot (without it the handout says so and shows a table). Without -o the handout goes to standard output. Files are written atomically.
            """
    )

    /// The formats a handout is written in.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html
    }

    @Argument(help: ArgumentHelp("The lesson (see .lessons at the prompt).", valueName: "NAME"))
    var name: String

    @Option(help: ArgumentHelp("How to write the handout and the answer key.", valueName: "FORMAT"))
    var format: Format = .markdown

    @Option(name: .customShort("o"), help: ArgumentHelp("Write the handout to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(help: ArgumentHelp("Write the answer key to FILE.", valueName: "FILE"))
    var answers: String?

    @OptionGroup var knowledge: KnowledgeOptions

    @Flag(help: "Never colour messages.")
    var noColor = false

    func validate() throws {
        if let output, let answers, KX.expanded(output) == KX.expanded(answers) {
            throw ValidationError("-o and --answers name the same file, '\(TerminalText.escapeControlCharacters(output))': give the answer key a file of its own")
        }
    }

    func run() throws {
        let sink = StandardSink()
        let style = Styler(enabled: !noColor && Terminal.colorAllowed(STDERR_FILENO))
        func report(_ diagnostics: [Diagnostic]) {
            for diagnostic in diagnostics {
                sink.writeError(diagnostic.rendered(.terminal(style, width: Terminal.width(STDERR_FILENO))) + "\n")
            }
        }
        let folders: [KnowledgeFiles]
        let graph: Graph
        do {
            folders = try knowledge.selection.load()
            graph = try KnowledgeLoader.load(folders)
        } catch let error as KnowledgeError {
            report(error.diagnostics)
            sink.writeError("kx lesson render: the knowledge could not be loaded; nothing was written\n")
            throw ExitCode(1)
        }
        let lesson: Lesson
        switch LessonLoader.load(folders, executor: GraphExecutor(graph: graph), documents: graph).lookUp(name, purpose: "rendered") {
        case .success(let found):
            lesson = found
        case .failure(let problem):
            report(problem.diagnostics)
            sink.writeError("kx lesson render: \(TerminalText.escapeControlCharacters(problem.message))\n"
                            + problem.notes.map { "  \(TerminalText.escapeControlCharacters($0))\n" }.joined())
            throw ExitCode(1)
        }
        Interrupts.install()
        let handout = Handout(lesson: lesson, knowledge: folders, graph: graph, cancellation: Interrupts.cancellation)
        let text = format == .html ? handout.html(graphviz: Graphviz.onPath(), cancellation: Interrupts.cancellation) : handout.markdown
        let key = answers.map { _ in format == .html ? handout.answerKeyHTML : handout.answerKeyMarkdown }
        if Interrupts.cancellation.isCancelled {
            sink.writeError("kx lesson render: interrupted; nothing was written\n")
            throw ExitCode(130)
        }
        do {
            if let answers, let key { try AtomicFile.write(key, to: KX.expanded(answers)) }
            if let output {
                try AtomicFile.write(text, to: KX.expanded(output))
            } else {
                sink.write(text)
            }
        } catch {
            sink.writeError("kx lesson render: \(TerminalText.escapeControlCharacters("\(error)"))\n")
            throw ExitCode(1)
        }
    }
}
