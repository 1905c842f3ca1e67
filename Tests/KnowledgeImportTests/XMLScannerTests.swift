@testable import KnowledgeImport
import XCTest

/// The XML reader: what a well-formed document holds, and where and why one is not well-formed.
final class XMLScannerTests: XCTestCase {
    func testElementsAttributesTextReferencesAndSectionsAreRead() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE set [ <!ELEMENT set ANY> <!ATTLIST a b CDATA "x>y"> ]>
        <!-- a comment with <tags> -->
        <set lang='en' note="a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;">
          <a>caf&#233; &#x1F600;<![CDATA[<raw & kept>]]></a>
          <b/><?pi inside?>
        </set>
        """
        XCTAssertEqual(try events(xml), [
            "start set 4 lang=en note=a & b <c> \"d\" 'e'", "text \n  ",
            "start a 5", "text café 😀", "text <raw & kept>", "end a", "text \n  ",
            "start b 6", "end b", "text \n", "end set",
        ])
    }

    func testEveryFaultIsPlacedByLineAndColumnAndSaysWhatWasExpected() {
        let faults: [(String, String)] = [
            ("<a>\n  <b></c></a>", "2:6 expected '</b>' but found '</c>'"),
            ("<a>fish & chips</a>", "1:9 '&' that begins no entity reference (write '&amp;' for an ampersand)"),
            ("<a>&nbsp;</a>", "1:4 an undeclared entity '&nbsp;' (only &lt; &gt; &amp; &quot; &apos; and character references are read)"),
            ("<a>&#0;</a>", "1:4 '&#0;' is not a character"),
            ("<a>&#xD800;</a>", "1:4 '&#xD800;' is not a character"),
            ("<a x='1' x='2'/>", "1:10 attribute 'x' given twice"),
            ("<a x=1/>", "1:6 expected a quoted value for attribute 'x'"),
            ("<a x='<'/>", "1:7 '<' in the value of attribute 'x'"),
            ("<a/><b/>", "1:5 a second root element <b>"),
            ("hello <a/>", "1:7 text outside the root element"),
            ("<a>\n<!-- never closed", "2:1 a comment not closed by '-->'"),
            ("<a></a>\n</a>", "2:1 '</a>' closes no open element"),
            ("<a y='1'z='2'/>", "1:9 expected white space, '>' or '/>' in a tag"),
            ("<1a/>", "1:2 expected a name"),
            ("   ", "1:4 no root element"),
            ("<![CDATA[x]]><a/>", "1:1 CDATA outside the root element"),
            ("<a/><!DOCTYPE a>", "1:5 a DOCTYPE after the root element"),
            ("<a>é\n<b>ü</c></a>", "2:5 expected '</b>' but found '</c>'"),
        ]
        for (xml, expected) in faults {
            XCTAssertThrowsError(try events(xml), xml) { error in
                guard let failure = error as? XMLScanner.Failure else { return XCTFail("\(error)") }
                XCTAssertEqual("\(failure.line):\(failure.column) \(failure.reason)", expected, xml)
                XCTAssertNil(failure.unclosed, xml)
            }
        }
    }

    func testADocumentThatEndsEarlyNamesTheElementLeftOpen() {
        for (xml, open) in [("<a><b>text", "b"), ("<a><b></b", "b"), ("<a><b x='1", "b"), ("<a>\n<b", "b"), ("<a></", "a")] {
            XCTAssertThrowsError(try events(xml), xml) { error in
                XCTAssertEqual((error as? XMLScanner.Failure)?.unclosed, open, xml)
            }
        }
    }

    func testAByteOrderMarkAndALineOfCarriageReturnsAreRead() throws {
        XCTAssertEqual(try events("\u{FEFF}<a>\r\n<b/>\r\n</a>"), ["start a 1", "text \r\n", "start b 2", "end b", "text \r\n", "end a"])
    }

    private func events(_ xml: String) throws -> [String] {
        var seen: [String] = []
        try XMLScanner.scan(xml) { event in
            switch event {
            case let .start(name, attributes, line):
                seen.append((["start \(name) \(line)"] + attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(separator: " "))
            case let .text(text): seen.append("text \(text)")
            case let .end(name): seen.append("end \(name)")
            }
        }
        return seen
    }
}
