import Foundation
import LineEditor
import XCTest

/// A history file of any size loads quickly: only its tail is read, and only the last entries are kept.
final class HistoryFileTailTests: XCTestCase {
    private var directory = TemporaryDirectory.unset

    override func setUp() {
        directory = TemporaryDirectory()
    }

    override func tearDown() {
        directory.remove()
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
        XCTAssertLessThan(ContinuousClock.now - start, .milliseconds(500))
    }

    func testAFolderIsAnErrorNamingIt() throws {
        let path = directory.path("folder")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        XCTAssertThrowsError(try HistoryFile(path: path).load(keeping: 10)) { error in
            XCTAssertTrue("\(error)".contains("cannot read history file \(path)"), "\(error)")
        }
    }
}
