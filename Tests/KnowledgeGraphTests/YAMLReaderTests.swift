import XCTest
@testable import KnowledgeGraph

/// The YAML reader on its own: the tree and positions it builds from libyaml's events, and what it refuses.
final class YAMLReaderTests: XCTestCase {
    private func parse(_ text: String) throws -> YAMLNode? {
        try YAMLReader(file: "f.yaml", text: text).parse(text)
    }

    /// The rendered error for `text`, or a failure when it parses.
    private func errors(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try parse(text)
            XCTFail("expected the YAML to be refused", file: file, line: line)
            return ""
        } catch let error as KnowledgeError {
            return error.diagnostics.map { $0.rendered() }.joined(separator: "\n")
        } catch {
            XCTFail("unexpected error type: \(error)", file: file, line: line)
            return ""
        }
    }

    private func pairs(_ node: YAMLNode?, file: StaticString = #filePath, line: UInt = #line) -> [(key: YAMLNode, value: YAMLNode)] {
        guard case .mapping(let pairs)? = node?.content else { XCTFail("not a mapping", file: file, line: line); return [] }
        return pairs
    }

    private func items(_ node: YAMLNode?, file: StaticString = #filePath, line: UInt = #line) -> [YAMLNode] {
        guard case .sequence(let items)? = node?.content else { XCTFail("not a list", file: file, line: line); return [] }
        return items
    }

    private func assertAt(_ node: YAMLNode?, _ line: Int, _ column: Int, _ text: String? = nil, plain: Bool? = nil,
                          file: StaticString = #filePath, line testLine: UInt = #line) {
        XCTAssertEqual(node.map { [$0.line, $0.column] }, [line, column], "position", file: file, line: testLine)
        if let text { XCTAssertEqual(node?.scalarText, text, file: file, line: testLine) }
        if let plain, case .scalar(_, let isPlain)? = node?.content { XCTAssertEqual(isPlain, plain, "plain", file: file, line: testLine) }
    }

    // MARK: Trees and positions

    /// Line 1 has a combining accent (two scalars, one `Character`); columns count scalars, as libyaml does.
    private let document = [
        "ne\u{301}e: [a, \"b\"]",
        "kinds:",
        "  - name: 'Ünïcödé – x'",
        "    tags: {k: v}",
        "  - plain",
        "note: |",
        "  one",
        "  two",
        "last: !!str 12",
    ]

    private func assertDocument(_ root: YAMLNode?, file: StaticString = #filePath, line: UInt = #line) {
        assertAt(root, 1, 1, file: file, line: line)
        let top = pairs(root, file: file, line: line)
        XCTAssertEqual(top.map(\.key.scalarText), ["ne\u{301}e", "kinds", "note", "last"], file: file, line: line)
        guard top.count == 4 else { return }
        let flow = items(top[0].value, file: file, line: line)
        assertAt(top[0].value, 1, 7, file: file, line: line)
        assertAt(flow.first, 1, 8, "a", plain: true, file: file, line: line)
        assertAt(flow.last, 1, 11, "b", plain: false, file: file, line: line)
        let kinds = items(top[1].value, file: file, line: line)
        assertAt(top[1].key, 2, 1, "kinds", file: file, line: line)
        assertAt(top[1].value, 3, 3, file: file, line: line)
        guard kinds.count == 2 else { return XCTFail("two kinds expected", file: file, line: line) }
        let kind = pairs(kinds[0], file: file, line: line)
        assertAt(kinds[0], 3, 5, file: file, line: line)
        assertAt(kind.first?.value, 3, 11, "Ünïcödé – x", plain: false, file: file, line: line)
        assertAt(kind.last?.key, 4, 5, "tags", file: file, line: line)
        assertAt(pairs(kind.last?.value, file: file, line: line).first?.value, 4, 15, "v", file: file, line: line)
        assertAt(kinds[1], 5, 5, "plain", plain: true, file: file, line: line)
        assertAt(top[2].value, 6, 7, "one\ntwo\n", plain: false, file: file, line: line)
        assertAt(top[3].value, 9, 7, "12", plain: true, file: file, line: line)
    }

    func testNestedDocumentHasTheRightPositions() throws {
        assertDocument(try parse(document.joined(separator: "\n") + "\n"))
    }

    func testWindowsAndOldMacLineEndingsGiveTheSamePositionsAndSourceLines() throws {
        for newline in ["\r\n", "\r"] {
            let text = document.joined(separator: newline) + newline
            let reader = YAMLReader(file: "f.yaml", text: text)
            let root = try reader.parse(text)
            assertDocument(root)
            let kinds = items(pairs(root).dropFirst().first?.value)
            XCTAssertEqual(kinds.last.map { reader.diagnostic($0, "x").sourceLine }, "  - plain")
            XCTAssertEqual(reader.diagnostic(at: SourceLocation(file: "f.yaml", line: 10, column: 1), "x").sourceLine, "")
        }
    }

    func testAKeyWithNoValueIsAnEmptyListWhereAListIsExpected() throws {
        let text = "a:\nb: ~\nc: []\nd: \"\"\ne: [x]\n"
        let reader = YAMLReader(file: "f.yaml", text: text)
        let fields = try reader.mapping(try XCTUnwrap(try reader.parse(text)), what: "a test", allowed: ["a", "b", "c", "d", "e"])
        for key in ["a", "b", "c"] { XCTAssertEqual(try reader.list(try XCTUnwrap(fields[key]), what: key).count, 0, key) }
        XCTAssertEqual(try reader.list(try XCTUnwrap(fields["e"]), what: "e").count, 1)
        XCTAssertThrowsError(try reader.list(try XCTUnwrap(fields["d"]), what: "d"), "a quoted empty text is a value, not nothing")
        XCTAssertThrowsError(try reader.sequence(try XCTUnwrap(fields["a"]), what: "a"))
    }

    func testEmptyTextHasNoDocument() throws {
        XCTAssertNil(try parse(""))
        XCTAssertNil(try parse("# only a comment\n\n"))
    }

    func testBracketsInQuotedTextAreNotNesting() throws {
        let brackets = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        let root = try parse("a: \"\(brackets)\"\nb: '\(brackets)'\nc: |\n  \(brackets)\n")
        XCTAssertEqual(pairs(root).map(\.value.scalarText), [brackets, brackets, brackets + "\n"])
    }

    func testNestingUpToTheLimitIsRead() throws {
        let depth = YAMLReader.maximumDepth
        var node = try parse(String(repeating: "[", count: depth) + "x" + String(repeating: "]", count: depth))
        for _ in 0..<depth { node = items(node).first }
        XCTAssertEqual(node?.scalarText, "x")
    }

    // MARK: Refusals

    func testDeepFlowNestingIsRefusedAtTheLevelPastTheLimit() {
        let deepLists = errors(String(repeating: "[", count: 500) + String(repeating: "]", count: 500))
        XCTAssertTrue(deepLists.hasPrefix("f.yaml:1:65: error: YAML nested more than 64 levels deep\n"), deepLists)
        let deepMappings = errors("a: " + String(repeating: "{b: ", count: 200))
        XCTAssertTrue(deepMappings.hasPrefix("f.yaml:1:256: error: YAML nested more than 64 levels deep\n"), deepMappings)
    }

    /// Ten thousand brackets are refused at the level past the limit, as a few hundred are: the
    /// reader's own limit, since Debian's libyaml 0.2.5 has none of its own (later versions stop at 1,000).
    func testVeryDeepFlowNestingIsRefusedWithoutCrashing() {
        let deepLists = errors(String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000))
        XCTAssertTrue(deepLists.hasPrefix("f.yaml:1:65: error: YAML nested more than 64 levels deep\n"), deepLists)
        let deepMappings = errors("a: " + String(repeating: "{b: ", count: 10_000))
        XCTAssertTrue(deepMappings.hasPrefix("f.yaml:1:256: error: YAML nested more than 64 levels deep\n"), deepMappings)
    }

    func testDeepBlockNestingIsRefused() {
        var text = ""
        for level in 0..<65 { text += String(repeating: " ", count: level) + "k\(level):\n" }
        XCTAssertEqual(errors(text + String(repeating: " ", count: 65) + "x\n"), """
            f.yaml:65:65: error: YAML nested more than 64 levels deep
             65 | \(String(repeating: " ", count: 64))k64:
                | \(String(repeating: " ", count: 64))^
            """)
    }

    func testAliasBombIsRefusedAtItsFirstAnchor() {
        var bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        let start = Date()
        XCTAssertEqual(errors(bomb), """
            f.yaml:1:4: error: YAML anchors and aliases are not allowed in knowledge files (found anchor '&a')
             1 | a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
               |    ^~
            """)
        XCTAssertLessThan(Date().timeIntervalSince(start), 1)
    }

    func testAliasIsRefusedWhereItIsWritten() {
        XCTAssertEqual(errors("a: x\nb: [1, *a]\n"), """
            f.yaml:2:8: error: YAML anchors and aliases are not allowed in knowledge files (found alias '*a')
             2 | b: [1, *a]
               |        ^~
            """)
    }

    func testAnchorAloneIsRefused() {
        XCTAssertEqual(errors("list:\n  - &first\n    name: x\n"), """
            f.yaml:2:5: error: YAML anchors and aliases are not allowed in knowledge files (found anchor '&first')
             2 |   - &first
               |     ^~~~~~
            """)
    }

    func testDuplicateKeyIsReportedAtItsSecondOccurrence() {
        XCTAssertEqual(errors("a: 1\nb:\n  c: 2\n  d: 3\n  'c': 4\n"), """
            f.yaml:5:3: error: key 'c' is given more than once in the same mapping
             5 |   'c': 4
               |   ^~~
               = first given at f.yaml:3:3
            """)
        XCTAssertEqual(errors("m: {x: 1, y: 2, x: 3}\n"), """
            f.yaml:1:17: error: key 'x' is given more than once in the same mapping
             1 | m: {x: 1, y: 2, x: 3}
               |                 ^
               = first given at f.yaml:1:5
            """)
    }

    func testSameKeyInDifferentMappingsIsFine() throws {
        XCTAssertEqual(items(try parse("- a: 1\n- a: 2\n")).count, 2)
    }

    func testSyntaxErrorIsLocatedWithWhatWasBeingRead() {
        XCTAssertEqual(errors("a: 1\nb: \"open\n"), """
            f.yaml:3:1: error: YAML syntax error: found unexpected end of stream
             3 | 
               | ^
               = while scanning a quoted scalar that starts at f.yaml:2:4
            """)
    }

    func testControlCharacterIsLocatedAfterCarriageReturns() {
        XCTAssertEqual(errors("a: 1\r\nb: \u{7}\r\n"), """
            f.yaml:2:4: error: YAML syntax error: control characters are not allowed
             2 | b: \u{7}
               |    ^
            """)
    }

    func testSecondDocumentIsRefused() {
        XCTAssertEqual(errors("a: 1\n---\nb: 2\n"), """
            f.yaml:2:1: error: a knowledge file holds one YAML document
             2 | ---
               | ^
            """)
        XCTAssertEqual(errors("a: 1\n...\n--- b\n"), """
            f.yaml:3:1: error: a knowledge file holds one YAML document
             3 | --- b
               | ^
            """)
    }

    func testOneExplicitDocumentIsRead() throws {
        XCTAssertEqual(pairs(try parse("---\na: 1\n...\n")).first?.value.scalarText, "1")
    }
}
