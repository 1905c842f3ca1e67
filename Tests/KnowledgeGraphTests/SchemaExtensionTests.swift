import XCTest
@testable import KnowledgeGraph
@testable import KnowledgeStore

/// `schema-extension.yaml` in a pack folder or a knowledge root: merged into the schema, with a
/// located error for every word it would redefine.
final class SchemaExtensionTests: XCTestCase {
    private let geneExtension = """
        kinds:
          - name: gene
            plural: genes
            aliases: [locus]
            meaning: A gene, named by its symbol.
            attributes:
              - name: chromosome
                type: text
                meaning: Where the gene lies, in the source's words.
        attributes:
          - kind: drug
            name: target
            type: text
            meaning: What the drug is directed at.
        relations:
          - name: encodes
            inverse: encoded_by
            domain: [gene]
            range: [drug]
            meaning: The gene codes for the subject of the drug's action.
          - name: concerns
            range: [gene]
        xrefs:
          - name: hgnc
            meaning: HUGO Gene Nomenclature Committee identifier.

        """

    private let source = """
        Title: A fictional gene

        Abstract

        The FICT1 gene lies on chromosome 99. The Heron trial asked about FICT1. Zorvamab acts on the FICT1 protein.

        """

    private let facts = """
        document:
          id: gene-doc
          source: source.txt
          citation: A fictional gene.
        entities:
          - id: fict1
            kind: gene
            name: FICT1
            xrefs: {hgnc: "HGNC:0"}
            quote: The FICT1 gene
            attributes:
              chromosome: {value: chromosome 99, quote: lies on chromosome 99}
          - id: zorvamab
            kind: drug
            name: zorvamab
            quote: Zorvamab
            attributes:
              target: {value: the FICT1 protein, quote: acts on the FICT1 protein}
          - id: heron
            kind: trial
            name: Heron
            quote: The Heron trial
        relations:
          - {subject: heron, type: concerns, object: fict1, quote: The Heron trial asked about FICT1.}
          - {subject: fict1, type: encodes, object: zorvamab, hedge: may, quote: Zorvamab acts on the FICT1 protein.}

        """

    /// A pack folder `gene` without a schema of its own, and with `extensions` by file name.
    private func pack(_ extensions: [String: String], facts: String? = nil) -> KnowledgeFiles {
        var files = ["facts.yaml": Array((facts ?? self.facts).utf8), "source.txt": Array(source.utf8)]
        for (name, text) in extensions { files[name] = Array(text.utf8) }
        return KnowledgeFiles(root: "gene", files: files)
    }

    private var baseSchema: (text: String, path: String) { (TestPacks.schema, "K/schema.yaml") }

    private func errors(_ extensionText: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        TestPacks.errors([pack([Schema.extensionFile: extensionText])], defaultSchema: baseSchema, file: file, line: line)
    }

    func testAPackExtendsTheSchemaItIsLoadedWith() throws {
        let graph = try KnowledgeLoader.load([pack([Schema.extensionFile: geneExtension])], defaultSchema: baseSchema)
        let schema = graph.schema
        XCTAssertEqual(schema.kinds.map(\.name), ["drug", "trial", "question", "gene"])
        XCTAssertEqual(schema.kind(named: "locus")?.name, "gene")
        XCTAssertEqual(schema.kind("drug")?.attributes.map(\.name), ["target"])
        XCTAssertEqual(schema.relation("concerns")?.range, ["drug", "gene"])
        XCTAssertEqual(schema.relation("encodes")?.inverse, "encoded_by")
        XCTAssertEqual(schema.xrefs.map(\.name), ["doi", "nct", "hgnc"])
        XCTAssertEqual(schema.hedges.map(\.name), ["asserted", "possible", "may"])
        XCTAssertEqual(graph.relations.map { "\($0.subject) \($0.type) \($0.object)" }.sorted(), ["fict1 encodes zorvamab", "heron concerns fict1"])
    }

    func testTheExtendedSchemaPrintsAndLoadsAsOne() throws {
        let schema = try KnowledgeLoader.load([pack([Schema.extensionFile: geneExtension])], defaultSchema: baseSchema).schema
        let again = try Schema.load(text: schema.yaml, file: "printed.yaml")
        XCTAssertEqual(again.kinds, schema.kinds)
        XCTAssertEqual(again.relations, schema.relations)
        XCTAssertEqual(again.xrefs, schema.xrefs)
    }

    func testARootsExtensionServesEveryPackAndPacksAddTheirOwn() throws {
        let questionWords = """
            attributes:
              - kind: question
                name: asked-by
                type: text
                meaning: Who asks the question.

            """
        let root = KnowledgeFiles(root: "K", files: [
            "schema.yaml": Array(TestPacks.schema.utf8),
            Schema.extensionFile: Array(geneExtension.utf8),
            "gene/facts.yaml": Array(facts.utf8), "gene/source.txt": Array(source.utf8),
            "gene/\(Schema.extensionFile)": Array(questionWords.utf8),
        ])
        let schema = try KnowledgeLoader.load([root]).schema
        XCTAssertEqual(schema.kind("gene")?.attributes.map(\.name), ["chromosome"])
        XCTAssertEqual(schema.kind("question")?.attributes.map(\.name), ["status", "asked-by"])
    }

