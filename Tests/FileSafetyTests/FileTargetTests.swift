import FileSafety
import Foundation
import XCTest

final class FileTargetTests: FolderTestCase {
    func testOpenEmptiedTruncatesRegularFile() throws {
        try "old contents".write(toFile: folder + "/t.md", atomically: false, encoding: .utf8)
        let descriptor = try FileTarget.openEmptied(folder + "/t.md")
        close(descriptor)
        XCTAssertEqual(try String(contentsOfFile: folder + "/t.md", encoding: .utf8), "")
    }

    func testOpenEmptiedRefusesLinkAndFIFOWithoutBlocking() throws {
        try "keep".write(toFile: folder + "/script.kx", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: "script.kx")
        XCTAssertThrowsError(try FileTarget.openEmptied(folder + "/link")) { error in
            XCTAssertTrue("\(error)".contains("symbolic link"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOfFile: folder + "/script.kx", encoding: .utf8), "keep")
        XCTAssertEqual(mkfifo(folder + "/fifo", 0o600), 0)
        XCTAssertThrowsError(try FileTarget.openEmptied(folder + "/fifo")) { error in
            XCTAssertTrue("\(error)".contains("FIFO"), "\(error)")
        }
    }

    func testOpenEmptiedRefusesOtherDevices() {
        XCTAssertThrowsError(try FileTarget.openEmptied("/dev/full")) { error in
            XCTAssertEqual("\(error)", "cannot write '/dev/full': it is a device, not a regular file; nothing was written")
        }
    }

    func testOpenEmptiedAcceptsDevNull() throws {
        let descriptor = try FileTarget.openEmptied("/dev/null")
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        close(descriptor)
    }

    func testSameFileThroughAnotherSpelling() throws {
        try "x".write(toFile: folder + "/a.kx", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/b.kx", withDestinationPath: "a.kx")
        XCTAssertTrue(FileTarget.isSameFile(folder + "/a.kx", folder + "/./b.kx"))
        XCTAssertFalse(FileTarget.isSameFile(folder + "/a.kx", folder + "/missing.kx"))
    }
}
