import Explorer
import Foundation
import KnowledgeGraph
import Rendering
import XCTest

/// Handouts of lessons (`kx lesson render`) on the FICTIONAL teaching fixture: the Markdown handout
/// and answer key against golden files, the HTML page well formed and self-contained with its
/// picture inline, hostile lesson text escaped in both formats, and what the loader checks of a picture.
/// Set `KX_UPDATE_GOLDENS=1` to rewrite the golden files instead (then read every change).
final class HandoutTests: XCTestCase {
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    private func assertGolden(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.goldens.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["KX_UPDATE_GOLDENS"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(text, expected, "differs from Goldens/\(name); KX_UPDATE_GOLDENS=1 rewrites it", file: file, line: line)
    }

    func testTheMarkdownHandoutMatchesItsGolden() throws {
        try assertGolden(try TeachingPack.handout("handout").markdown, "handout.md")
    }

    func testTheMarkdownAnswerKeyMatchesItsGolden() throws {
        try assertGolden(try TeachingPack.handout("handout").answerKeyMarkdown, "handout-answers.md")
    }

    func testTheHandoutKeepsEveryAnswerAndExplanationOutAndTheKeyHasThemAll() throws {
        let handout = try TeachingPack.handout("handout")
        let secrets = ["continue-after-relapse -> relevant_to", "Answer:", "count zorvamab <- uses", "zorvex (brand)", "why feverlog covers feverlog-patients",
                       "Two populations, named", "throughout their illness\".", "\"no zorvamab\" is denied", "The title says"]
        for format in [handout.markdown, handout.html(graphviz: Graphviz(program: nil))] {
            for secret in secrets { XCTAssertFalse(format.contains(secret), "the handout gives away '\(secret)'") }
        }
        for secret in secrets where secret != "Answer:" {
            XCTAssertTrue(handout.answerKeyMarkdown.contains(MarkdownText.escaped(secret, startsLine: false)), "the key lacks '\(secret)'")
        }
        XCTAssertTrue(handout.answerKeyHTML.contains(HTMLText.escaped("“Zorvex”; also accepted: “zorvex (brand)”")))
    }

    func testTheHTMLHandoutIsWellFormedSelfContainedAndDrawsItsPicture() throws {
        let graphviz = Graphviz.onPath()
        try XCTSkipIf(graphviz.program == nil && ProcessInfo.processInfo.environment["CI"] == nil, "Graphviz's dot is not installed")
        let handout = try TeachingPack.handout("handout")
        for (name, html) in [("handout", handout.html(graphviz: graphviz)), ("answer key", handout.answerKeyHTML)] {
            let page = StrictHTML(html)
            XCTAssertNil(page.problem, "\(name): \(page.problem ?? "")")
            XCTAssertEqual(page.externalReferences, [], name)
            XCTAssertTrue(html.hasPrefix("<!doctype html>\n<html lang=\"en\">"), name)
            XCTAssertTrue(html.contains("<meta charset=\"utf-8\">") && html.contains("@media print") && html.contains("<main>"), name)
            for forbidden in ["script", "link", "iframe", "object", "embed", "img", "a"] where forbidden != "a" || name != "handout" {
                XCTAssertFalse(page.elements.contains { $0.name == forbidden }, "\(name) has <\(forbidden)>")
            }
            // Headings go down one level at a time.
            let levels = page.headingLevels
            XCTAssertEqual(levels.first, 1, name)
            for (before, after) in zip(levels, levels.dropFirst()) { XCTAssertLessThanOrEqual(after, before + 1, "\(name): h\(before) then h\(after)") }
        }
        let html = handout.html(graphviz: graphviz)
        XCTAssertTrue(html.contains("<title>Zorvamab after relapse, from one fictional abstract — handout</title>"))
        XCTAssertEqual(StrictHTML(html).elements.filter { $0.name == "svg" }.count, 1)
        XCTAssertTrue(html.contains("<svg width=") && html.contains("role=\"img\" aria-label=\"A picture of the result of neighbors feverlog\""))
        XCTAssertTrue(html.contains(">FeverLog</text>"), "the picture names the registry")
        XCTAssertTrue(html.contains("<th scope=\"col\">id</th>") && html.contains("<caption>(2 questions)</caption>"))
        XCTAssertTrue(html.contains("<ol class=\"choices\" type=\"A\">\n<li>randomized</li>"))
        XCTAssertTrue(html.contains("<dt>sentence 7</dt><dd>With no randomized trial results to go on"))
    }

    func testWithoutDotTheHTMLHandoutSaysSoAndShowsTheTable() throws {
        let html = try TeachingPack.handout("handout").html(graphviz: Graphviz(program: nil))
        XCTAssertNil(StrictHTML(html).problem)
        XCTAssertFalse(html.contains("<svg"))
        XCTAssertTrue(html.contains("The picture could not be drawn: svg needs Graphviz&#39;s dot program, which is not on PATH"))
        XCTAssertTrue(html.contains("<td>feverlog-patients</td>"), "the neighbors are shown as a table instead")
    }

    static let hostile = """
        title: "Evil <script>alert(1)</script> \\u202Etitle\\x07 & co"
        audience: "<b>everyone</b>"
        duration: "5 minutes\\e[31m"
        steps:
          - title: "# Not a heading <img src=x onerror=alert(1)>"
            narrative: |
              </p><script>alert(2)</script> a paragraph with `<code>` and &amp; and \\u202E.

              - an item ```fence
            demonstration: questions
            exercise:
              question: "```\\n# heading?\\n<iframe src=http://evil.example>\\u202Ereversed\\x01"
              choices: ["<img src=x onerror=alert(3)>", "> quoted \\u202E", "*bold* [link](javascript:alert(4))"]
              answer: A
              hints: ["<script>alert(5)</script>"]
              explanation: "<script>alert(6)</script>"

        """

    func testHostileLessonTextIsEscapedInBothFormats() throws {
        let handout = try TeachingPack.handout("hostile", adding: ["hostile.yaml": Self.hostile])
        let html = handout.html(graphviz: Graphviz(program: nil)), key = handout.answerKeyHTML
        for (name, page) in [("handout", html), ("answer key", key)] {
            let strict = StrictHTML(page)
            XCTAssertNil(strict.problem, "\(name): \(strict.problem ?? "")")
            XCTAssertEqual(strict.externalReferences, [], name)
            XCTAssertFalse(strict.elements.contains { ["script", "img", "iframe", "b"].contains($0.name) }, "\(name) has markup from the lesson")
            XCTAssertFalse(page.unicodeScalars.contains { TerminalText.isControlOrOverride($0) && $0 != "\n" }, "\(name) has a raw control character")
            XCTAssertTrue(page.contains("Evil &lt;script&gt;alert(1)&lt;/script&gt; \\u{202E}title\\u{07} &amp; co"), name)
        }
        XCTAssertTrue(html.contains("<li>&lt;img src=x onerror=alert(3)&gt;</li>"))
        XCTAssertTrue(html.contains("&lt;/p&gt;&lt;script&gt;alert(2)&lt;/script&gt; a paragraph with <code>&lt;code&gt;</code> and &amp;amp; and \\u202E.</p>"))
        XCTAssertTrue(html.contains("<p>``` # heading? &lt;iframe src=http://evil.example&gt;\\u{202E}reversed\\u{01}</p>"), "a question's lines are joined")
        XCTAssertTrue(html.contains("<li>*bold* [link](javascript:alert(4))</li>"), "the lesson's Markdown is text in HTML")

        for (name, markdown) in [("handout", handout.markdown), ("answer key", handout.answerKeyMarkdown)] {
            XCTAssertFalse(markdown.unicodeScalars.contains { TerminalText.isControlOrOverride($0) && $0 != "\n" }, "\(name) has a raw control character")
            for tag in ["<script", "<img", "<iframe", "<b>", "</p>"] { XCTAssertFalse(markdown.contains(tag), "\(name) has \(tag)") }
            // No line from the lesson starts a heading, a fence, a quote or a list of its own.
            let lines = markdown.split(separator: "\n").map(String.init)
            XCTAssertFalse(lines.contains { $0.hasPrefix("# ") && !$0.hasPrefix("# Evil") && !$0.hasPrefix("# Answer key") }, name)
            XCTAssertFalse(lines.contains { $0.hasPrefix("```") && !["```kx", "```", "```text"].contains($0) }, name)
            XCTAssertFalse(lines.contains { $0.hasPrefix(">") }, name)
        }
        XCTAssertTrue(handout.markdown.contains("# Evil &lt;script>alert(1)&lt;/script> \\u{202E}title\\u{07} & co\n"))
        XCTAssertTrue(handout.markdown.contains("## Step 1 · # Not a heading &lt;img src=x onerror=alert(1)>\n"))
        XCTAssertTrue(handout.markdown.contains("B) > quoted \\u{202E}\n"))
        XCTAssertTrue(handout.markdown.contains("C) *bold* [link]\\(javascript:alert(4))\n"), "no link from the lesson")
    }

    func testAPictureIsAskedOnlyOfAGraphAndItsKeysAreChecked() throws {
        let lesson = """
            title: Pictures
            audience: testers
            duration: 1 minute
            steps:
              - title: One
                narrative: Drawn.
                demonstration:
                  - {query: count trials, picture: true}
                  - {query: neighbors feverlog, pictur: true}
                  - {query: show feverlog, picture: maybe}
              - title: Two
                narrative: Drawn too.
                demonstration: [{query: show feverlog, picture: true}, {query: path feverlog to zorvamab, picture: yes}, questions]

            """
        let (_, _, catalog) = try TeachingPack.load(adding: ["pictures.yaml": lesson])
        let problems = catalog.diagnostics.map { $0.rendered() }.joined(separator: "\n")
        XCTAssertTrue(problems.contains(":8:17: error: this demonstration asks for a picture, but its result is not a graph"), problems)
        XCTAssertTrue(problems.contains(":9:37: error: unknown key 'pictur' in a demonstration"), problems)
        XCTAssertTrue(problems.contains("did you mean 'picture'?"), problems)
        XCTAssertEqual(catalog.problems.count, 1, "only the pictures lesson has problems")
        let fine = try TeachingPack.load(adding: ["pictures.yaml": lesson.replacingOccurrences(of: "count trials, picture: true", with: "trials, picture: true")
            .replacingOccurrences(of: "pictur:", with: "picture:").replacingOccurrences(of: "maybe", with: "no")]).catalog
        XCTAssertEqual(fine.diagnostics.map { $0.rendered() }, [])
        let steps = try XCTUnwrap(fine.lesson(named: "pictures")).steps
        XCTAssertEqual(steps.map { $0.demonstrations.map(\.picture) }, [[true, true, false], [true, true, false]])
    }
}
