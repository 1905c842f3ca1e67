import Explorer
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
