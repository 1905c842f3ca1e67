import XCTest
@testable import Checklists

/// The cue dialect: what it matches (in either case, anywhere in a segment), what it refuses with the
/// place of the problem, and that no pattern takes more than linear time.
final class CuePatternTests: XCTestCase {
    private func matches(_ pattern: String, _ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Bool {
        try CuePattern(pattern).matches(text)
    }

    private func error(_ pattern: String, file: StaticString = #filePath, line: UInt = #line) -> CuePatternError? {
        do {
            _ = try CuePattern(pattern)
            XCTFail("'\(pattern)' compiled", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    func testLiteralsClassesAndBoundariesMatchInEitherCase() throws {
        XCTAssertTrue(try matches("\\brandomi[sz]ed\\b", "A RANDOMISED trial"))
        XCTAssertTrue(try matches("\\brandomi[sz]ed\\b", "were randomized."))
        XCTAssertFalse(try matches("\\brandomi[sz]ed\\b", "nonrandomised"))
        XCTAssertTrue(try matches("[A-Z]+ group", "the zorvamab group"), "a range of capitals reads as small letters")
        XCTAssertTrue(try matches("\\bn ?= ?\\d+", "zorvamab (n=121)"))
        XCTAssertFalse(try matches("\\bn ?= ?\\d+", "zorvamab (n=x)"))
        XCTAssertTrue(try matches("\\bp ?[=<>≤] ?0?\\.\\d", "p<0.001"))
        XCTAssertTrue(try matches("\\(\\d:\\d\\)", "assigned (1:1) to"))
        XCTAssertTrue(try matches("[^a-z ]", "abc 1"))
        XCTAssertFalse(try matches("[^a-z ]", "abc def"))
        XCTAssertTrue(try matches("\\W\\D\\S", "a !x"))
        XCTAssertTrue(try matches("Ä", "ärger"), "non-ASCII letters fold too")
    }

    func testGroupsChoicesAndRepetitions() throws {
        XCTAssertTrue(try matches("\\bphase (i{1,3}|iv|[1-4])\\b", "a phase III trial"))
        XCTAssertTrue(try matches("\\bphase (i{1,3}|iv|[1-4])\\b", "phase 3"))
        XCTAssertFalse(try matches("\\bphase (i{1,3}|iv|[1-4])\\b", "phase iiii"))
        XCTAssertTrue(try matches("\\bin (this|our) (\\w+ )*(trial|study)\\b", "in this small pilot trial"))
        XCTAssertTrue(try matches("^(?:ab)+$", "ababab"))
        XCTAssertFalse(try matches("^(?:ab)+$", "ababa"))
        XCTAssertTrue(try matches("a{2}", "caab"))
        XCTAssertFalse(try matches("^a{2}$", "aaa"))
        XCTAssertTrue(try matches("^a{2,}$", "aaaa"))
        XCTAssertTrue(try matches("x*?y", "y"), "a lazy repetition is read as the repetition")
        XCTAssertTrue(try matches("colou?r", "COLOR"))
    }

    func testAnchorsAreTheSegmentsEnds() throws {
        XCTAssertTrue(try matches("^funded", "Funded by nobody."))
        XCTAssertFalse(try matches("^funded", "It was funded."))
        XCTAssertTrue(try matches("\\.$", "It was funded."))
    }

    func testProblemsNameTheirPlace() throws {
        let cases: [(String, Int, String)] = [
            ("ab(cd", 2, "'(' is never closed"),
            ("abc)", 3, "unmatched ')'"),
            ("[abc", 0, "'[' is never closed"),
            ("*a", 0, "'*' has nothing before it to repeat"),
            ("a|+", 2, "'+' has nothing before it to repeat"),
            ("ab\\q", 2, "unknown escape '\\q'"),
            ("ab\\", 2, "the pattern ends with a lone '\\'"),
            ("[z-a]", 1, "the range 'z-a' is backwards"),
            ("a{3,2}", 1, "'{3,2}' repeats at most fewer times than at least"),
            ("a{101}", 1, "a repetition count is at most 100"),
            ("a{2", 1, "'{' starts a repetition {n}, {n,} or {n,m} that is not finished"),
            ("a**", 1, "a repetition cannot be repeated"),
            ("(?=a)", 0, "'(?' starts a kind of group cues do not have"),
            ("\\b+", 0, "a place such as \\b, ^ or $ cannot be repeated"),
            ("x?", 0, "the pattern matches an empty text, so it would match every sentence"),
            ("", 0, "the pattern matches an empty text, so it would match every sentence"),
        ]
        for (pattern, offset, message) in cases {
            let found = error(pattern)
            XCTAssertEqual(found?.message, message, pattern)
            XCTAssertEqual(found?.offset, offset, pattern)
        }
        XCTAssertEqual(error("ab\\q")?.notes, [CuePatternParser.escapesNote])
        XCTAssertEqual(error(String(repeating: "a", count: 1_001))?.message, "the pattern is 1001 characters long; a cue is at most 1000")
        XCTAssertEqual(error("(a{100}){100}")?.message, "the pattern is too large once its repetitions are counted out")
    }

    /// Nested repetitions that make a backtracking matcher take exponential time take a moment here.
    func testPathologicalPatternsStayLinear() throws {
        let pattern = try CuePattern("^(a+)+$")
        let text = String(repeating: "a", count: 20_000) + "b"
        let start = Date()
        XCTAssertFalse(pattern.matches(text))
        XCTAssertTrue(try CuePattern("(x+x+)+y").matches(String(repeating: "x", count: 5_000) + "y"))
        XCTAssertLessThan(Date().timeIntervalSince(start), 5, "linear in the text")
    }
}
