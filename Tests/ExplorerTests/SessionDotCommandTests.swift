import Explorer
import Foundation
import Rendering
import XCTest

/// Dot-commands run through a session writing to a `BufferSink`.
final class SessionDotCommandTests: XCTestCase {
    func testHelpListsEveryCommandAndEachTopicHasText() throws {
        let (session, sink) = try Seed.session()
        XCTAssertTrue(session.execute(".help"))
        for command in DotCommand.all {
            XCTAssertTrue(sink.output.contains("  \(command.usage) "), "\(command.name) is missing from .help")
        }
        XCTAssertEqual(sink.errors, "")
        for (topic, heading) in [("queries", "Queries\n"), ("commands", "Commands\n"), ("formats", "Formats"), ("scripts", "Scripts"),
                                 ("lessons", "Lessons\n"), ("FORMAT", "Formats"), (".format", "Formats")] {
            sink.reset()
            XCTAssertTrue(session.execute(".help \(topic)"), topic)
            XCTAssertTrue(sink.output.hasPrefix(heading), "\(topic): \(sink.output)")
        }
    }

    func testSchemaAloneIsTheSchemaQueryAndYAMLItsFile() throws {
        let (session, sink) = try Seed.session()
        XCTAssertTrue(session.execute("schema"))
        let query = sink.output
        sink.reset()
        XCTAssertTrue(session.execute(".schema"))
        XCTAssertEqual(sink.output, query)
        sink.reset()
        XCTAssertTrue(session.execute(".schema yaml"))
        XCTAssertTrue(sink.output.hasPrefix("kinds:\n"), sink.output)
        sink.reset()
        XCTAssertFalse(session.execute(".schema yml"))
        XCTAssertTrue(sink.errors.contains("did you mean 'yaml'?"), sink.errors)
    }

    func testUnknownHelpTopicSuggestsOne() throws {
        let (session, sink) = try Seed.session()
        XCTAssertFalse(session.execute(".help fromats"))
        XCTAssertEqual(sink.errors, """
            <input>:1:7: error: no help topic 'fromats'
             1 | .help fromats
               |       ^~~~~~~
               = did you mean 'formats'?
               = topics: queries, commands, formats, scripts, lessons

            """)
    }

    func testFormatChangesTheSettingAndABadValueSuggestsOne() throws {
        let (session, sink) = try Seed.session()
        XCTAssertTrue(session.execute(".format json"))
        XCTAssertEqual(session.settings.format, .json)
        XCTAssertTrue(session.execute(".mode CSV"))
        XCTAssertEqual(session.settings.format, .csv)
        XCTAssertFalse(session.execute(".format jsn", file: "a.kx", line: 3))
        XCTAssertEqual(session.settings.format, .csv, "a bad .format leaves the format alone")
        XCTAssertEqual(sink.errors, """
            a.kx:3:9: error: expected table, plain, json, csv, markdown, dot or svg, not 'jsn'
             3 | .format jsn
               |         ^~~
               = did you mean 'json'?

            """)
        XCTAssertEqual(sink.output, "")
    }

    func testArgumentCountsAreChecked() throws {
        let (session, sink) = try Seed.session()
        XCTAssertFalse(session.execute(".once"))
        XCTAssertFalse(session.execute(".timer on off"))
        XCTAssertEqual(sink.errors, """
            <input>:1:1: error: missing argument
             1 | .once
               | ^~~~~
               = usage: .once FILE
            <input>:1:11: error: too many arguments
             1 | .timer on off
               |           ^~~
               = usage: .timer on|off

            """)
        XCTAssertEqual(session.failures, 2)
    }

