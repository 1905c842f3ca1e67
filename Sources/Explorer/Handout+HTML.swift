import KnowledgeGraph
import KnowledgeQuery
import Rendering

extension Handout {
    /// The handout as one self-contained HTML page that prints well: the same parts as `markdown`,
    /// tables as `<table>` with column headers, other results in `<pre>`, and each picture the lesson
    /// asks for drawn by `graphviz` as SVG inside the page (or, when it cannot be drawn, the reason
    /// and the result as a table). The page loads nothing: no script, style sheet, font or image from
    /// elsewhere. Every string from the lesson or the knowledge is escaped with `HTMLText`.
    public func html(graphviz: Graphviz, cancellation: Cancellation? = nil) -> String {
        var body = ["<h1>\(HTMLText.escaped(lesson.title))</h1>", "<p class=\"facts\">\(HTMLText.escaped(lesson.facts))</p>"]
        let numbers = Dictionary(uniqueKeysWithValues: exercises.map { ($0.step, $0.number) })
        let hinted = exercises.filter { !$0.exercise.hints.isEmpty }
        var contents = lesson.steps.indices.map { "<li><a href=\"#step-\($0 + 1)\">\(HTMLText.escaped(lesson.steps[$0].title))</a></li>" }
        if !hinted.isEmpty { contents.append("<li><a href=\"#hints\">Hints</a></li>") }
        if !sources.isEmpty { contents.append("<li><a href=\"#sources\">The sources’ sentences</a></li>") }
        body.append("<nav aria-label=\"Steps\">\n<h2 class=\"contents\">Steps</h2>\n<ol>\n\(contents.joined(separator: "\n"))\n</ol>\n</nav>")
        for (index, step) in lesson.steps.enumerated() {
            var section = ["<section class=\"step\" id=\"step-\(index + 1)\" aria-labelledby=\"step-\(index + 1)-title\">",
                           "<h2 id=\"step-\(index + 1)-title\">\(HTMLText.escaped(heading(ofStep: index)))</h2>", Self.html(Narration(step.narrative))]
            if steps.indices.contains(index) {
                section += steps[index].demonstrations.map { Self.html($0, graphviz: graphviz, cancellation: cancellation) }
            }
            if let exercise = step.exercise, let number = numbers[index] {
                section.append("<section class=\"exercise\" aria-labelledby=\"exercise-\(number)\">")
                section.append("<h3 id=\"exercise-\(number)\">Exercise \(number)</h3>")
                section.append(Self.html(Narration(exercise.question)))
                if case .choice(let choices, _) = exercise.answer {
                    section.append("<ol class=\"choices\" type=\"A\">\n"
                                   + choices.map { "<li>\(Self.inline($0))</li>" }.joined(separator: "\n") + "\n</ol>")
                }
                section.append("<p class=\"expected\">\(HTMLText.escaped(exercise.answer.expected))</p>")
                section.append("<div class=\"space\" aria-hidden=\"true\"></div>")
                section.append("</section>")
            }
            section.append("</section>")
            body.append(section.joined(separator: "\n"))
        }
        if !hinted.isEmpty {
            var section = ["<section id=\"hints\" aria-labelledby=\"hints-title\">", "<h2 id=\"hints-title\">Hints</h2>"]
            for (number, step, exercise) in hinted {
                section.append("<h3>Exercise \(number) · \(HTMLText.escaped(heading(ofStep: step)))</h3>")
                section.append("<ol>\n" + exercise.hints.map { "<li>\(Self.inline($0))</li>" }.joined(separator: "\n") + "\n</ol>")
            }
            body.append((section + ["</section>"]).joined(separator: "\n"))
        }
        if !sources.isEmpty {
            var section = ["<section id=\"sources\" aria-labelledby=\"sources-title\">", "<h2 id=\"sources-title\">The sources’ sentences</h2>"]
            for source in sources {
                section.append("<h3>\(HTMLText.escaped(source.document))</h3>")
                section.append("<dl class=\"sentences\">\n" + source.sentences.map {
                    "<dt>\(HTMLText.escaped($0.citation))</dt><dd>\(HTMLText.escaped(Self.unlabelled($0)))</dd>"
                }.joined(separator: "\n") + "\n</dl>")
            }
            body.append((section + ["</section>"]).joined(separator: "\n"))
        }
        return Self.page(title: lesson.title + " — handout", body: body)
    }

