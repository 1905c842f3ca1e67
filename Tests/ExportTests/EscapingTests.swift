import Foundation
import KnowledgeGraph
import KnowledgeStore
import XCTest
@testable import Export

/// Hostile text in every place a pack can put it comes back exactly from N-Triples and KGX, with no
/// raw control character in the export; IRIs hold only what an IRI may.
final class EscapingTests: XCTestCase {
    static let hostile = "q\"uote \\back\\slash\nnew\r\tline \u{1B}[31mred \u{07}\u{7F}\u{9B}\u{202E}evil\u{2066} 🐦 é"

    private func hostileGraph() throws -> Graph {
        let yaml = Self.hostile.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            default: return scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value > 0x7E
                ? String(format: "\\U%08X", scalar.value) : String(scalar)
            }
        }.joined()
        let source = "Title: Hostile \(Self.hostile) text\n\nAbstract\n\nThe drug was given.\n"
        let facts = """
            document: {id: hostile-doc, citation: "\(yaml)"}
            entities:
              - id: hostile
                kind: drug
                name: "\(yaml)"
                aliases: ["\(yaml) alias"]
                note: "\(yaml)"
                quote: The drug
                attributes:
                  target: {value: "\(yaml)", quote: was given, note: "\(yaml)"}
            """
        let schema = """
            kinds:
              - {name: drug, plural: drugs, meaning: A drug., attributes: [{name: target, type: text, meaning: What it acts on.}]}
            relations: []
            """
        return try KnowledgeLoader.load([KnowledgeFiles(root: "K", files: ["schema.yaml": Array(schema.utf8), "p/facts.yaml": Array(facts.utf8),
                                                                            "p/source.txt": Array(source.utf8)])])
    }

    func testNTriplesEscapesAndParsesBack() throws {
        let graph = try hostileGraph()
        let (text, _) = try ExportFixture.rdf(graph, .ntriples)
        XCTAssertFalse(text.utf8.contains { ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F }, "a raw control character")
        XCTAssertFalse(text.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x202E || $0.value == 0x2066 })
        XCTAssertTrue(text.contains("🐦 é"), "other characters are written as they are")
        let literals = NTriplesParser.parse(text).compactMap(\.literal)
        for expected in [Self.hostile, Self.hostile + " alias"] {
            XCTAssertTrue(literals.contains(expected), "\(expected.debugDescription) does not parse back")
        }
        XCTAssertTrue(literals.contains { $0.contains("Title: Hostile \(Self.hostile) text\n\nAbstract") }, "the document's text")
    }

    func testTurtleEscapesInLongStringsToo() throws {
        let (text, _) = try ExportFixture.rdf(try hostileGraph(), .turtle)
        XCTAssertFalse(text.utf8.contains { ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F })
        XCTAssertTrue(text.contains(#"rdfs:label """q"uote \\back\\slash"# + "\n" + #"new\r\tline \u001B[31mred \u0007\u007F\u009B\u202Eevil\u2066 🐦 é""" ;"#), text)
        XCTAssertEqual(RDFText.quoted("a\n\"b\"\n\"\"\"c\"", long: true), "\"\"\"a\n\"b\"\n\\\"\\\"\"c\\\"\"\"\"")
    }

    func testKGXIsJSONThatParsesBack() throws {
        let (nodes, _, text) = try ExportFixture.kgx(try hostileGraph())
        XCTAssertFalse(text.utf8.contains { ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F })
        XCTAssertEqual(nodes[0]["name"] as? String, Self.hostile)
        XCTAssertEqual(nodes[0]["kxp:target"] as? [String], [Self.hostile])
        XCTAssertEqual(nodes[0]["kx_notes"] as? [String], [Self.hostile])
        XCTAssertEqual(JSONText.string("\u{0}\u{1F}\u{2028}"), "\"\\u0000\\u001F\\u2028\"")
    }

    func testIRIsHoldOnlyWhatAnIRIMay() {
        XCTAssertEqual(IRISyntax.segment("a b/c?d#e%f"), "a%20b%2Fc%3Fd%23e%25f")
        XCTAssertEqual(IRISyntax.path("10.1000/x y<z>"), "10.1000/x%20y%3Cz%3E")
        XCTAssertEqual(IRISyntax.segment("café🐦"), "café🐦")
        XCTAssertEqual(IRISyntax.segment("\u{202E}\u{1B}"), "%E2%80%AE%1B")
        XCTAssertTrue(IRISyntax.isAbsolute("urn:kx:"))
        XCTAssertFalse(IRISyntax.isAbsolute("https://x.org/a b"))
        XCTAssertFalse(IRISyntax.isAbsolute("//x.org/"))
        XCTAssertFalse(IRISyntax.isAbsolute("1http://x"))
    }

    func testTheBaseMustBeAnAbsoluteIRIEndingInASeparator() {
        XCTAssertEqual(try ExportOptions.checkBase("https://lit.example/"), "https://lit.example/")
        XCTAssertEqual(try ExportOptions.checkBase("urn:lit:"), "urn:lit:")
        for (base, message) in [("lit.example", "did you mean 'https://lit.example/'?"), ("https://lit.example", "did you mean 'https://lit.example/'?"),
                                ("https://x/<y>/", "holds '<'"), ("https://x/\u{1B}/", "holds the character U+1B")] {
            XCTAssertThrowsError(try ExportOptions.checkBase(base), base) { error in
                XCTAssertTrue("\(error)".contains(message), "\(base): \(error)")
            }
        }
    }
}
