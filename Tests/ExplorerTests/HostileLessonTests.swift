import Explorer
import Foundation
import Rendering
import XCTest

/// A lesson whose every text holds terminal escapes (ESC sequences, BEL), bidirectional overrides
/// and isolates, and markup shows them as visible escapes on the terminal and in a transcript: no
/// raw control character reaches either, and no markup becomes HTML or a Markdown block.
final class HostileLessonTests: XCTestCase {
    /// Every text of the lesson is hostile; YAML's double-quoted escapes carry the raw characters.
    static let lesson = #"""
        title: "Title \e[31mred\a \u202Eevil\u2066 <script>alert(1)</script>"
        audience: "testers \e[5m"
        duration: "5 minutes \a"
        steps:
          - title: "Step \e]0;pwned\a \u202Etitle\u2066 <b>b</b>"
            narrative: "Narrative \e[2J \u202Eabc\u2066 <img src=x onerror=alert(1)>\n\n- item \a \e[1m\n- # item heading\n- ```fence"
            demonstration: count registries
            exercise:
              question: "Question \e[31m \u202Eq\u2066 <i>q</i>"
              choices: ["Choice \e[31m \u202Ea", "Other \a \u2066b <u>u</u>"]
              answer: A
              hints: ["Hint \e[1m \u202Eh\u2066 # heading"]
              explanation: "Explanation \e[0m \a \u202Ee\u2066 ```fence```"
          - title: "Text \u2066step"
            narrative: "Typed."
            exercise:
              question: "Name the registry \e[31m"
              accept: ["FeverLog \u202E"]
              explanation: "It is FeverLog \a."

