import Foundation
import LineEditor
import XCTest

final class LineEditorHistoryTests: XCTestCase {
    /// Made in `setUp`, not at initialisation: XCTest creates test case instances it never runs.
    private var directory = TemporaryDirectory.unset

    override func setUp() {
        directory = TemporaryDirectory()
    }

    override func tearDown() {
        directory.remove()
    }

    func makeEditor(historyFile: String?, limit: Int = 1000) -> LineEditor {
        LineEditor(programName: "kx-tests", historyFile: historyFile, historyLimit: limit) { _, cursor in
            Completion(replaceFrom: cursor, candidates: [])
        }
    }

    func testEntriesSurviveRestartIncludingMultiLineStatements() throws {
        let path = directory.path("nested/history")
        let editor = makeEditor(historyFile: path)
        editor.addHistory("first")
        editor.addHistory("select *\nfrom trials;")
        XCTAssertNil(editor.historyError)
        XCTAssertEqual(try TemporaryDirectory.mode(of: path), 0o600)
        XCTAssertEqual(try TemporaryDirectory.mode(of: directory.path("nested")), 0o700)

        let reopened = makeEditor(historyFile: path)
        XCTAssertEqual(reopened.historyEntries, ["first", "select *\nfrom trials;"])
    }

    func testConsecutiveDuplicatesAndBlankEntriesAreSkipped() {
        let editor = makeEditor(historyFile: nil)
        for entry in ["a", "a", "b", "  ", "", "b", "a"] {
            editor.addHistory(entry)
        }
        XCTAssertEqual(editor.historyEntries, ["a", "b", "a"])
    }

    func testLimitKeepsNewestEntries() throws {
        let path = directory.path("history")
        let editor = makeEditor(historyFile: path, limit: 3)
        for entry in ["1", "2", "3", "4", "5"] {
            editor.addHistory(entry)
        }
        XCTAssertEqual(editor.historyEntries, ["3", "4", "5"])
        XCTAssertEqual(try HistoryFile(path: path).load(), ["3", "4", "5"])
        XCTAssertEqual(makeEditor(historyFile: path, limit: 2).historyEntries, ["4", "5"])
    }

    func testWithoutHistoryFileNothingIsWritten() throws {
        let editor = makeEditor(historyFile: nil)
        editor.addHistory("in memory")
        XCTAssertEqual(editor.historyEntries, ["in memory"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.url.path), [])
    }

    func testSaveFailureIsReportedAndHistoryStillWorks() throws {
        let blocker = directory.path("file")
        _ = FileManager.default.createFile(atPath: blocker, contents: Data())
        let editor = makeEditor(historyFile: blocker + "/history")
        editor.addHistory("kept")
        XCTAssertEqual(editor.historyEntries, ["kept"])
        XCTAssertNotNil(editor.historyError)
    }

    func testInterruptFlagCanBeSetAndCleared() {
        let editor = makeEditor(historyFile: nil)
        LineEditor.interruptRequested = true
        XCTAssertTrue(LineEditor.interruptRequested)
        LineEditor.interruptRequested = false
        XCTAssertFalse(LineEditor.interruptRequested)
        withExtendedLifetime(editor) {}
    }

    func testSigintSetsInterruptFlagInsteadOfKilling() {
        let editor = makeEditor(historyFile: nil)
        LineEditor.interruptRequested = false
        raise(SIGINT)
        XCTAssertTrue(LineEditor.interruptRequested)
        LineEditor.interruptRequested = false
        withExtendedLifetime(editor) {}
    }
}
