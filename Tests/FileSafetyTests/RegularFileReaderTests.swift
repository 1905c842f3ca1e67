import FileSafety
import Foundation
import XCTest

/// `FileReader.readRegularFile`: for files kx keeps for itself, anything but a regular file is refused without being followed or waited on.
final class RegularFileReaderTests: FolderTestCase {
    func testAMissingFileIsNilAndARegularOneIsRead() throws {
        XCTAssertNil(try FileReader.readRegularFile(folder + "/missing"))
        XCTAssertNil(try FileReader.readRegularFile(folder + "/no-folder/missing"))
        try "{}\n".write(toFile: folder + "/a", atomically: false, encoding: .utf8)
        XCTAssertEqual(try FileReader.readRegularFile(folder + "/a"), Array("{}\n".utf8))
    }

    func testALinkAFIFOAFolderAndAHugeFileAreRefused() throws {
        try "secret\n".write(toFile: folder + "/target", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: folder + "/target")
        XCTAssertEqual(mkfifo(folder + "/fifo", 0o600), 0)
        XCTAssertTrue(FileManager.default.createFile(atPath: folder + "/huge", contents: nil))
        XCTAssertEqual(truncate(folder + "/huge", 3 << 20), 0)
        let expected = [
            "link": "cannot read '\(folder)/link': it is a symbolic link, not a regular file",
            "fifo": "cannot read '\(folder)/fifo': it is a FIFO, not a regular file",
            ".": "cannot read '\(folder)/.': it is a folder, not a regular file",
            "huge": "cannot read '\(folder)/huge': it is larger than 1 MiB, the most kx reads from one file",
        ]
        for (name, message) in expected {
            XCTAssertThrowsError(try FileReader.readRegularFile(folder + "/" + name, limit: 1 << 20)) { XCTAssertEqual("\($0)", message) }
        }
    }
}
