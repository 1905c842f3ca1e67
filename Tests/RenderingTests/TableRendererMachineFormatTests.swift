import Rendering
import XCTest

final class TableRendererMachineFormatTests: XCTestCase {
    private let renderer = TableRenderer()

    func testPlainIsTabSeparatedWithHeader() {
        let expected = "name\tnotes\ttrials\n"
            + "José García\taspirin, \"low\" dose\t2\n"
            + "王小明\ta|b\t3.5\n"
            + "Zoë\tx, y\t\n"
        XCTAssertEqual(renderer.render(SampleTables.patients, as: .plain, width: 10, style: .ansi), expected)
    }

    func testPlainReplacesTabsAndLineBreaksInCellsWithSpaces() {
        let table = Table(columns: [Table.Column(name: "a\tb")], rows: [[.text("one\ttwo\nthree\r\nfour")]])
        XCTAssertEqual(renderer.render(table, as: .plain, width: nil, style: .plain), "a b\none two three four\n")
    }

    func testCSVQuotesCommasQuotesAndLineBreaks() {
        let expected = """
            name,notes,trials
            José García,"aspirin, ""low"" dose",2
            王小明,a|b,3.5
            Zoë,"x, y",

            """
        XCTAssertEqual(renderer.render(SampleTables.patients, as: .csv, width: 10, style: .ansi), expected)
        let table = Table(columns: [Table.Column(name: "v")], rows: [[.text("line1\nline2")], [.text("cr\r\nlf")], [.text("é\u{1B}")]])
        XCTAssertEqual(
            renderer.render(table, as: .csv, width: nil, style: .plain),
            "v\n\"line1\nline2\"\n\"cr\r\nlf\"\né\u{1B}\n"
        )
    }

    func testMarkdownEscapesPipesAndLineBreaks() {
        let expected = #"""
            | name | notes | trials |
            | --- | --- | ---: |
            | José García | aspirin, "low" dose | 2 |
            | 王小明 | a\|b | 3.5 |
            | Zoë | x, y |  |

            """#
        XCTAssertEqual(renderer.render(SampleTables.patients, as: .markdown, width: 10, style: .ansi), expected)
        let table = Table(columns: [Table.Column(name: "a|b")], rows: [[.text("one\ntwo\r\nthree")]])
        XCTAssertEqual(
            renderer.render(table, as: .markdown, width: nil, style: .plain),
            #"""
            | a\|b |
            | --- |
            | one<br>two<br>three |

            """#
        )
    }

    func testJSONIsArrayOfOrderedObjects() {
        let expected = #"""
            [
              {
                "name": "José García",
                "notes": "aspirin, \"low\" dose",
                "trials": 2
              },
              {
                "name": "王小明",
                "notes": "a|b",
                "trials": 3.5
              },
              {
                "name": "Zoë",
                "notes": [
                  "x",
                  "y"
                ],
                "trials": null
              }
            ]

            """#
        XCTAssertEqual(renderer.render(SampleTables.patients, as: .json, width: 10, style: .ansi), expected)
    }

    func testJSONEscapesControlCharactersInsteadOfPassingThemRaw() {
        let table = Table(columns: [Table.Column(name: "v")], rows: [[.text("\u{1B}[2J")]])
        let expected = #"""
            [
              {
                "v": "\u001b[2J"
              }
            ]

            """#
        XCTAssertEqual(renderer.render(table, as: .json, width: nil, style: .plain), expected)
    }

    func testEmptyResultInEveryMachineFormat() {
        let table = SampleTables.empty
        XCTAssertEqual(renderer.render(table, as: .plain, width: nil, style: .plain), "name\tnotes\ttrials\n")
        XCTAssertEqual(renderer.render(table, as: .csv, width: nil, style: .plain), "name,notes,trials\n")
        XCTAssertEqual(
            renderer.render(table, as: .markdown, width: nil, style: .plain),
            "| name | notes | trials |\n| --- | --- | ---: |\n"
        )
        XCTAssertEqual(renderer.render(table, as: .json, width: nil, style: .plain), "[]\n")
    }

    func testMachineFormatsIgnoreStyleAndWidth() {
        for format in TableFormat.allCases where format != .table {
            XCTAssertEqual(
                renderer.render(SampleTables.patients, as: format, width: 5, style: .ansi),
                renderer.render(SampleTables.patients, as: format, width: nil, style: .plain),
                "\(format)"
            )
        }
    }

    func testOutputFormatNames() {
        XCTAssertEqual(OutputFormat.allCases.map(\.rawValue), ["table", "plain", "json", "csv", "markdown", "dot", "svg"])
        XCTAssertEqual(OutputFormat(rawValue: "csv"), .csv)
        XCTAssertNil(OutputFormat(rawValue: "xml"))
        XCTAssertEqual(OutputFormat.tableFormats.map(\.rawValue), TableFormat.allCases.map(\.rawValue), "every format but the pictures writes tables as itself")
        XCTAssertEqual(OutputFormat.dot.tableFormat, .table, "a picture format shows a dot-command's listing as a table")
    }
}
