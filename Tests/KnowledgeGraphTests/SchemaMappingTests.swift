import XCTest
@testable import KnowledgeGraph
@testable import KnowledgeStore

/// The schema's mapping keys: a kind's and a relation's `biolink`, an xref's `iri` and `curie`. They
/// load with a located error for every bad value, merge from extensions, print as `.schema yaml` and
/// survive a compiled image; an image written before them reads with none.
final class SchemaMappingTests: XCTestCase {
    private func mapped(_ text: String = TestPacks.schema) -> String {
        text.replacingOccurrences(of: "    meaning: A medicine.\n", with: "    meaning: A medicine.\n    biolink: biolink:Drug\n")
            .replacingOccurrences(of: "    meaning: The subject is about the drug.\n", with: "    meaning: The subject is about the drug.\n    biolink: biolink:related_to\n")
            .replacingOccurrences(of: "    meaning: Digital Object Identifier.\n", with: "    meaning: Digital Object Identifier.\n    iri: https://doi.org/{value}\n    curie: doi\n")
    }

    private func errors(_ schema: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        TestPacks.errors([TestPacks.root(facts: TestPacks.header + "entities: []\n", schema: schema)], file: file, line: line)
    }

    func testTheKeysLoad() throws {
        let schema = try Schema.load(text: mapped(), file: "schema.yaml")
        XCTAssertEqual(schema.kind("drug")?.biolink, "biolink:Drug")
        XCTAssertNil(schema.kind("trial")?.biolink)
        XCTAssertEqual(schema.relation("concerns")?.biolink, "biolink:related_to")
        XCTAssertNil(schema.relation("addresses")?.biolink)
        XCTAssertEqual(schema.xrefSystem("doi"), XrefSystem(name: "doi", meaning: "Digital Object Identifier.", iri: "https://doi.org/{value}", curie: "doi"))
        XCTAssertEqual(schema.xrefSystem("nct"), XrefSystem(name: "nct", meaning: "ClinicalTrials.gov identifier."))
    }

    func testBadValuesAreLocatedErrorsWithTheNameMeant() {
        let schema = mapped().replacingOccurrences(of: "biolink:Drug", with: "drug")
            .replacingOccurrences(of: "biolink:related_to", with: "biolink:relatedTo")
            .replacingOccurrences(of: "https://doi.org/{value}", with: "https://doi.org/")
            .replacingOccurrences(of: "curie: doi", with: "\"curie\": \"doi:\"")
        XCTAssertText(errors(schema), """
            K/schema.yaml:6:14: error: 'drug' is not a Biolink class: expected 'biolink:' and a class name in CamelCase, such as biolink:Drug
             6 |     biolink: drug
               |              ^~~~
               = did you mean 'biolink:Drug'?
            K/schema.yaml:47:14: error: 'biolink:relatedTo' is not a Biolink predicate: expected 'biolink:' and a predicate name in snake case, such as biolink:related_to
             47 |     biolink: biolink:relatedTo
                |              ^~~~~~~~~~~~~~~~~
                = did you mean 'biolink:related_to'?
            K/schema.yaml:58:10: error: the IRI template 'https://doi.org/' has no {value}: write {value} where the identifier goes, as in https://doi.org/{value}
             58 |     iri: https://doi.org/
                |          ^~~~~~~~~~~~~~~~
                = did you mean 'https://doi.org/{value}'?
            K/schema.yaml:59:14: error: 'doi:' is not a CURIE prefix: expected a letter, then letters, digits, '_', '-' or '.' (without the ':'), such as doi or PMID
             59 |     "curie": "doi:"
                |              ^~~~~~
                = did you mean 'doi'?
            """)
    }

    func testATemplateMustBeAnAbsoluteIRI() {
        for (template, message) in [
            ("doi.org/{value}", "is not an absolute IRI: it must start with a scheme such as https:"),
            ("\"https://doi.org/{value} x\"", "holds a space, which an IRI may not hold"),
            ("https://a/{value}/{value}", "holds {value} more than once"),
        ] {
            let text = errors(mapped().replacingOccurrences(of: "https://doi.org/{value}", with: template))
            XCTAssertTrue(text.contains(message), "\(template): \(text)")
        }
    }

    func testAnExtensionBringsItsMappingsButCannotMapAnExistingRelation() throws {
        let gene = """
            kinds:
              - {name: gene, plural: genes, meaning: A gene., biolink: "biolink:Gene", attributes: []}
            relations:
              - {name: encodes, inverse: encoded_by, domain: [gene], range: [drug], meaning: It codes for it., biolink: "biolink:related_to"}
            xrefs:
              - {name: hgnc, meaning: HGNC identifier., iri: "https://identifiers.org/hgnc:{value}", curie: HGNC}
            """
        let schema = try Schema.load(text: TestPacks.schema, file: "schema.yaml", extensions: [(gene, "x.yaml")])
        XCTAssertEqual(schema.kind("gene")?.biolink, "biolink:Gene")
        XCTAssertEqual(schema.relation("encodes")?.biolink, "biolink:related_to")
        XCTAssertEqual(schema.xrefSystem("hgnc")?.curie, "HGNC")
        let again = try Schema.load(text: schema.yaml, file: "printed.yaml")
        XCTAssertEqual(again.kinds, schema.kinds)
        XCTAssertEqual(again.relations, schema.relations)
        XCTAssertEqual(again.xrefs, schema.xrefs)
        XCTAssertThrowsError(try Schema.load(text: TestPacks.schema, file: "schema.yaml",
                                             extensions: [("relations:\n  - {name: concerns, biolink: \"biolink:related_to\"}\n", "x.yaml")])) { error in
            XCTAssertEqual((error as? KnowledgeError)?.diagnostics.first?.message.hasPrefix("relation 'concerns' is already defined"), true, "\(error)")
        }
    }

    func testACompiledImageKeepsTheMappingsAndAnOlderOneReadsWithout() throws {
        let schema = try Schema.load(text: mapped(), file: "schema.yaml")
        var strings = StringInterner()
        let stream = try schema.encoded(&strings)
        let older = Array(stream.dropLast(schema.kinds.count + schema.relations.count + 2 * schema.xrefs.count))
        let (bytes, offsets) = (strings.bytes, strings.offsets)
        try bytes.withUnsafeBufferPointer { bytes in
            try offsets.withUnsafeBufferPointer { offsets in
                let table = StringTable(bytes: bytes, offsets: offsets)
                let decoded = try stream.withUnsafeBufferPointer { try Schema(decoding: $0, strings: table) }
                XCTAssertEqual(decoded.kinds, schema.kinds)
                XCTAssertEqual(decoded.relations, schema.relations)
                XCTAssertEqual(decoded.xrefs, schema.xrefs)
                let old = try older.withUnsafeBufferPointer { try Schema(decoding: $0, strings: table) }
                XCTAssertEqual(old.kinds.map(\.name), schema.kinds.map(\.name))
                XCTAssertEqual(old.kinds.compactMap(\.biolink), [])
                XCTAssertEqual(old.xrefs, [XrefSystem(name: "doi", meaning: "Digital Object Identifier."), XrefSystem(name: "nct", meaning: "ClinicalTrials.gov identifier.")])
                XCTAssertThrowsError(try (stream + [0]).withUnsafeBufferPointer { try Schema(decoding: $0, strings: table) })
            }
        }
    }
}
