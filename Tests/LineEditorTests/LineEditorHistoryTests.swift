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

    func testSaveFailureIsReportedOnceAndHistoryStillWorks() throws {
        let blocker = directory.path("file")
        _ = FileManager.default.createFile(atPath: blocker, contents: Data())
        let editor = makeEditor(historyFile: blocker + "/history")
        XCTAssertNotNil(editor.addHistory("kept"))
        XCTAssertNil(editor.addHistory("also kept"))
        XCTAssertEqual(editor.historyEntries, ["kept", "also kept"])
        XCTAssertNotNil(editor.historyError)
    }

    func testDamagedHistoryIsNeverOverwritten() throws {
        let path = directory.path("history")
        let damaged = Data([0x6C, 0x69, 0x73, 0x74, 0x00, 0xFF, 0x0A])
        _ = FileManager.default.createFile(atPath: path, contents: damaged)
        let editor = makeEditor(historyFile: path)
        XCTAssertEqual(editor.historyError?.description, "cannot read history file \(path): it is not a kx history file (expected UTF-8 text, one statement a line)")
        XCTAssertFalse(editor.savesHistory)
        XCTAssertNil(editor.addHistory("new"))
        XCTAssertEqual(editor.historyEntries, ["new"])
        XCTAssertEqual(FileManager.default.contents(atPath: path), damaged)
    }

    func testUnreadableHistoryIsNeverOverwritten() throws {
        let path = directory.path("history")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        let editor = makeEditor(historyFile: path)
        XCTAssertEqual(editor.historyError?.description, "cannot read history file \(path): it is a folder")
        editor.addHistory("new")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: path), [])
    }

    func testDevNullHistoryKeepsNothingAndStaysADevice() throws {
        let editor = makeEditor(historyFile: "/dev/null")
        XCTAssertNil(editor.historyError)
        XCTAssertNil(editor.addHistory("gone"))
        XCTAssertNil(editor.historyError)
        var status = stat()
        XCTAssertEqual(lstat("/dev/null", &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFCHR)
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
