import Foundation
import XCTest

/// A pack that carries a schema extension, through the real binary: added to the built-in
/// knowledge, queried with its new kind, checked, printed as YAML, and refused on a clash.
final class SchemaExtensionCommandTests: XCTestCase {
    /// A fictional pack with a new kind, `gene`, and a new relation to a kind of the built-in schema.
    private func genePack(relation: String = "encodes") throws -> String {
        let pack = try KXProcess.temporaryDirectory(self).appendingPathComponent("gene")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        let files = [
            "source.txt": "Title: A fictional gene\n\nAbstract\n\nThe FICT1 gene lies on chromosome 99. Zorvamab acts on the FICT1 protein.\n",
            "schema-extension.yaml": """
                kinds:
                  - name: gene
                    plural: genes
                    meaning: A gene, named by its symbol.
                    attributes:
                      - {name: chromosome, type: text, meaning: Where the gene lies.}
                relations:
                  - {name: \(relation), inverse: encoded_by, domain: [gene], range: [drug], meaning: The gene codes for what the drug acts on.}

                """,
            "facts.yaml": """
                document: {id: gene-2026, citation: A fictional gene.}
                entities:
                  - id: fict1
                    kind: gene
                    name: FICT1
                    quote: The FICT1 gene
                    attributes:
                      chromosome: {value: chromosome 99, quote: lies on chromosome 99}
                  - {id: zorvamab, kind: drug, name: zorvamab, quote: Zorvamab}
                relations:
                  - {subject: fict1, type: \(relation), object: zorvamab, quote: Zorvamab acts on the FICT1 protein.}

                """,
        ]
        for (name, text) in files { try text.write(to: pack.appendingPathComponent(name), atomically: false, encoding: .utf8) }
        return pack.path
    }

    func testAnExtendedPackLoadsBesideTheBuiltInKnowledge() throws {
        let pack = try genePack()
        let result = try KXProcess.run(["--knowledge", pack, "--format", "plain", "-c", "genes where chromosome~99", "-c", "zorvamab <- encodes", "-c", ".schema yaml"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("id\tname\tchromosome\nfict1\tFICT1\tchromosome 99\nid\tname\tchromosome\nfict1\tFICT1\tchromosome 99\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("  - name: gene\n    plural: genes\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("  - name: trial\n"), "the built-in kinds are kept:\n\(result.stdout)")
        let check = try KXProcess.run(["check", pack])
        XCTAssertEqual(check.status, 0, check.stdout)
        XCTAssertTrue(check.stdout.hasPrefix("kx check: 1 pack, 2 entities"), check.stdout)
    }

    func testAClashWithTheBuiltInSchemaIsALocatedError() throws {
        let pack = try genePack(relation: "uses")
        let result = try KXProcess.run(["check", pack])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.hasPrefix("\(pack)/schema-extension.yaml:8:12: error: relation 'uses' is already defined at Knowledge/schema.yaml:"), result.stdout)
        XCTAssertTrue(result.stdout.contains("= an extension adds kinds to an existing relation with only 'name', 'domain' and 'range'"), result.stdout)
        let load = try KXProcess.run(["--knowledge", pack, "-c", "genes"])
        XCTAssertEqual(load.status, 1)
        XCTAssertTrue(load.stderr.contains("relation 'uses' is already defined"), load.stderr)
    }
}
