import FileSafety
import Foundation
import XCTest

final class AtomicFileTests: FolderTestCase {
    private func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    private func text(_ name: String) throws -> String {
        try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    }

    func testWritesNewFileAndReplacesOldOneLeavingNoTemporaryFile() throws {
        try AtomicFile.write("one\n", to: folder + "/out")
        try AtomicFile.write("two\n", to: folder + "/out")
        XCTAssertEqual(try text("out"), "two\n")
        XCTAssertEqual(try names(), ["out"])
    }

    func testAPartWrittenAgainAtAnOffsetReplacesItsBytes() throws {
        let file = try AtomicFile(path: folder + "/out")
        try file.write("....world\n")
        try Array("hello".utf8).withUnsafeBytes { try file.write($0, at: 0) }
        try Array("!".utf8).withUnsafeBytes { try file.write($0, at: 9) }
        try file.commit()
        XCTAssertEqual(try text("out"), "helloorld!")
        XCTAssertEqual(try names(), ["out"])
    }

    func testKeepsPermissionsOfTheFileReplaced() throws {
        let path = folder + "/out"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("old".utf8), attributes: [.posixPermissions: 0o640]))
        try AtomicFile.write("new", to: path)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int, 0o640)
    }

    func testRefusesSymbolicLinkAndLeavesItsTargetAlone() throws {
        try "secret".write(toFile: folder + "/victim", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: "victim")
        XCTAssertThrowsError(try AtomicFile.write("x", to: folder + "/link")) { error in
            XCTAssertEqual("\(error)", "cannot write '\(folder)/link': it is a symbolic link, not a regular file; nothing was written")
        }
        XCTAssertEqual(try text("victim"), "secret")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link"), "victim")
        XCTAssertEqual(try names(), ["link", "victim"])
    }

    func testRefusesFIFOWithoutBlocking() throws {
        XCTAssertEqual(mkfifo(folder + "/fifo", 0o600), 0)
        XCTAssertThrowsError(try AtomicFile.write("x", to: folder + "/fifo")) { error in
            XCTAssertTrue("\(error)".contains("it is a FIFO, not a regular file"), "\(error)")
        }
        XCTAssertEqual(try names(), ["fifo"])
    }

    func testRefusesFolderAndDevice() throws {
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: false)
        XCTAssertThrowsError(try AtomicFile.write("x", to: folder + "/sub")) { error in
            XCTAssertTrue("\(error)".contains("it is a folder"), "\(error)")
        }
        XCTAssertThrowsError(try AtomicFile.write("x", to: "/dev/full")) { error in
            XCTAssertTrue("\(error)".contains("it is a device"), "\(error)")
        }
        XCTAssertEqual(try names(), ["sub"])
    }

    func testDevNullDiscardsAndStaysADevice() throws {
        try AtomicFile.write("discarded", to: "/dev/null")
        var status = stat()
        XCTAssertEqual(lstat("/dev/null", &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFCHR)
    }

    func testMissingFolderIsNamed() {
        XCTAssertThrowsError(try AtomicFile.write("x", to: folder + "/no/such/out")) { error in
            XCTAssertEqual("\(error)", "cannot write '\(folder)/no/such/out': there is no folder '\(folder)/no/such'")
        }
    }

    func testUncommittedFileLeavesTargetAndNoTemporaryFile() throws {
        try AtomicFile.write("old", to: folder + "/out")
        do {
            let file = try AtomicFile(path: folder + "/out")
            try file.write("half")
        }
        XCTAssertEqual(try text("out"), "old")
        XCTAssertEqual(try names(), ["out"])
    }

    func testTemporaryNameIsUnpredictableAndLinkPlantedThereIsNotFollowed() throws {
        // The name kx test --update used to write to; a link planted there must not matter.
        try "secret".write(toFile: folder + "/victim", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/.out.\(getpid()).tmp", withDestinationPath: "victim")
        try AtomicFile.write("new", to: folder + "/out")
        XCTAssertEqual(try text("victim"), "secret")
        XCTAssertEqual(try text("out"), "new")
    }

    func testTargetTurnedIntoFolderBeforeCommitIsRefusedWithoutTemporaryFile() throws {
        let file = try AtomicFile(path: folder + "/out")
        try file.write("x")
        try FileManager.default.createDirectory(atPath: folder + "/out", withIntermediateDirectories: false)
        XCTAssertThrowsError(try file.commit())
        XCTAssertEqual(try names(), ["out"])
    }
}