    func testTimerReportsEachStatementsTimeOnTheErrorStream() throws {
        let (session, sink) = try Seed.session()
        XCTAssertTrue(session.execute(".timer on"))
        XCTAssertTrue(session.settings.timer)
        sink.reset()
        XCTAssertTrue(session.execute("count trials"))
        XCTAssertEqual(sink.output, "2 trials\n")
        XCTAssertNotNil(sink.errors.range(of: #"^Run Time: \d+\.\d{6} s\n$"#, options: .regularExpression), sink.errors)
        XCTAssertTrue(session.execute(".timer OFF"))
        XCTAssertFalse(session.settings.timer)
        sink.reset()
        session.execute("count trials")
        XCTAssertEqual(sink.errors, "")
        XCTAssertFalse(session.execute(".timer maybe"))
        XCTAssertTrue(sink.errors.contains("error: expected on or off, not 'maybe'"), sink.errors)
    }

    func testEchoPrintsEachStatementBeforeItsResult() throws {
        let (session, sink) = try Seed.session()
        XCTAssertTrue(session.execute(".echo on"))
        session.execute("count trials")
        session.execute("count registries")
        session.execute(".echo off")
        session.execute("count trials")
        XCTAssertEqual(sink.output, "count trials\n2 trials\ncount registries\n1 registry\n.echo off\n2 trials\n")
    }

    func testOutputSendsResultsToAFileWrittenOnlyWhenClosed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (session, sink) = try Seed.session(format: .plain)
        let target = (folder.path as NSString).appendingPathComponent("out.tsv")
        XCTAssertTrue(session.execute(".output \(target)"))
        XCTAssertTrue(session.execute("count trials"))
        XCTAssertTrue(session.execute("select id from trials"))
        let temporary = folder.names()
        XCTAssertEqual(temporary.count, 1)
        XCTAssertTrue(temporary.first?.hasPrefix(".out.tsv.") == true, "results go to a temporary file until .output ends")
        XCTAssertNotEqual(temporary.first, ".out.tsv.\(getpid()).tmp", "its name is not predictable")
        XCTAssertNil(folder.read("out.tsv"))
        XCTAssertTrue(session.execute(".output"))
        XCTAssertEqual(folder.names(), ["out.tsv"])
        XCTAssertEqual(folder.read("out.tsv"), "2\nid\nno-trastuzumab-control-trials\nplanned-trials\n")
        XCTAssertEqual(sink.output, "")
        XCTAssertEqual(sink.errors, "")
        session.execute("count trials")
        XCTAssertEqual(sink.output, "2\n", "after .output with no file, results come back")
    }

    func testOutputToAFileIsNeverStyledOrFittedToTheTerminal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (session, sink) = try Seed.session()
        session.settings.style = .ansi
        session.settings.width = 30
        session.execute(".output \(folder.path)/out.txt")
        session.execute("registries -> studies")
        session.finish()
        let text = try XCTUnwrap(folder.read("out.txt"))
        XCTAssertFalse(text.contains("\u{1B}"))
        XCTAssertTrue(text.contains("│ prolonged-trastuzumab-therapy │ treatment │ prolonged trastuzumab therapy │"), text)
        XCTAssertEqual(sink.output, "")
    }

