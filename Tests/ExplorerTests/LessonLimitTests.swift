import Explorer
import Foundation
import KnowledgeGraph
import XCTest

/// A lesson too large, too deep, too long or with a text too long is a located error, not a load
/// that runs unbounded; a lesson just at each limit loads.
final class LessonLimitTests: XCTestCase {
    private static let head = """
        title: Limits
        audience: testers
        duration: 5 minutes
        steps:

        """

    /// A step with a title and a narrative, as YAML list item lines.
    private static func step(_ number: Int, narrative: String = "FeverLog follows patients.") -> String {
        "  - title: Step \(number)\n    narrative: \(narrative)\n"
    }

    private func loads(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try TeachingPack.problems(["limits.yaml": text]), "", file: file, line: line)
    }

    func testAFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws {
        let lesson = Self.head + Self.step(1)
        let padding = LessonLoader.maximumFileSize - lesson.utf8.count
        let full = lesson + "#" + String(repeating: "x", count: padding - 2) + "\n"
        XCTAssertEqual(full.utf8.count, LessonLoader.maximumFileSize)
        try loads(full)
        XCTAssertEqual(try TeachingPack.problems(["limits.yaml": full + "\n"]), """
            teaching/lessons/limits.yaml:1:1: error: the lesson file is 1,048,577 bytes, larger than 1 MiB, the most a lesson file may hold
            """)
        // Not even a file that is not UTF-8 is read further.
        var knowledge = try TeachingPack.knowledge()
        knowledge.files["lessons/binary.yaml"] = [UInt8](repeating: 0xFF, count: LessonLoader.maximumFileSize + 1)
        let catalog = LessonLoader.load([knowledge], executor: try TeachingPack.session().0.executor)
        XCTAssertEqual(catalog.diagnostics.map { $0.rendered() }, [
            "teaching/lessons/binary.yaml:1:1: error: the lesson file is 1,048,577 bytes, larger than 1 MiB, the most a lesson file may hold",
        ])
    }

    func testYAMLNestedTooDeeplyIsAnErrorWhereItGoesTooDeep() throws {
        let depth = YAMLReader.maximumDepth
        // The lesson's mapping, its steps and a step are three levels; the flow lists under narrative make up the rest.
        let within = String(repeating: "[", count: depth - 3) + "x" + String(repeating: "]", count: depth - 3)
        func firstLine(_ narrative: String) throws -> String? {
            try TeachingPack.problems(["limits.yaml": Self.head + Self.step(1, narrative: narrative)]).components(separatedBy: "\n").first
        }
        XCTAssertEqual(try firstLine(within), "teaching/lessons/limits.yaml:6:16: error: expected a step's narrative to be a single value, not a list",
                       "at the limit the nesting is read, and refused for what it is")
        XCTAssertEqual(try firstLine("[" + within + "]"), "teaching/lessons/limits.yaml:6:\(16 + depth - 3): error: YAML nested more than \(depth) levels deep")
        XCTAssertEqual(try firstLine(String(repeating: "[", count: 5_000)), "teaching/lessons/limits.yaml:6:\(16 + depth - 3): error: YAML nested more than \(depth) levels deep")
    }

    func testALessonHasAtMostSoManySteps() throws {
        let most = LessonLoader.maximumSteps
        let steps = (1...most).map { Self.step($0) }.joined()
        try loads(Self.head + steps)
        let problems = try TeachingPack.problems(["limits.yaml": Self.head + steps + Self.step(most + 1) + Self.step(most + 2)])
        let line = 5 + 2 * most
        XCTAssertEqual(problems, """
            teaching/lessons/limits.yaml:\(line):5: error: a lesson has at most \(most) steps; this is step \(most + 1) of \(most + 2)
             \(line) |   - title: Step \(most + 1)
                  |     ^
                  = split it into lessons of their own
            """)
    }

    func testANarrativeOrAnotherTextOverTheCapIsAnErrorAtIt() throws {
        let cap = LessonLoader.maximumTextLength
        try loads(Self.head + Self.step(1, narrative: String(repeating: "a", count: cap)))
        let long = String(repeating: "a", count: cap + 1)
        XCTAssertEqual(try TeachingPack.problems(["limits.yaml": Self.head + Self.step(1, narrative: long)]).components(separatedBy: "\n").first,
                       "teaching/lessons/limits.yaml:6:16: error: a step's narrative is 20,001 characters long; at most 20,000 are allowed")
        let exercise = """
                exercise:
                  question: How many registries are there?
                  number: 1
                  hints: [Count them., \(long)]
                  explanation: One.

            """
        XCTAssertEqual(try TeachingPack.problems(["limits.yaml": Self.head + Self.step(1) + exercise]).components(separatedBy: "\n").first,
                       "teaching/lessons/limits.yaml:10:28: error: a hint is 20,001 characters long; at most 20,000 are allowed")
    }
}