    func testWithoutTheExtensionTheKindIsUnknown() {
        XCTAssertTrue(TestPacks.errors([pack([:])], defaultSchema: baseSchema).contains("unknown kind 'gene'"))
    }

    func testEveryClashIsReportedAtTheExtensionsWordWithWhereTheWordIsDefined() {
        XCTAssertText(errors("""
            kinds:
              - name: drug
                plural: drugs
                meaning: A medicine again.
              - name: remedy
                plural: remedies
                aliases: [Medicine]
                meaning: A remedy.
            attributes:
              - kind: trial
                name: status
                type: text
                meaning: Again.
              - kind: trail
                name: arm
                type: text
                meaning: An arm.
              - kind: question
                name: addresses
                type: text
                meaning: Like a relation.
            relations:
              - name: addresses
                inverse: answered_by
                domain: [trial]
                range: [question]
                meaning: Again.
              - name: settles
                inverse: concerned_in
                domain: [trial]
                range: [question]
                meaning: Uses a taken inverse.
              - name: concerns
                range: [gen]
            hedges:
              - name: perhaps
                meaning: Perhaps.

            """), """
            gene/schema-extension.yaml:2:11: error: kind word 'drug' is already used by kind 'drug' at K/schema.yaml:2:11
             2 |   - name: drug
               |           ^~~~
               = to add attributes to kind 'drug', list them under 'attributes:' with 'kind: drug'
            gene/schema-extension.yaml:3:13: error: kind word 'drugs' is already used by kind 'drug' at K/schema.yaml:3:13
             3 |     plural: drugs
               |             ^~~~~
               = to add attributes to kind 'drug', list them under 'attributes:' with 'kind: drug'
            gene/schema-extension.yaml:7:15: error: kind word 'Medicine' is already used by kind 'drug' at K/schema.yaml:4:15
             7 |     aliases: [Medicine]
               |               ^~~~~~~~
            gene/schema-extension.yaml:11:11: error: attribute 'status' is defined twice for kind 'trial'
             11 |     name: status
                |           ^~~~~~
                = first defined at K/schema.yaml:11:15
            gene/schema-extension.yaml:14:11: error: unknown kind 'trail'
             14 |   - kind: trail
                |           ^~~~~
                = did you mean 'trial'?
            gene/schema-extension.yaml:19:11: error: attribute name 'addresses' is also a relation name at K/schema.yaml:36:11; a field name must mean one thing
             19 |     name: addresses
                |           ^~~~~~~~~
            gene/schema-extension.yaml:23:11: error: relation 'addresses' is already defined at K/schema.yaml:36:11
             23 |   - name: addresses
                |           ^~~~~~~~~
                = an extension adds kinds to an existing relation with only 'name', 'domain' and 'range'
            gene/schema-extension.yaml:29:14: error: relation name 'concerned_in' is already used at K/schema.yaml:42:14
             29 |     inverse: concerned_in
                |              ^~~~~~~~~~~~
            gene/schema-extension.yaml:34:13: error: unknown kind 'gen' in the range of 'concerns'
             34 |     range: [gen]
                |             ^~~
            gene/schema-extension.yaml:36:3: error: a schema extension cannot change the hedges
             36 |   - name: perhaps
                |   ^
                = every pack shares one scale, firmest first: change it in schema.yaml
            """)
    }

    func testWideningAnInverseNamesItsForwardRelation() {
        XCTAssertText(errors("relations:\n  - {name: concerned_in, domain: [drug]}\n"), """
            gene/schema-extension.yaml:2:12: error: relation name 'concerned_in' is the inverse of 'concerns', defined at K/schema.yaml:42:14
             2 |   - {name: concerned_in, domain: [drug]}
               |            ^~~~~~~~~~~~
               = to add kinds to it, name 'concerns' with 'domain' and 'range' (its range is where 'concerned_in' starts)
            """)
    }

    func testTwoPacksThatDefineOneKindClash() {
        let root = KnowledgeFiles(root: "K", files: [
            "schema.yaml": Array(TestPacks.schema.utf8),
            "a/facts.yaml": Array(facts.utf8), "a/source.txt": Array(source.utf8), "a/\(Schema.extensionFile)": Array(geneExtension.utf8),
            "b/facts.yaml": Array(facts.replacingOccurrences(of: "gene-doc", with: "gene-doc-b").utf8), "b/source.txt": Array(source.utf8),
            "b/\(Schema.extensionFile)": Array("kinds:\n  - name: gene\n    plural: gene-set\n    meaning: A gene.\n".utf8),
        ])
        let errors = TestPacks.errors([root])
        XCTAssertTrue(errors.hasPrefix("""
            K/b/schema-extension.yaml:2:11: error: kind word 'gene' is already used by kind 'gene' at K/a/schema-extension.yaml:2:11
            """), errors)
    }

    func testAnEmptyExtensionAddsNothing() throws {
        let schema = try KnowledgeLoader.load([pack([Schema.extensionFile: "# nothing yet\n"], facts: TestPacks.header("empty") + "entities: []\n")], defaultSchema: baseSchema).schema
        XCTAssertEqual(schema.kinds.map(\.name), ["drug", "trial", "question"])
    }
}
