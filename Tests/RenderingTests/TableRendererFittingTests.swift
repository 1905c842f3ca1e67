@testable import Rendering
import XCTest

/// Column fitting narrows the widest column first, and costs O(n log w) however many columns there are.
final class TableRendererFittingTests: XCTestCase {
    private let renderer = TableRenderer()

    /// The rule fitting follows, one column at a time: the widest (rightmost among equals) loses one.
    private func narrowedOneAtATime(_ natural: [Int], to limit: Int, fixed: [Bool]) -> [Int] {
        var widths = natural
        let chrome = 3 * widths.count + 1
        let floors = natural.indices.map { fixed[$0] ? natural[$0] : min(natural[$0], TableRenderer.minimumColumnWidth) }
        let last = natural.indices.map { fixed[$0] ? natural[$0] : 1 }
        for floor in [floors, last] {
            while chrome + widths.reduce(0, +) > limit {
                guard let widest = widths.indices.filter({ widths[$0] > floor[$0] }).max(by: { widths[$0] <= widths[$1] }) else { break }
                widths[widest] -= 1
            }
        }
        return widths
    }

    func testFittingMatchesNarrowingTheWidestColumnOneAtATime() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let natural = (0..<Int.random(in: 1...8, using: &generator)).map { _ in Int.random(in: 0...40, using: &generator) }
            let fixed = natural.map { _ in Int.random(in: 0..<5, using: &generator) == 0 }
            let limit = Int.random(in: 0...150, using: &generator)
            XCTAssertEqual(renderer.fittedWidths(natural, to: limit, fixed: fixed), narrowedOneAtATime(natural, to: limit, fixed: fixed),
                           "\(natural) fixed \(fixed) in \(limit)")
        }
    }

    /// 256 wide columns on an 80-column terminal (the most a statement can select: the parts limit)
    /// fit at once; narrowing them a column at a time took seconds (and 2,000 took minutes).
    func testTheMostSelectableWideColumnsFitQuickly() {
        let table = Table(columns: (0..<256).map { Table.Column(name: "column \($0)") },
                          rows: [(0..<256).map { _ in .text(String(repeating: "x", count: 200)) }])
        let start = ContinuousClock.now
        let text = renderer.render(table, as: .table, width: 80)
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(1))
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines[1], "│ column 0     │ column 1     │ column 2     │ column 3     │ column 4     │ … │")
        XCTAssertEqual(lines[5], "(not shown: column 5, column 6, column 7, column 8, column 9, column 10, column")
    }
}
