import Foundation

/// A Markdown page of the documentation, read for what the tests check: its fenced blocks (with
/// the HTML comments just before each), the anchors GitHub gives its headings, and its links.
struct MarkdownPage {
    struct Block {
        /// The text after the opening fence (its language).
        var info: String
        var lines: [String]
        /// Where `lines` starts among the page's lines.
        var start: Int
        /// The `<!-- … -->` comments on the lines just before the opening fence, without the markers.
        var directives: [String]
    }

    struct Link {
        var target: String
        var line: Int
    }

    /// The documentation pages: README.md and docs/*.md.
    static func all() throws -> [MarkdownPage] {
        let docs = KXProcess.packageRoot.appendingPathComponent("docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".md") }.sorted()
        return try ([KXProcess.packageRoot.appendingPathComponent("README.md")] + names.map { docs.appendingPathComponent($0) }).map(MarkdownPage.init)
    }

    let url: URL
    let lines: [String]
    private(set) var blocks: [Block] = []
    private(set) var anchors: Set<String> = []
    private(set) var links: [Link] = []

    /// The page's path from the package's folder, as failures name it.
    var name: String { String(url.path.dropFirst(KXProcess.packageRoot.path.count + 1)) }

    init(url: URL) throws {
        self.url = url
        lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        var fence: (marker: String, block: Block)?
        var seen: [String: Int] = [:]
        for (number, line) in lines.enumerated() {
            if let open = fence {
                if line.hasPrefix(open.marker), line.drop(while: { $0 == "`" }).allSatisfy(\.isWhitespace) {
                    blocks.append(open.block)
                    fence = nil
                } else {
                    fence?.block.lines.append(line)
                }
            } else if line.hasPrefix("```") {
                let marker = String(line.prefix { $0 == "`" })
                fence = (marker, Block(info: String(line.dropFirst(marker.count)), lines: [], start: number + 1, directives: directives(before: number)))
            } else {
                if let heading = line.range(of: "^#{1,6} ", options: .regularExpression) {
                    let anchor = Self.anchor(ofHeading: String(line[heading.upperBound...]))
                    let count = seen[anchor, default: 0]
                    seen[anchor] = count + 1
                    anchors.insert(count == 0 ? anchor : "\(anchor)-\(count)")
                }
                links += Self.targets(in: line).map { Link(target: $0, line: number + 1) }
            }
        }
    }

    /// The anchor GitHub makes of a heading: its text as shown, lower-cased, with punctuation
    /// dropped (but `-` and `_`) and each space a `-`.
    static func anchor(ofHeading heading: String) -> String {
        var text = heading.trimmingCharacters(in: .whitespaces)
        text = text.replacingOccurrences(of: #"\[([^\]]*)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
        return String(text.lowercased().compactMap { character -> Character? in
            if character == " " { return "-" }
            return character.isLetter || character.isNumber || character == "-" || character == "_" ? character : nil
        })
    }

    /// The targets of the links and images in a line of prose, outside inline code.
    private static func targets(in line: String) -> [String] {
        let prose = line.replacingOccurrences(of: "`[^`]*`", with: "", options: .regularExpression)
        let pattern = try! NSRegularExpression(pattern: #"\]\(([^)\s]+)\)"#)
        return pattern.matches(in: prose, range: NSRange(prose.startIndex..., in: prose)).compactMap {
            Range($0.range(at: 1), in: prose).map { String(prose[$0]) }
        }
    }

    /// The HTML comments on the lines just before line `number` (blank lines between are allowed).
    private func directives(before number: Int) -> [String] {
        var found: [String] = []
        for line in lines[..<number].reversed() {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            guard text.hasPrefix("<!--"), text.hasSuffix("-->") else { break }
            found.insert(text.dropFirst(4).dropLast(3).trimmingCharacters(in: .whitespaces), at: 0)
        }
        return found
    }
}