    /// The answer key as one self-contained HTML page: the same parts as `answerKeyMarkdown`.
    public var answerKeyHTML: String {
        var body = ["<h1>Answer key: \(HTMLText.escaped(lesson.title))</h1>", "<p class=\"facts\">\(HTMLText.escaped(lesson.facts))</p>"]
        for (number, index, exercise) in exercises {
            var section = ["<section class=\"answer\" aria-labelledby=\"exercise-\(number)\">",
                           "<h2 id=\"exercise-\(number)\">Exercise \(number) · \(HTMLText.escaped(heading(ofStep: index)))</h2>",
                           Self.html(Narration(exercise.question))]
            let shown = steps.indices.contains(index) ? steps[index].answer.map { Self.html($0, graphviz: nil, cancellation: nil) } : nil
            switch exercise.answer {
            case .query(_, let requires):
                let parts = requires.map { "<code>\(HTMLText.escaped($0.rawValue))</code>" }
                section.append("<p><strong>Answer:</strong> the query" + (parts.isEmpty ? "" : " (it must use \(LessonAnswer.listed(parts)))") + "</p>")
                section += shown.map { [$0] } ?? []
            case .choice(let choices, let correct):
                let choice = choices.indices.contains(correct) ? Self.inline(choices[correct]) : ""
                section.append("<p><strong>Answer:</strong> \(LessonLoader.letter(correct))) \(choice)</p>")
            case .number(let value, _):
                section.append("<p><strong>Answer:</strong> \(ExerciseReply.written(value))\(shown == nil ? "" : ", counted by:")</p>")
                section += shown.map { [$0] } ?? []
            case .text(let accepted):
                let forms = accepted.map { "“\(HTMLText.escaped($0))”" }
                section.append("<p><strong>Answer:</strong> \(forms.first ?? "")"
                               + (forms.count > 1 ? "; also accepted: \(forms.dropFirst().joined(separator: ", "))" : "") + "</p>")
                section.append("<p class=\"note\">Answers are compared ignoring case, spacing and punctuation.</p>")
            case .evidence(_, let support):
                section.append("<p><strong>Answer:</strong> \(support.count == 1 ? "the sentence" : "any of the sentences") the fact’s quotes are in:</p>")
                section.append("<ul>\n" + support.map { sentence in
                    "<li><strong>\(HTMLText.escaped(sentence.citation))</strong> (\(HTMLText.escaped(sentence.document)))"
                        + (sentence.text.isEmpty ? "" : ": “\(HTMLText.escaped(sentence.text))”") + "</li>"
                }.joined(separator: "\n") + "\n</ul>")
                if let shown { section += ["<p>The quotes, as <code>why</code> shows them:</p>", shown] }
            }
            section.append("<p><strong>Explanation:</strong></p>")
            section.append(Self.html(Narration(exercise.explanation)))
            section.append("</section>")
            body.append(section.joined(separator: "\n"))
        }
        return Self.page(title: "Answer key: " + lesson.title, body: body)
    }

    /// A demonstration: its query, then its picture, table or text, and its notes.
    static func html(_ run: Run, graphviz: Graphviz?, cancellation: Cancellation?) -> String {
        var parts = ["<div class=\"demonstration\">", "<p class=\"query\"><span class=\"prompt\" aria-hidden=\"true\">kx&gt; </span><code>\(HTMLText.escaped(run.query.text))</code></p>"]
        guard let result = run.result else {
            parts.append("<pre class=\"error\">\(HTMLText.escaped(TranscriptRecorder.withoutEscapes(run.error ?? ""), keepNewlines: true))</pre>")
            return parts.joined(separator: "\n") + "\n</div>"
        }
        var drawn = false
        if let dot = run.dot, let graphviz {
            do {
                let svg = try graphviz.svg(fromDOT: dot, cancellation: cancellation)
                let label = "A picture of the result of \(run.query.text)"
                parts.append("<figure class=\"picture\">\n\(InlineSVG.sanitized(svg, label: label))\n"
                             + "<figcaption>The result of <code>\(HTMLText.escaped(run.query.text))</code>, drawn.</figcaption>\n</figure>")
                drawn = true
            } catch let error as GraphvizError {
                parts.append("<p class=\"note\">The picture could not be drawn: \(HTMLText.escaped(error.message))"
                             + error.notes.map { "; \(HTMLText.escaped($0))" }.joined() + ". The result is shown as a table instead.</p>")
            } catch {
                parts.append("<p class=\"note\">The picture could not be drawn: \(HTMLText.escaped("\(error)")). The result is shown as a table instead.</p>")
            }
        }
        if !drawn { parts.append(html(result)) }
        parts += run.notes.map { "<p class=\"note\">note: \(HTMLText.escaped($0))</p>" }
        return parts.joined(separator: "\n") + "\n</div>"
    }

