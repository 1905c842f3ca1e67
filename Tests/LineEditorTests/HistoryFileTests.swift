import Foundation
import LineEditor
import XCTest

final class HistoryFileTests: XCTestCase {
    /// Made in `setUp`, not at initialisation: XCTest creates test case instances it never runs.
    private var directory = TemporaryDirectory.unset

    override func setUp() {
        directory = TemporaryDirectory()
    }

    override func tearDown() {
        directory.remove()
    }

    func testRoundTripKeepsMultiLineEntriesAndBackslashes() throws {
        let entries = [
            "MATCH (d:Drug) RETURN d",
            "select *\nfrom trials\n  where phase = 3;",
            #"path\to\thing \n literal"#,
            "windows\r\nline",
            "  indented  ",
            "résumé — ünïcode ✓",
        ]
        let file = HistoryFile(path: directory.path("history"))
        try file.save(entries)
        XCTAssertEqual(try file.load(), entries)
    }

    func testEncodingIsOneEscapedLinePerEntry() throws {
        let file = HistoryFile(path: directory.path("history"))
        try file.save(["a\nb", #"c\d"#])
        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        XCTAssertEqual(text, "a\\nb\nc\\\\d\n")
    }

    func testDecodingKeepsUnknownEscapesAndSkipsEmptyLines() {
        XCTAssertEqual(HistoryFile.decode("x\\ty\n\nz\\\n"), ["x\\ty", "z\\"])
    }

    func testMissingFileLoadsAsEmpty() throws {
        XCTAssertEqual(try HistoryFile(path: directory.path("absent")).load(), [])
    }

    func testAHugeFileIsReadOnlyAtItsEndAndRefusedWhenThatIsNotText() throws {
        let path = directory.path("history")
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        XCTAssertEqual(truncate(path, 3 << 30), 0)
        XCTAssertThrowsError(try HistoryFile(path: path).load()) { error in
            XCTAssertEqual("\(error)", "cannot read history file \(path): it is not a kx history file (expected UTF-8 text, one statement a line)")
        }
    }

    func testSavedFileIsPrivate() throws {
        let file = HistoryFile(path: directory.path("history"))
        try file.save(["one"])
        XCTAssertEqual(try TemporaryDirectory.mode(of: file.path), 0o600)
    }

    func testSaveTightensModeOfExistingFile() throws {
        let path = directory.path("history")
        _ = FileManager.default.createFile(atPath: path, contents: Data("old\n".utf8), attributes: [.posixPermissions: 0o644])
        try HistoryFile(path: path).save(["new"])
        XCTAssertEqual(try TemporaryDirectory.mode(of: path), 0o600)
        XCTAssertEqual(try HistoryFile(path: path).load(), ["new"])
    }

    func testMissingParentDirectoriesAreCreatedPrivate() throws {
        let path = directory.path("state/kx/history")
        try HistoryFile(path: path).save(["one"])
        XCTAssertEqual(try TemporaryDirectory.mode(of: directory.path("state")), 0o700)
        XCTAssertEqual(try TemporaryDirectory.mode(of: directory.path("state/kx")), 0o700)
        XCTAssertEqual(try HistoryFile(path: path).load(), ["one"])
    }

    func testSaveLeavesNoTemporaryFileBehind() throws {
        let file = HistoryFile(path: directory.path("history"))
        try file.save(["one"])
        try file.save(["one", "two"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.url.path), ["history"])
    }

    func testSaveReplacesTargetOfSymbolicLink() throws {
        let real = directory.path("real-history")
        let link = directory.path("history")
        try HistoryFile(path: real).save(["old"])
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real-history")
        try HistoryFile(path: link).save(["new"])
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), "real-history")
        XCTAssertEqual(try HistoryFile(path: real).load(), ["new"])
    }

    func testFailedSaveReportsPathAndLeavesNoTemporaryFile() throws {
        let blocker = directory.path("not-a-directory")
        _ = FileManager.default.createFile(atPath: blocker, contents: Data())
        XCTAssertThrowsError(try HistoryFile(path: blocker + "/history").save(["x"])) { error in
            XCTAssertTrue("\(error)".contains("not-a-directory"), "\(error)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.url.path), ["not-a-directory"])
    }

    func testOnlyTheLastEntriesAreKept() throws {
        let file = HistoryFile(path: directory.path("history"))
        try file.save((1...20).map { "count \($0)" })
        XCTAssertEqual(try file.load(keeping: 3), ["count 18", "count 19", "count 20"])
        XCTAssertEqual(try file.load(keeping: 100).count, 20)
        XCTAssertEqual(try HistoryFile(path: directory.path("absent")).load(keeping: 10), [])
    }

    /// A file larger than what is read, whose first statement is cut by where reading starts: the cut
    /// line is left out and the entries at the end are read without reading the rest.
    func testAFileLargerThanTheTailReadsOnlyItsTail() throws {
        let path = directory.path("history")
        let filler = String(repeating: "x", count: HistoryFile.maximumTailBytes + 100) + "\n"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data((filler + "count trials\nshow \"x\"\n").utf8)))
        let start = ContinuousClock.now
        XCTAssertEqual(try HistoryFile(path: path).load(keeping: 1000), ["count trials", "show \"x\""])
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(2), "only the tail is read")
    }

    func testAFolderIsAnErrorNamingIt() throws {
        let path = directory.path("folder")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        XCTAssertThrowsError(try HistoryFile(path: path).load(keeping: 10)) { error in
            XCTAssertTrue("\(error)".contains("cannot read history file \(path)"), "\(error)")
        }
    }
}
