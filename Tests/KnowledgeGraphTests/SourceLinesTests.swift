import XCTest
@testable import KnowledgeGraph

/// Lines cut out of a file where libyaml counts a line break.
final class SourceLinesTests: XCTestCase {
    func testEveryKindOfLineBreak() {
        let lines = SourceLines("a\nb\r\nc\rd\u{85}é\u{2028}東\u{2029}f")
        XCTAssertEqual(lines.count, 7)
        XCTAssertEqual((0...8).map { lines.line($0) }, [nil, "a", "b", "c", "d", "é", "東", "f", nil])
    }

    func testATrailingBreakStartsAnEmptyLine() {
        XCTAssertEqual(SourceLines("").line(1), "")
        XCTAssertEqual(SourceLines("x\n").line(2), "")
        XCTAssertEqual(SourceLines("x\r\n\r\n").count, 3)
    }

    func testLinesReadAgainFromAFileOnlyWhenFirstNeeded() throws {
        let path = NSTemporaryDirectory() + "kx-lines-\(UUID().uuidString)"
        let lines = SourceLines(rereading: path)
        try Data("one\ntwo\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertEqual(lines.line(2), "two")
        XCTAssertEqual(lines.count, 3)
    }

    func testAFileThatCannotBeReadAgainHasNoLines() {
        let lines = SourceLines(rereading: "/nonexistent/kx/facts.yaml")
        XCTAssertNil(lines.line(1))
        XCTAssertEqual(lines.count, 0)
    }
}
