import Explorer
import Foundation
import KnowledgeGraph
import Rendering
import XCTest

/// `--format dot` through a session on a small pack of its own (`PicturePack`): graphs become
/// pictures with every string from data escaped, hedged arrows dashed and denied ones red, a legend
/// of what is drawn; other results are refused with the formats that apply.
final class PictureFormatTests: XCTestCase {
    /// What one statement writes to standard output, failing the test when it fails.
    private func picture(_ statement: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let (session, sink) = try PicturePack.session()
        XCTAssertTrue(session.execute(statement), sink.errors, file: file, line: line)
        return sink.output
    }

    /// The lines of a picture that draw an arrow.
    private func arrows(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.contains(" -> ") }
    }

    /// Control characters and bidirectional overrides in `text`, but the line ends a file is meant to have.
    private func rawControls(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { $0 != "\n" && TerminalText.isControlOrOverride($0) }
    }

    func testEveryGraphIsAPictureWithDataEscaped() throws {
        for statement in ["neighbors zorvamab", "show zorvamab", "path kestrel to shorter-fever", "entities"] {
            let text = try picture(statement)
            XCTAssertTrue(text.hasPrefix("digraph kx {\n") && text.hasSuffix("\n}\n"), statement)
            XCTAssertEqual(rawControls(text), [], "\(statement): no control character reaches a file or a terminal raw")
            XCTAssertTrue(text.contains(#"Zor&quot;va\\N&lt;b&gt;&amp;amp;&lt;/b&gt;\\u{0"#), "\(statement): quotes, \\N and markup are shown as written:\n\(text)")
            XCTAssertTrue(text.contains(#"mab\\u{1B}[31m\\u{202E}"#), statement)
            XCTAssertFalse(text.contains("<b>"), "\(statement): no tag comes from data")
            XCTAssertEqual(text, try picture(statement), "\(statement): the same picture every time")
        }
    }

    func testHedgedArrowsAreDashedAndDeniedOnesRedWithABar() throws {
        let arrows = arrows(try picture("neighbors zorvamab"))
        XCTAssertEqual(arrows, [
            #"  "shorter-fever" -> "zorvamab" [label="effect_of [may]", style=dashed]"#,
            #"  "kestrel" -> "zorvamab" [label="tests"]"#,
            ##"  "osprey" -> "zorvamab" [label="tests [not]", color="#c62828", fontcolor="#c62828", penwidth=1.6, arrowsize=1, arrowhead=tee]"##,
        ])
    }

    func testEntitiesAreBoxesInTheirKindsColoursWithNameIdAndKind() throws {
        let text = try picture("show zorvamab")
        XCTAssertTrue(text.contains(##"  "kestrel" [label=<the Kestrel trial<BR/><FONT POINT-SIZE="9" COLOR="#555555">kestrel · trial</FONT>>, fillcolor="#ffd59e"]"##), text)
        XCTAssertTrue(text.contains(#"  "shorter-fever" [label=<shorter fever, a name<BR/>long enough to be<BR/>wrapped in its box<BR/>"#), "names are wrapped:\n\(text)")
        XCTAssertTrue(text.contains(##"fillcolor="#a6d8f0", penwidth=2.6"##), "the card's entity, the schema's first kind, is the focus:\n\(text)")
    }

    func testTheLegendListsOnlyWhatIsDrawn() throws {
        let trials = try picture("trials")
        XCTAssertTrue(trials.contains(">trial   </TD>"), trials)
        for absent in [">drug", ">effect", ">note", "stated", "hedged", "denied"] {
            XCTAssertFalse(trials.contains(absent), "\(absent) is not in a picture of two trials:\n\(trials)")
        }
        XCTAssertEqual(arrows(trials), [], "no relation joins the two trials, and the other ends are not drawn")
        let all = try picture("neighbors zorvamab")
        for present in [">drug   </TD>", ">trial   </TD>", ">effect   </TD>", "stated", "hedged [may]", "denied [not]"] {
            XCTAssertTrue(all.contains(present), "\(present) in:\n\(all)")
        }
    }

    func testAnEntityListDrawsTheRelationsAmongItsEntities() throws {
        let arrows = arrows(try picture("entities where kind=drug or kind=trial"))
        XCTAssertEqual(arrows.count, 2, "kestrel and osprey to zorvamab; the effect is not listed:\n\(arrows)")
        XCTAssertTrue(arrows.allSatisfy { $0.contains(#"-> "zorvamab""#) })
    }

    func testAPathWalkedAgainstARelationPointsBackAtItsObject() throws {
        let arrows = arrows(try picture("path kestrel to shorter-fever"))
        XCTAssertEqual(arrows, [
            #"  "kestrel" -> "zorvamab" [label="tests"]"#,
            #"  "zorvamab" -> "shorter-fever" [label="effect_of [may]", style=dashed, dir=back]"#,
        ])
    }

    func testWhatIsNotAGraphIsRefusedWithTheFormatsThatApply() throws {
        for (statement, what) in [("count drugs", "a count"), ("why zorvamab", "quotes"), ("select id from trials", "a table of trials"),
                                  ("statements", "a table of statements"), ("kinds", "a table of kinds")] {
            for format in [OutputFormat.dot, .svg] {
                let (session, sink) = try PicturePack.session(format: format)
                XCTAssertFalse(session.execute(statement, file: "s.kx", line: 4), statement)
                XCTAssertEqual(sink.output, "", statement)
                XCTAssertTrue(sink.errors.hasPrefix("s.kx:4:1: error: \(format.rawValue) draws graphs (neighbors, path, show and entity lists), not \(what)\n"),
                              sink.errors)
                XCTAssertTrue(sink.errors.contains("= use another format for it: table, plain, json, csv or markdown (.format NAME, or --format NAME)"), sink.errors)
            }
        }
        let (session, sink) = try PicturePack.session(format: .table)
        XCTAssertTrue(session.execute(".format dot"))
        XCTAssertFalse(session.execute("count drugs"))
        XCTAssertTrue(sink.errors.contains(" | count drugs\n   | ^~~~~\n"), "the caret is under the statement's first word:\n\(sink.errors)")
    }

    func testAnEmptyListIsAPictureThatSaysWhy() throws {
        let (session, sink) = try PicturePack.session()
        XCTAssertTrue(session.execute("drugs where name ~ nothing"))
        XCTAssertTrue(sink.output.contains(">0 drugs: 1 drug before the filter, but none meets the condition</FONT>"), sink.output)
        XCTAssertEqual(sink.errors, "note: 0 drugs: 1 drug before the filter, but none meets the condition\n", "as in the other formats without a footer")
    }

    func testSVGWithoutGraphvizSaysHowToInstallIt() throws {
        let (session, sink) = try PicturePack.session(format: .svg)
        session.graphviz = Graphviz(program: nil)
        XCTAssertFalse(session.execute("show zorvamab", file: "s.kx", line: 2))
        XCTAssertEqual(sink.output, "")
        XCTAssertTrue(sink.errors.hasPrefix("s.kx:2:1: error: svg needs Graphviz's dot program, which is not on PATH\n"), sink.errors)
        XCTAssertTrue(sink.errors.contains("apt-get install graphviz"), sink.errors)
    }

    func testTenThousandNeighborsAreDrawn() throws {
        let count = 10_000
        var facts = "document: {id: hub-doc, source: source.txt, citation: A hub.}\nentities:\n  - {id: hub, kind: drug, name: hub, quote: hub}\n"
        for index in 0..<count { facts += "  - {id: t\(index), kind: trial, name: trial \(index), quote: trial}\n" }
        facts += "relations:\n"
        for index in 0..<count { facts += "  - {subject: t\(index), type: tests, object: hub, quote: tests}\n" }
        let knowledge = KnowledgeFiles(root: "hub", files: ["schema.yaml": Array(PicturePack.schema.utf8), "hub/facts.yaml": Array(facts.utf8),
                                                            "hub/source.txt": Array("Title: A hub\n\nEach trial tests the hub.\n".utf8)])
        var settings = Settings()
        settings.format = .dot
        let sink = BufferSink()
        let session = try Session(knowledge: [knowledge], settings: settings, sink: sink)
        XCTAssertTrue(session.execute("neighbors hub"), sink.errors)
        let lines = sink.output.split(separator: "\n")
        XCTAssertEqual(lines.filter { $0.contains("[label=<") }.count, count + 1)
        XCTAssertEqual(lines.filter { $0.contains(#" -> "hub""#) }.count, count)
    }
}
