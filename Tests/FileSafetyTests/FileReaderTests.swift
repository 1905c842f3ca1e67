import FileSafety
import Foundation
import XCTest

final class FileReaderTests: FolderTestCase {
    func testReadsWholeFile() throws {
        try "hello\n".write(toFile: folder + "/a", atomically: false, encoding: .utf8)
        XCTAssertEqual(try FileReader.text(folder + "/a"), "hello\n")
    }

    func testHugeSparseFileIsRefusedBySizeBeforeReading() throws {
        let path = folder + "/huge"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        XCTAssertEqual(truncate(path, 3 << 30), 0)
        let start = Date()
        XCTAssertThrowsError(try FileReader.read(path)) { error in
            XCTAssertEqual("\(error)", "cannot read '\(path)': it is larger than 16 MiB, the most kx reads from one file")
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 0.5)
    }

    func testPipeIsReadOnlyUpToTheLimit() throws {
        var ends: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ends), 0)
        let bytes = [UInt8](repeating: 65, count: 100)
        XCTAssertEqual(bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }, 100)
        close(ends[1])
        defer { close(ends[0]) }
        XCTAssertThrowsError(try FileReader.read(descriptor: ends[0], name: "standard input", limit: 99)) { error in
            XCTAssertEqual("\(error)", "cannot read standard input: it is larger than 99 bytes, the most kx reads from one file")
        }
    }

    func testFolderIsAClearError() throws {
        XCTAssertThrowsError(try FileReader.read(folder)) { error in
            XCTAssertEqual("\(error)", "cannot read '\(folder)': it is a folder")
        }
        let descriptor = open(folder, O_RDONLY)
        defer { close(descriptor) }
        XCTAssertThrowsError(try FileReader.read(descriptor: descriptor, name: "standard input")) { error in
            XCTAssertEqual("\(error)", "cannot read standard input: it is a folder")
        }
    }

    func testMissingFileAndBadUTF8AreNamed() throws {
        XCTAssertThrowsError(try FileReader.read(folder + "/none")) { error in
            XCTAssertEqual("\(error)", "cannot read '\(folder)/none': no such file")
        }
        XCTAssertTrue(FileManager.default.createFile(atPath: folder + "/bad", contents: Data([0xFF, 0xFE])))
        XCTAssertThrowsError(try FileReader.text(folder + "/bad")) { error in
            XCTAssertEqual("\(error)", "cannot read '\(folder)/bad': it is not UTF-8 text")
        }
    }
}
