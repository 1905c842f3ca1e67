import Foundation
import XCTest

/// Every relative link of README.md and docs/*.md names a file or folder that exists, and every
/// `#anchor` one of the target page's headings (as GitHub makes anchors of them).
final class DocumentationLinkTests: XCTestCase {
    func testEveryLinkAndAnchorResolves() throws {
        let pages = try MarkdownPage.all()
        let anchors = Dictionary(uniqueKeysWithValues: pages.map { ($0.url.standardizedFileURL.path, $0.anchors) })
        var checked = 0
        for page in pages {
            for link in page.links where !link.target.contains("://") && !link.target.hasPrefix("mailto:") {
                let parts = link.target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? page.url : page.url.deletingLastPathComponent().appendingPathComponent(parts[0])
                let place = "\(page.name):\(link.line): \(link.target)"
                XCTAssertTrue(FileManager.default.fileExists(atPath: target.path), "\(place): no such file")
                if parts.count == 2 {
                    let headings = anchors[target.standardizedFileURL.path]
                    XCTAssertNotNil(headings, "\(place): an anchor into a page that is not README.md or docs/*.md")
                    XCTAssertTrue(headings?.contains(parts[1]) ?? true, "\(place): no heading with the anchor '\(parts[1])'")
                }
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 20, "the links were not found")
    }
}
