import Explorer
import Foundation
import Rendering
import XCTest

/// `.record FILE` writes the session as Markdown, entry by entry.
final class TranscriptTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    override func tearDown() {
        folder.remove()
    }

    func testStatementsResultsErrorsAndNarrationAsMarkdown() throws {
        let (session, sink) = try LessonFixture.session(format: .table)
        let path = (folder.path as NSString).appendingPathComponent("class.md")
        for statement in [".record \(path)", "count trials", "trails", ".help formats", ".format plain", ".lesson tiny", "populations", ".hint",
                          "continue-after-progression -> relevant_to", ".next", ".reveal", ".record off", "count trials"] {
            session.execute(statement)
        }
        XCTAssertTrue(sink.errors.contains("recording to \(path)\n"), sink.errors)
        XCTAssertTrue(sink.errors.contains("stopped recording to \(path)\n"), sink.errors)
        XCTAssertEqual(folder.read("class.md"), """
            ```kx
            count trials
            ```

            | count |
            | ---: |
            | 2 |

            ```kx
            trails
            ```

            ```text
            <input>:1:1: error: no kind or entity named 'trails'
             1 | trails
               | ^~~~~~
               = did you mean 'trials'?
            ```

            ```kx
            .help formats
            ```

            ```text
            Formats (.format NAME, or --format NAME)
              table      boxes for reading (the default, piped too; cut to fit a terminal)
              plain      tab-separated, one row a line
              json       an array of objects; cards, paths and quotes are objects
                         (.links on, or --links: each entity of a list with its relations)
              csv        RFC 4180; ' before a leading = + - @ (--csv-raw: exact)
              markdown   a pipe table
              dot        a Graphviz picture of a graph: neighbors, path, show, an entity list
                         (kinds as colours, hedged arrows dashed, denied ones red); draw it
                         with: kx -c 'neighbors registher' --format dot | dot -Tpng -o n.png
              svg        the same picture drawn as SVG by Graphviz's dot program
                         (apt-get install graphviz)
            ```

            ```kx
            .format plain
            ```

            # A tiny lesson

            *For testers · 5 minutes · 2 steps, 2 exercises*

            ## Step 1 of 2 · Listing

            Kinds list their entities.

            - an item that is long enough to be wrapped when the lines are only forty columns wide

            ```kx
            questions where novelty=new
            ```

            | id | name | status | novelty |
            | --- | --- | --- | --- |
            | switch-or-continue | will switching to second generation HER2-targeted agents be more effective than continuation of trastuzumab | posed | new |

            **Exercise:** For whom does the continuation question matter?

            ```kx
            populations
            ```

            | id | name | condition | setting | size |
            | --- | --- | --- | --- | --- |
            | registry-patients | patients with HER-2 positive breast cancer followed by the registry | HER-2 positive breast cancer |  | a large number |
            | relapse-after-adjuvant | those who relapse after adjuvant trastuzumab-containing therapy |  | relapse after adjuvant trastuzumab-containing therapy |  |
            | women-with-metastatic-disease | women with HER-2-positive metastatic breast cancer | HER-2-positive metastatic breast cancer |  |  |

            > ✗ Close: the answer is there, but so are rows that do not belong: registry-patients.

            > **Hint 1 of 2:** Start at continue-after-progression.

            ```kx
            continue-after-progression -> relevant_to
            ```

            | id | name | condition | setting |
            | --- | --- | --- | --- |
            | relapse-after-adjuvant | those who relapse after adjuvant trastuzumab-containing therapy |  | relapse after adjuvant trastuzumab-containing therapy |
            | women-with-metastatic-disease | women with HER-2-positive metastatic breast cancer | HER-2-positive metastatic breast cancer |  |

            > ✓ Right. Two populations.

            ## Step 2 of 2 · Counting

            Count them.

            ```kx
            count trials
            ```

            | count |
            | ---: |
            | 2 |

            **Exercise:** How many trials are there?

            **Answer:**

            ```kx
            count trials
            ```

            | count |
            | ---: |
            | 2 |

            Two.


            """)
    }

    /// Each entry is on disk as soon as it is written, so a crash keeps everything recorded so far.
    func testEveryEntryIsOnDiskAtOnce() throws {
        let (session, _) = try LessonFixture.session()
        let path = (folder.path as NSString).appendingPathComponent("live.md")
        try session.classroom.startRecording(to: path)
        XCTAssertEqual(session.classroom.recordingPath, path)
        session.execute("count registries")
        XCTAssertEqual(folder.read("live.md"), "```kx\ncount registries\n```\n\n| count |\n| ---: |\n| 1 |\n\n")
        session.execute("trials where status=recruiting")
        XCTAssertEqual(folder.read("live.md")?.components(separatedBy: "\n\n").suffix(2).joined(separator: "\n\n"),
                       "*(0 trials: no trial has status=recruiting; values seen: attempted, planned)*\n\n")
        session.classroom.finish()
        XCTAssertNil(session.classroom.recordingPath)
    }

    func testColourAndFencesInsideOutputAreKeptOutOfTheMarkdown() throws {
        let (session, _) = try LessonFixture.session()
        session.settings.style = .ansi
        let path = (folder.path as NSString).appendingPathComponent("plain.md")
        XCTAssertTrue(session.execute(".record \(path)"))
        session.execute("show \"```\"")
        let text = try XCTUnwrap(folder.read("plain.md"))
        XCTAssertFalse(text.contains("\u{1B}"), text)
        XCTAssertTrue(text.hasPrefix("````kx\nshow \"```\"\n````\n\n````text\n<input>:1:6: error: no entity named '```'\n"), text)
    }

    func testRecordingProblemsAreReported() throws {
        let (session, sink) = try LessonFixture.session()
        XCTAssertTrue(session.execute(".record"))
        XCTAssertTrue(session.execute(".record off"))
        XCTAssertEqual(sink.errors, "not recording\nnot recording\n")
        sink.reset()
        XCTAssertFalse(session.execute(".record /no/such/folder/x.md"))
        XCTAssertEqual(sink.errors, """
            <input>:1:9: error: cannot write '/no/such/folder/x.md': there is no folder '/no/such/folder'
             1 | .record /no/such/folder/x.md
               |         ^~~~~~~~~~~~~~~~~~~~
            
            """)
    }
}
