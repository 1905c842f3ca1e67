@testable import Explorer
import XCTest

final class UnifiedDiffTests: XCTestCase {
    func testEqualTextsHaveNoDiff() {
        XCTAssertEqual(UnifiedDiff.diff(expected: ["a", "b"], actual: ["a", "b"], expectedLabel: "x", actualLabel: "y"), "")
    }

    func testChangedLinesAreRemovedThenAdded() {
        let diff = UnifiedDiff.diff(expected: ["one", "two", "three"], actual: ["one", "2", "three", "four"], expectedLabel: "f.kx:3 (expected)", actualLabel: "f.kx:3 (actual)")
        XCTAssertEqual(diff, """
            --- f.kx:3 (expected)
            +++ f.kx:3 (actual)
            @@ -1,3 +1,4 @@
             one
            -two
            +2
             three
            +four

            """)
    }

    func testAnEmptySideStartsAtLineZero() {
        XCTAssertEqual(UnifiedDiff.diff(expected: [], actual: ["new"], expectedLabel: "e", actualLabel: "a"), "--- e\n+++ a\n@@ -0,0 +1,1 @@\n+new\n")
        XCTAssertEqual(UnifiedDiff.diff(expected: ["old"], actual: [], expectedLabel: "e", actualLabel: "a"), "--- e\n+++ a\n@@ -1,1 +0,0 @@\n-old\n")
    }
}

/// The diff is minimal on small texts, and bounded in time and space on large ones.
final class LineDiffTests: XCTestCase {
    /// The kept lines, the removed ones and the added ones of a diff, checked to rebuild both sides.
    private func kept(_ expected: [String], _ actual: [String], file: StaticString = #filePath, line: UInt = #line) -> Int {
        let edits = LineDiff(expected: expected, actual: actual).edits()
        var left: [String] = [], right: [String] = [], keeps = 0
        for edit in edits {
            switch edit {
            case .keep(let i, let j):
                XCTAssertEqual(expected[i], actual[j], file: file, line: line)
                left.append(expected[i]); right.append(actual[j]); keeps += 1
            case .remove(let i): left.append(expected[i])
            case .add(let j): right.append(actual[j])
            }
        }
        XCTAssertEqual(left, expected, file: file, line: line)
        XCTAssertEqual(right, actual, file: file, line: line)
        return keeps
    }

    private func longestCommonSubsequence(_ a: [String], _ b: [String]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in a.indices.reversed() {
            for j in b.indices.reversed() {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }

    func testSmallDiffsAreMinimal() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let a = (0..<Int.random(in: 0...12, using: &generator)).map { _ in ["a", "b", "c", "d"].randomElement(using: &generator) ?? "a" }
            let b = (0..<Int.random(in: 0...12, using: &generator)).map { _ in ["a", "b", "c", "d"].randomElement(using: &generator) ?? "a" }
            XCTAssertEqual(kept(a, b), longestCommonSubsequence(a, b), "\(a) → \(b)")
        }
    }

    func testTenThousandLinesWithScatteredChangesDiffQuickly() {
        let expected = (0..<10_000).map { "line \($0)" }
        var actual = expected
        for index in stride(from: 50, to: 10_000, by: 100) { actual[index] = "changed \(index)" }
        actual.insert("new", at: 5_000)
        let start = ContinuousClock.now
        XCTAssertEqual(kept(expected, actual), 9_900)
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(1))
    }

    func testTenThousandLinesThatDifferEverywhereAreBoundedAndStillCorrect() {
        let expected = (0..<10_000).map { "old \($0)" }
        let actual = (0..<10_000).map { "new \($0)" }
        let start = ContinuousClock.now
        XCTAssertEqual(kept(expected, actual), 0)
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(1))
        let diff = UnifiedDiff.diff(expected: expected, actual: actual, expectedLabel: "e", actualLabel: "a")
        XCTAssertTrue(diff.hasPrefix("--- e\n+++ a\n@@ -1,10000 +1,10000 @@\n-old 0\n"))
        XCTAssertTrue(diff.hasSuffix("\n+new 9999\n"))
    }
}