    /// A result: a table as `<table>`, a count as a sentence, anything else (a card, quotes) as the
    /// terminal's plain layout in `<pre>`.
    static func html(_ result: QueryResult) -> String {
        let renderer = ResultRenderer(format: .table, width: 80, style: .plain)
        if case .count = result { return "<p class=\"result\">\(HTMLText.escaped(renderer.render(result).trimmed(.newlines)))</p>" }
        guard let table = renderer.table(of: result) else {
            return "<pre class=\"result\">\(HTMLText.escaped(renderer.render(result).trimmed(.newlines), keepNewlines: true))</pre>"
        }
        guard !table.rows.isEmpty else { return "<p class=\"result\">\(HTMLText.escaped(table.footer ?? ""))</p>" }
        let numbers = table.columns.map { $0.alignment == .right }
        let header = table.columns.indices.map { "<th scope=\"col\"\(numbers[$0] ? " class=\"number\"" : "")>\(HTMLText.escaped(table.columns[$0].name))</th>" }
        let rows = table.rows.map { row in
            "<tr>" + table.columns.indices.map { column in
                let cell = column < row.count ? row[column].plainText : ""
                return "<td\(numbers[column] ? " class=\"number\"" : "")>\(HTMLText.escaped(cell))</td>"
            }.joined() + "</tr>"
        }
        return "<table>\n<caption>\(HTMLText.escaped(table.footer ?? ""))</caption>\n<thead><tr>\(header.joined())</tr></thead>\n<tbody>\n"
            + rows.joined(separator: "\n") + "\n</tbody>\n</table>"
    }

    /// Narration as paragraphs and lists.
    static func html(_ narration: Narration) -> String {
        var lines: [String] = []
        var inList = false
        for block in narration.blocks {
            switch block {
            case .paragraph(let text):
                if inList { lines.append("</ul>") }
                inList = false
                lines.append("<p>\(inline(text))</p>")
            case .item(let text):
                if !inList { lines.append("<ul>") }
                inList = true
                lines.append("<li>\(inline(text))</li>")
            }
        }
        if inList { lines.append("</ul>") }
        return lines.joined(separator: "\n")
    }

    /// Author's text with its `code spans` (as Markdown writes them) set as code; everything escaped.
    static func inline(_ text: String) -> String {
        let characters = Array(text)
        var output = "", plain = ""
        var index = 0
        while index < characters.count {
            guard characters[index] == "`" else {
                plain.append(characters[index])
                index += 1
                continue
            }
            var run = index
            while run < characters.count, characters[run] == "`" { run += 1 }
            let length = run - index
            // The span closes at the next run of exactly as many backticks.
            var close: Int?, at = run
            while at < characters.count, close == nil {
                guard characters[at] == "`" else {
                    at += 1
                    continue
                }
                var end = at
                while end < characters.count, characters[end] == "`" { end += 1 }
                if end - at == length { close = at }
                at = end
            }
            guard let close else {
                plain += String(characters[index..<run])
                index = run
                continue
            }
            output += HTMLText.escaped(plain) + "<code>\(HTMLText.escaped(String(characters[run..<close]).trimmed()))</code>"
            plain = ""
            index = close + length
        }
        return output + HTMLText.escaped(plain)
    }

    /// A whole page: `body`'s parts inside `<main>`, with the style sheet.
    static func page(title: String, body: [String]) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escaped(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        <main>
        \(body.joined(separator: "\n"))
        </main>
        </body>
        </html>

        """
    }

    /// The page's style: dark text on white, readable on screen and on paper.
    static let style = """
        :root { color-scheme: light; }
        body { margin: 0; background: #fff; color: #111; font: 16px/1.5 "DejaVu Serif", Georgia, serif; }
        main { max-width: 50rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
        h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .3rem; }
        h2 { font-size: 1.35rem; line-height: 1.25; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid #888; }
        h3 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
        nav h2.contents { font-size: 1rem; margin: 1.2rem 0 .2rem; border: none; }
        nav ol { margin: 0; }
        a { color: #0b3d91; }
        .facts { margin-top: 0; color: #333; font-style: italic; }
        code, pre, .prompt { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85em; }
        pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: .4rem 0; padding: .5rem .75rem; border: 1px solid #bbb; border-left: 4px solid #777; background: #f7f7f7; }
        pre.error { border-left-color: #b00020; }
        .demonstration { margin: 1.2rem 0; }
        .query { margin: 0 0 .3rem; font-weight: bold; }
        .prompt { color: #555; font-weight: normal; }
        table { width: 100%; border-collapse: collapse; margin: .4rem 0; font-size: .85rem; }
        th, td { padding: .25rem .45rem; border: 1px solid #999; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        th { background: #eee; }
        .number { text-align: right; }
        caption { caption-side: bottom; padding-top: .2rem; text-align: left; color: #333; font-size: .85rem; }
        .note { color: #333; font-size: .9rem; font-style: italic; }
        figure { margin: .6rem 0; }
        figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
        figcaption { color: #333; font-size: .85rem; text-align: center; }
        .exercise { margin: 1.5rem 0; padding: .1rem 1rem .8rem; border: 2px solid #333; }
        .exercise h3 { margin-top: .8rem; }
        .expected { font-style: italic; color: #333; }
        .space { height: 4.5rem; background: repeating-linear-gradient(#fff 0 1.45rem, #999 1.45rem 1.5rem); }
        dl.sentences dt { font-weight: bold; margin-top: .4rem; }
        dl.sentences dd { margin-left: 1.5rem; }
        @page { margin: 18mm 16mm; }
        @media print {
          body { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          nav { display: none; }
          a { color: inherit; text-decoration: none; }
          h2, h3, .query { break-after: avoid; }
          figure, tr, .exercise { break-inside: avoid; }
          pre, th { background: none; }
        }
        """
}