    func testOnceSendsOnlyTheNextResultToAFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (session, sink) = try Seed.session()
        XCTAssertTrue(session.execute(".once \(folder.path)/one.txt"))
        XCTAssertTrue(session.execute("count trials"))
        XCTAssertTrue(session.execute("count registries"))
        XCTAssertEqual(folder.names(), ["one.txt"])
        XCTAssertEqual(folder.read("one.txt"), "2 trials\n")
        XCTAssertEqual(sink.output, "1 registry\n")
    }

    func testOutputToAMissingFolderFailsAndKeepsResultsOnTheSink() throws {
        let (session, sink) = try Seed.session()
        XCTAssertFalse(session.execute(".output /nonexistent-kx-folder/out.txt"))
        XCTAssertEqual(sink.errors, """
            <input>:1:9: error: cannot write '/nonexistent-kx-folder/out.txt': there is no folder '/nonexistent-kx-folder'
             1 | .output /nonexistent-kx-folder/out.txt
               |         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            """)
        session.execute("count trials")
        XCTAssertEqual(sink.output, "2 trials\n")
    }

    func testOutputThatCannotBeWrittenFailsTheStatementAndShowsTheResults() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (session, sink) = try Seed.session(format: .plain)
        let target = (folder.path as NSString).appendingPathComponent("out.tsv")
        XCTAssertTrue(session.execute(".output \(target)"))
        // A file size limit of 1 byte makes the write fail as a full disk would (EFBIG instead of ENOSPC).
        var saved = rlimit()
        getrlimit(Int32(RLIMIT_FSIZE.rawValue), &saved)
        var tiny = saved
        tiny.rlim_cur = 1
        let previous = signal(SIGXFSZ, SIG_IGN)
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &tiny)
        let succeeded = session.execute("count trials")
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &saved)
        signal(SIGXFSZ, previous)
        XCTAssertFalse(succeeded)
        XCTAssertEqual(sink.output, "2\n", "the results are shown instead of being lost")
        XCTAssertTrue(sink.errors.hasPrefix("error: cannot write '\(target)': File too large; '\(target)' was left as it was"), sink.errors)
        XCTAssertEqual(folder.names(), [], "no temporary file is left")
        XCTAssertTrue(session.finish())
    }

    func testOutputWhoseTargetBecameAFolderFailsWhenClosed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (session, sink) = try Seed.session(format: .plain)
        let target = (folder.path as NSString).appendingPathComponent("out.tsv")
        XCTAssertTrue(session.execute(".output \(target)"))
        XCTAssertTrue(session.execute("count trials"))
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        XCTAssertFalse(session.execute(".output"))
        XCTAssertEqual(sink.errors, "error: cannot write '\(target)': it is a folder, not a regular file; nothing was written\n")
        XCTAssertEqual(folder.names(), ["out.tsv"])
    }

    func testOutputStillOpenAtTheEndFailsTheSession() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (session, _) = try Seed.session(format: .plain)
        let target = (folder.path as NSString).appendingPathComponent("out.tsv")
        XCTAssertTrue(session.execute(".output \(target)"))
        XCTAssertTrue(session.execute("count trials"))
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        XCTAssertFalse(session.finish())
    }

    func testUnknownCommandSuggestsTheClosest() throws {
        let (session, sink) = try Seed.session()
        XCTAssertFalse(session.execute("  .fromat json", file: "s.kx", line: 7))
        XCTAssertEqual(sink.errors, """
            s.kx:7:3: error: unknown command '.fromat'
             7 |   .fromat json
               |   ^~~~~~~
               = did you mean '.format'?
               = type .help for the list of commands

            """)
        XCTAssertEqual(session.failures, 1)
    }

    func testQuitAndExitSetQuitRequested() throws {
        for command in [".quit", ".exit"] {
            let (session, _) = try Seed.session()
            XCTAssertFalse(session.quitRequested)
            XCTAssertTrue(session.execute(command))
            XCTAssertTrue(session.quitRequested, command)
        }
        let (session, sink) = try Seed.session()
        XCTAssertTrue(session.runScript("count trials\n.quit\ncount registries\n", file: "q.kx"))
        XCTAssertEqual(sink.output, "2 trials\n", "nothing runs after .quit")
    }

    func testShowReportsSettingsAndWhatIsLoaded() throws {
        let (session, sink) = try Seed.session()
        session.execute(".format markdown")
        session.execute(".echo on")
        sink.reset()
        session.execute(".show")
        XCTAssertEqual(sink.output, """
            .show
            format: markdown
            links: off
            output: the screen
            echo: on
            timer: off
            knowledge: Knowledge
            loaded: 24 entities, 28 relations from 1 document

            """)
    }

    func testHistoryListsTheProvidersEntries() throws {
        let (session, sink) = try Seed.session()
        session.execute(".history")
        XCTAssertEqual(sink.output, "")
        session.historyProvider = { ["count trials", "trials where (status=planned\n  or status=failed-to-accrue)"] }
        session.execute(".history")
        XCTAssertEqual(sink.output, "    1  count trials\n    2  trials where (status=planned\n         or status=failed-to-accrue)\n")
    }

    func testExtraCommandsAreRunAndOfferedAsSuggestions() throws {
        let (session, sink) = try Seed.session()
        var received: [String] = []
        session.extraCommands[".lesson"] = { _, arguments, _ in
            received = arguments
            return true
        }
        XCTAssertTrue(session.execute(".lesson beyond-progression"))
        XCTAssertEqual(received, ["beyond-progression"])
        XCTAssertFalse(session.execute(".lesosn"))
        XCTAssertTrue(sink.errors.contains("did you mean '.lesson'?"), sink.errors)
    }
}
