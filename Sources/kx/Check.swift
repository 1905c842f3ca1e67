import ArgumentParser
import Checklists
import Explorer
import Foundation
import KnowledgeGraph
import KnowledgeQuery
import KnowledgeStore
import Rendering

/// `kx check [DIR…]`: checks packs and lessons and reports every problem, in file order.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kx check",
        abstract: "Check knowledge packs and lessons, and report every problem.",
        discussion: """
            Each DIR is a pack folder or a knowledge root (its lessons/ and checklists/ are checked too), loaded as --knowledge DIR loads it: packs without a schema.yaml of their own beside the built-in knowledge, so they may refer to its entities; only the given packs are counted. With none, the built-in knowledge is checked. Problems are printed in file and line order with a suggestion each. A clean run prints one line: packs, entities, statements, quotes and the sentences no quote cites yet. With --report CHECKLIST (consort, prisma, or a checklist file), a clean run prints instead, for each trial or review of the packs, each item of the checklist: modelled (the fields that hold it, with how many statements), to model (nothing models it, but one of its cue patterns matched the sentences named), or not stated (no cue matched); cues are a heuristic. Exits with status 0 when clean, 1 otherwise.
            """
    )

    /// How problems are printed (text or json), and a report (text is the table format).
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, table, plain, csv, markdown
    }

    @Argument(help: ArgumentHelp("Pack folders or knowledge roots to check.", valueName: "DIR"))
    var folders: [String] = []

    @Option(help: ArgumentHelp("How to print problems: text, or json (an array of {file, line, column, message, notes}); a --report also as table (the same as text), plain, csv or markdown.", valueName: "FORMAT"))
    var format: Format = .text

    @Option(help: ArgumentHelp("Report, item by item, what the packs model of a checklist: consort (CONSORT for Abstracts, for each trial), prisma (PRISMA 2020 for Abstracts, for each systematic review), the name of a checklist in a DIR's checklists/, or a checklist file.", valueName: "CHECKLIST"))
    var report: String?

    @Flag(help: "Never colour messages.")
    var noColor = false

    func validate() throws {
        if report == nil, ![.text, .json].contains(format) {
            throw ValidationError("--format \(format.rawValue) is for a report: add --report CHECKLIST, or use text or json")
        }
    }

    func run() throws {
        let sink = StandardSink()
        // The folders given are loaded as --knowledge loads them (packs without a schema of their own beside
        // the built-in knowledge, so they may refer to its entities), the built-in knowledge when none is;
        // only the given folders' lessons are checked, and only their packs counted.
        let options = KnowledgeSelection(folders: folders)
        var diagnostics: [Diagnostic] = []
        var graph: Graph?
        var documents: Set<String>?
        var checklist: Checklist?
        do {
            let (lent, given) = try options.knowledge()
            let built = try KnowledgeLoader.load(lent + given)
            graph = built
            if !folders.isEmpty {
                let lentDocuments = lent.isEmpty ? [] : try KnowledgeLoader.load(lent).documentIDs
                documents = Set(built.documentIDs).subtracting(lentDocuments)
            }
            diagnostics += LessonLoader.load(given, executor: GraphExecutor(graph: built), documents: built).diagnostics
            diagnostics += Checklist.loadAll(in: given, schema: built.schema).diagnostics
            if let report, diagnostics.isEmpty {
                checklist = try Self.checklist(report, in: given, schema: built.schema)
            }
        } catch let error as KnowledgeError {
            diagnostics += error.diagnostics
        } catch {
            diagnostics.append(Diagnostic(location: nil, message: "\(error)"))
        }
        diagnostics = diagnostics.inFileOrder
        if diagnostics.isEmpty, let graph, let checklist {
            write(ChecklistReport(checklist: checklist, graph: graph, documents: documents), to: sink)
        } else if format == .json {
            sink.write(JSONValue.array(diagnostics.map(\.json)).rendered() + "\n")
        } else if !diagnostics.isEmpty {
            let style = Styler(enabled: !noColor && Terminal.colorAllowed(STDOUT_FILENO))
            for diagnostic in diagnostics { sink.write(diagnostic.rendered(.terminal(style, width: Terminal.width(STDOUT_FILENO))) + "\n") }
            sink.write("kx check: \(Self.count(diagnostics.count, "problem"))\n")
        } else if let graph {
            let coverage = graph.coverage(of: documents)
            sink.write("kx check: \(Self.count(documents?.count ?? graph.documentIDs.count, "pack")), \(Self.count(coverage.entities, "entity", "entities")), "
                       + "\(Self.count(coverage.statements, "statement")), \(Self.count(coverage.quotes, "quote")); "
                       + "\(Self.count(coverage.uncitedSegments, "sentence")) not yet cited\n")
        }
        if !diagnostics.isEmpty { throw ExitCode(1) }
    }

    /// `1 pack`, `2 packs`.
    static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
    }
}
