import XCTest
@testable import KnowledgeGraph
@testable import KnowledgeStore

/// Small knowledge folders built in memory, so each test states exactly the input it is about.
enum TestPacks {
    /// A small schema with one attribute of every type, used instead of the shipped one so
    /// these tests do not change when the shipped knowledge does.
    static let schema = """
        kinds:
          - name: drug
            plural: drugs
            aliases: [medicine]
            meaning: A medicine.
            attributes: []
          - name: trial
            plural: trials
            meaning: A clinical trial.
            attributes:
              - name: status
                type: enum
                values: [planned, failed-to-accrue, completed]
                meaning: How far it got.
              - name: count
                type: number
                meaning: How many.
              - name: start
                type: date
                meaning: When it started.
              - name: site
                type: url
                meaning: Its web address.
              - name: purpose
                type: text
                meaning: What it is for.
          - name: question
            plural: questions
            meaning: An open question.
            attributes:
              - name: status
                type: enum
                values: [unanswered, answered]
                meaning: Whether it is answered.
        relations:
          - name: addresses
            inverse: addressed_by
            domain: [trial]
            range: [question]
            meaning: The trial tries to answer the question.
          - name: concerns
            inverse: concerned_in
            domain: [question, trial]
            range: [drug]
            meaning: The subject is about the drug.
        hedges:
          - name: asserted
            meaning: Stated without qualification.
          - name: possible
            meaning: Called possible.
          - name: may
            meaning: Said to be so with 'may'.
        xrefs:
          - name: doi
            meaning: Digital Object Identifier.
          - name: nct
            meaning: ClinicalTrials.gov identifier.

        """

    /// The source document of the test packs.
    static let source = """
        Title: A test of trastuzumab
        Authors: Ann Example et al.

        Abstract

        Whether to continue trastuzumab is an unanswered question. Two trials were planned in 2006 but failed to accrue patients. \
        The registry is at www.example.org.

        """

    /// A source about an invented drug and disease. FICTIONAL: zorvamab, grey fever and the Heron and
    /// Kestrel trials do not exist; the text only gives the packs of these tests something to quote.
    static let fictionalSource = """
        Title: The Heron trial of zorvamab in grey fever (a fictional protocol)
        Authors: Iris Quill et al.

        Abstract

        Zorvamab is an invented antibody against grey fever, an invented disease. \
        The Heron trial is currently planned to test zorvamab and to count relapses. \
        A later note says the Heron trial may have been completed early. Zorvamab may shorten grey fever. \
        The Kestrel trial gave zorvamab to every patient. Whether zorvamab helps is an open question.

        """

    /// A second FICTIONAL source that disagrees with `fictionalSource`.
    static let fictionalReport = """
        Title: Results of the Heron trial (a fictional report)
        Authors: Otto Wren et al.

        Abstract

        The Heron trial was completed in 2021. The Kestrel trial did not give zorvamab to any patient. \
        The Heron trial asked whether zorvamab helps.

        """

    /// A root `K` with the test schema (or `schema`) and one pack per entry of `packs`, named by the key.
    static func root(packs: [String: (facts: String, source: String)], schema: String = schema) -> KnowledgeFiles {
        var files = ["schema.yaml": Array(schema.utf8)]
        for (name, pack) in packs {
            files["\(name)/facts.yaml"] = Array(pack.facts.utf8)
            files["\(name)/source.txt"] = Array(pack.source.utf8)
        }
        return KnowledgeFiles(root: "K", files: files)
    }

    /// The facts-file header for a document with this id.
    static func header(_ id: String, date: String? = nil) -> String {
        "document:\n  id: \(id)\n" + (date.map { "  date: \($0)\n" } ?? "") + "  citation: \(id), a fictional document.\n"
    }

    /// The rendered diagnostics of loading `folders`, one string per diagnostic, or fails when loading succeeds.
    static func diagnostics(_ folders: [KnowledgeFiles], file: StaticString = #filePath, line: UInt = #line) -> [Diagnostic] {
        do {
            let graph = try KnowledgeLoader.load(folders)
            XCTFail("expected loading to fail, but it loaded \(graph.entities.count) entities", file: file, line: line)
        } catch let error as KnowledgeError {
            return error.diagnostics
        } catch {
            XCTFail("unexpected error type: \(error)", file: file, line: line)
        }
        return []
    }

    /// A root `K` holding the test schema and one pack `p` with `facts` and `source`.
    static func root(facts: String, source: String = source, schema: String? = schema) -> KnowledgeFiles {
        var files = ["p/facts.yaml": Array(facts.utf8), "p/source.txt": Array(source.utf8)]
        if let schema { files["schema.yaml"] = Array(schema.utf8) }
        return KnowledgeFiles(root: "K", files: files)
    }

    /// The facts-file header for the test document.
    static let header = """
        document:
          id: test-doc
          source: source.txt
          citation: Example A. A test of trastuzumab.

        """

    /// Loads `folders` and returns the whole rendered error, or fails when loading succeeds.
    static func errors(_ folders: [KnowledgeFiles], defaultSchema: (text: String, path: String)? = nil,
                       file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            let graph = try KnowledgeLoader.load(folders, defaultSchema: defaultSchema)
            XCTFail("expected loading to fail, but it loaded \(graph.entities.count) entities", file: file, line: line)
            return ""
        } catch let error as KnowledgeError {
            return error.diagnostics.map { $0.rendered() }.joined(separator: "\n")
        } catch {
            XCTFail("unexpected error type: \(error)", file: file, line: line)
            return ""
        }
    }

    /// The rendered errors of loading the test root with `facts` and `source` in pack `p`.
    static func errors(facts: String, source: String = source, file: StaticString = #filePath, line: UInt = #line) -> String {
        errors([root(facts: facts, source: source)], file: file, line: line)
    }
}

/// Compares multi-line text and shows both versions in full on failure.
func XCTAssertText(_ actual: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    if actual != expected {
        XCTFail("text differs.\n--- expected\n\(expected)\n--- actual\n\(actual)\n---", file: file, line: line)
    }
}