        """#

    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    override func tearDown() {
        folder.remove()
    }

    /// The control characters and overrides in `text`, but line ends (and tabs, which plain output separates columns with).
    private func raw(_ text: String) -> [String] {
        text.unicodeScalars.filter { TerminalText.isControlOrOverride($0) && $0 != "\n" && $0 != "\t" }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    /// Runs `command` and checks that what it wrote has no raw control character and shows each of `escapes`.
    private func run(_ command: String, in session: Session, _ sink: BufferSink, shows escapes: [String], file: StaticString = #filePath, line: UInt = #line) {
        sink.reset()
        session.execute(command)
        let written = sink.transcript
        XCTAssertEqual(raw(written), [], "\(command) wrote raw control characters:\n\(written)", file: file, line: line)
        for escape in escapes {
            XCTAssertTrue(written.contains(escape), "\(command) does not show \(escape):\n\(written)", file: file, line: line)
        }
    }

    func testEveryTextOfAHostileLessonIsEscapedOnTheTerminalAndInTheTranscript() throws {
        let (session, sink) = try TeachingPack.session(["hostile.yaml": Self.lesson], format: .table, terminal: true)
        let transcript = (folder.path as NSString).appendingPathComponent("class.md")
        XCTAssertTrue(session.execute(".record \(transcript)"))
        run(".lessons", in: session, sink, shows: [#"Title \u{1B}[31mred\u{07} \u{202E}evil\u{2066} <script>alert(1)</script>"#])
        run(".lesson hostile", in: session, sink, shows: [
            #"Title \u{1B}[31mred\u{07} \u{202E}evil\u{2066} <script>alert(1)</script>"#,
            #"For testers \u{1B}[5m · 5 minutes \u{07}"#,
            #"Step 1 of 2 · Step \u{1B}]0;pwned\u{07} \u{202E}title\u{2066} <b>b</b>"#,
            #"Narrative \u{1B}[2J \u{202E}abc\u{2066} <img src=x onerror=alert(1)>"#,
            #"- item \u{07} \u{1B}[1m"#,
            #"Exercise: Question \u{1B}[31m \u{202E}q\u{2066} <i>q</i>"#,
            #"A) Choice \u{1B}[31m \u{202E}a"#,
            #"B) Other \u{07} \u{2066}b <u>u</u>"#,
        ])
        run(".where", in: session, sink, shows: [
            #"Title \u{1B}[31mred\u{07} \u{202E}evil\u{2066} <script>alert(1)</script> (hostile)"#,
            #"▸ 1. Step \u{1B}]0;pwned\u{07} \u{202E}title\u{2066} <b>b</b>  exercise"#,
            #"  2. Text \u{2066}step"#,
        ])
        run(".hint", in: session, sink, shows: [#"Hint 1 of 1: Hint \u{1B}[1m \u{202E}h\u{2066} # heading"#])
        run(".answer B", in: session, sink, shows: ["Not B."])
        run(".answer A", in: session, sink, shows: [#"Right. Explanation \u{1B}[0m \u{07} \u{202E}e\u{2066} ```fence```"#])
        run(".reveal", in: session, sink, shows: [#"Answer: A) Choice \u{1B}[31m \u{202E}a"#, #"Explanation \u{1B}[0m \u{07} \u{202E}e\u{2066} ```fence```"#])
        run(".next", in: session, sink, shows: [#"Step 2 of 2 · Text \u{2066}step"#, #"Exercise: Name the registry \u{1B}[31m"#])
        run(".answer Grey", in: session, sink, shows: ["Not the answer the exercise expects."])
        run(".reveal", in: session, sink, shows: [#"Answer: FeverLog \u{202E}"#, #"It is FeverLog \u{07}."#])
        run(".end", in: session, sink, shows: [#"Left the lesson 'Title \u{1B}[31mred\u{07} \u{202E}evil\u{2066}"#, #"<script>alert(1)</script>' at step 2 of 2"#])
        session.classroom.finish()

        let markdown = try XCTUnwrap(folder.read("class.md"))
        XCTAssertEqual(raw(markdown), [], markdown)
        for shown in [#"# Title \u{1B}[31mred\u{07} \u{202E}evil\u{2066} &lt;script>alert(1)&lt;/script>"#,
                      #"## Step 1 of 2 · Step \u{1B}]0;pwned\u{07} \u{202E}title\u{2066} &lt;b>b&lt;/b>"#,
                      #"Narrative \u{1B}[2J \u{202E}abc\u{2066} &lt;img src=x onerror=alert(1)>"#,
                      #"**Exercise:** Question \u{1B}[31m \u{202E}q\u{2066} &lt;i>q&lt;/i>"#,
                      #"B) Other \u{07} \u{2066}b &lt;u>u&lt;/u>"#,
                      #"> **Hint 1 of 1:** Hint \u{1B}[1m \u{202E}h\u{2066} # heading"#,
                      #"**Answer:** A) Choice \u{1B}[31m \u{202E}a"#,
                      #"**Answer:** FeverLog \u{202E}"#,
                      "\n- \\# item heading\n- \\```fence\n"] {
            XCTAssertTrue(markdown.contains(shown), "the transcript does not hold \(shown):\n\(markdown)")
        }
        // Outside the fences kx writes (where nothing is HTML), no markup from data is left as it was.
        var fenced = false
        for line in markdown.split(separator: "\n") {
            if ["```", "```kx", "```text"].contains(line) {
                fenced.toggle()
                continue
            }
            XCTAssertFalse(line.hasPrefix("```"), "data opened a fence: \(line)")
            XCTAssertFalse(!fenced && (line.contains("<script") || line.contains("<img") || line.contains("<b>")), "data became HTML: \(line)")
        }
        XCTAssertFalse(fenced, "a fence is left open")
    }

    /// The table format escapes on its own; the plain format at a terminal must too.
    func testTheLessonListIsEscapedInThePlainFormatAtATerminal() throws {
        let (session, sink) = try TeachingPack.session(["hostile.yaml": Self.lesson], format: .plain, terminal: true)
        run(".lessons", in: session, sink, shows: ["hostile\t\t" + #"Title \u{1B}[31mred\u{07} \u{202E}evil\u{2066} <script>alert(1)</script>"# + "\t2\t2\t" + #"5 minutes \u{07}"#])
    }

    /// A lesson with problems, named and written with raw overrides (which YAML allows unescaped),
    /// is reported with them escaped: by `.lessons`, and by `.lesson` with its name suggested.
    func testProblemsOfAHostileLessonAreEscaped() throws {
        let broken = "title: Broken \u{202E}title\naudience: x\nduration: 5 minutes\nsteps:\n  - title: One\n    narrative: Text.\n    demonstration: feverlog \u{202E}-> covers\n"
            + "  - title: Two\n    narr\u{2066}ative: Text.\n"
        let name = "evil\u{1B}[31m\u{202E}"
        let (session, sink) = try TeachingPack.session([name + ".yaml": broken, name + "good.yaml": Self.lesson], format: .table, terminal: true)
        run(".lessons", in: session, sink, shows: [#"unknown key 'narr\u{2066}ative' in a step"#, #"evil\u{1B}[31m\u{202E}.yaml"#, #"feverlog \u{202E}-> covers"#])
        run(".lesson evil", in: session, sink, shows: [#"no lesson named 'evil'"#])
        run(".lesson " + name, in: session, sink, shows: [#"lesson 'evil\u{1B}[31m\u{202E}' has errors, so it cannot be started"#])
        run(".lesson " + name + "good", in: session, sink, shows: [#"Title \u{1B}[31mred"#])
        XCTAssertEqual(session.promptPrefix?(), #"evil\u{1B}[31m\u{202E}good 1/2 "#)
        run(".where", in: session, sink, shows: [#"(evil\u{1B}[31m\u{202E}good)"#])
    }

    /// Played narration, a question and a statement are escaped too, on the terminal and in the transcript.
    func testAHostileScriptIsEscapedWhenPlayed() throws {
        let script = "# Narration \u{1B}[31m \u{202E}n\u{2066} <b>b</b>\n#pause\n# After \u{07}\n#? Question \u{1B}]0;x\u{07} \u{2066}q <i>i</i>\ncount registries # \u{1B}[2J\n# Closing \u{202E}c\n"
        let file = try folder.write("hostile.kx", script)
        let (session, sink) = try TeachingPack.session(format: .table, terminal: true)
        var keys = ["", "", ""][...]
        session.classroom.readLine = { _ in keys.popFirst() }
        let transcript = (folder.path as NSString).appendingPathComponent("class.md")
        XCTAssertTrue(session.execute(".record \(transcript)"))
        run(".step \(file)", in: session, sink, shows: [
            #"Narration \u{1B}[31m \u{202E}n\u{2066} <b>b</b>"#, #"After \u{07}"#,
            #"Question: Question \u{1B}]0;x\u{07} \u{2066}q <i>i</i>"#, #"» count registries # \u{1B}[2J"#, #"Closing \u{202E}c"#,
        ])
        session.classroom.finish()
        let markdown = try XCTUnwrap(folder.read("class.md"))
        XCTAssertEqual(raw(markdown), [], markdown)
        for shown in [#"Narration \u{1B}[31m \u{202E}n\u{2066} &lt;b>b&lt;/b>"#, #"**Question:** Question \u{1B}]0;x\u{07} \u{2066}q &lt;i>i&lt;/i>"#,
                      #"count registries # \u{1B}[2J"#, #"Closing \u{202E}c"#] {
            XCTAssertTrue(markdown.contains(shown), "the transcript does not hold \(shown):\n\(markdown)")
        }
    }
}
