import XCTest
@testable import KnowledgeGraph
import EmbeddedKnowledge

/// The shipped knowledge (`Knowledge/`, pack `pusztai-2006`), as embedded in the binary and as on disk.
final class SeedPackTests: XCTestCase {
    /// `Knowledge/` of the package, found from this file's path.
    static let knowledgeDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Knowledge").path

    static let embedded = KnowledgeFiles(root: "Knowledge", files: EmbeddedKnowledge.files())

    /// Loaded once for the whole class; every test only reads it.
    static let loaded = Result { try KnowledgeLoader.load([embedded]) }

    private var graph: Graph {
        get throws {
            do { return try Self.loaded.get() } catch let error as KnowledgeError {
                XCTFail(error.diagnostics.map { $0.rendered() }.joined(separator: "\n"))
                throw error
            }
        }
    }

    private var document: SourceDocument {
        get throws { try XCTUnwrap(try graph.documents["pusztai-2006"]) }
    }

    // MARK: Loading

    func testEmbeddedKnowledgeLoads() throws {
        let graph = try graph
        XCTAssertEqual(graph.documents.keys.sorted(), ["pusztai-2006"])
        XCTAssertEqual(graph.entities.count, 18)
        XCTAssertEqual(graph.relations.count, 22)
    }

    func testOnDiskKnowledgeLoadsToTheSameGraph() throws {
        let onDisk = try KnowledgeFiles(directory: Self.knowledgeDirectory)
        XCTAssertEqual(onDisk.files, Self.embedded.files, "the embedded knowledge differs from \(Self.knowledgeDirectory)")
        let fromDisk = try KnowledgeLoader.load([onDisk])
        let graph = try graph
        func summary(_ graph: Graph) -> [String] {
            graph.entities.map { entity in
                "\(entity.kind) \(entity.id) \(entity.aliases) " + entity.attributes.map { "\($0.name)=\($0.value)@\($0.provenance.start)" }.joined(separator: " ")
            } + graph.relations.map { "\($0.subject) \($0.type) \($0.object) \($0.provenance.map(\.start))" }
        }
        XCTAssertEqual(summary(fromDisk), summary(graph))
        XCTAssertEqual(fromDisk.entity(id: "registher")?.provenance.first?.location.file,
                       Self.knowledgeDirectory + "/pusztai-2006/facts.yaml")
        XCTAssertEqual(graph.entity(id: "registher")?.provenance.first?.location.file, "Knowledge/pusztai-2006/facts.yaml")
    }

    // MARK: The source document

    func testSegmentationOfTheSource() throws {
        let document = try document
        XCTAssertEqual(document.segments.map { "\($0.role.rawValue) \($0.label)" }, [
            "field Title", "field Authors", "field Journal", "field DOI", "field Publication type",
            "heading Abstract",
            "sentence 1", "sentence 2", "sentence 3", "sentence 4", "sentence 5",
            "sentence 6", "sentence 7", "sentence 8", "sentence 9",
        ])
        let sentences = document.segments.filter { $0.role == .sentence }.map { document.excerpt($0.start..<$0.end) }
        XCTAssertEqual(sentences.map { String($0.prefix(24)) + "…" + String($0.suffix(12)) }, [
            "Whether to continue tras…tic disease.",
            "This question is also re…ing therapy.",
            "Unfortunately, there is …sion-making.",
            "The modest toxicity and …progression.",
            "However, there is no con…progression.",
            "At least two randomized …ue patients.",
            "In the absence of result…mab therapy.",
            "The anticipated introduc…trastuzumab?",
            "Clinical trials are curr…ospectively.",
        ])
        XCTAssertEqual(document.segments.first.map { document.excerpt($0.start..<$0.end) },
                       "Title: Continued use of trastuzumab (herceptin) after progression on prior trastuzumab therapy in HER-2-positive metastatic breast cancer")
        XCTAssertEqual(document.segments.filter(\.needsCitation).count, 14)
    }

    func testEverySegmentIsCited() throws {
        let graph = try graph
        let document = try document
        let provenances = graph.entities.flatMap { $0.provenance + $0.attributes.map(\.provenance) } + graph.relations.flatMap(\.provenance)
        let uncited = document.segments.filter { segment in
            segment.needsCitation && !provenances.contains { $0.document == document.id && $0.start < segment.end && segment.start < $0.end }
        }
        XCTAssertTrue(uncited.isEmpty, "segments no fact cites:\n" + uncited.map { "\($0.citation): \(document.excerpt($0.start..<$0.end))" }.joined(separator: "\n"))
    }

    func testEveryQuoteIsTheTextAtItsOffsets() throws {
        let graph = try graph
        let document = try document
        func folded(_ text: String) -> String {
            text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        let provenances = graph.entities.flatMap { $0.provenance + $0.attributes.map(\.provenance) } + graph.relations.flatMap(\.provenance)
        XCTAssertFalse(provenances.isEmpty)
        for provenance in provenances {
            XCTAssertEqual(folded(document.excerpt(provenance.start..<provenance.end)), folded(provenance.quote), "\(provenance.location)")
            XCTAssertEqual(provenance.segments, document.segments(overlapping: provenance.start..<provenance.end).map(\.citation))
            XCTAssertFalse(provenance.segments.isEmpty, "\(provenance.location)")
        }
    }

    // MARK: Key facts

    private func values(_ id: String) throws -> [String: String] {
        let entity = try XCTUnwrap(try graph.entity(id: id), "no entity '\(id)'")
        return Dictionary(uniqueKeysWithValues: entity.attributes.map { ($0.name, $0.value.description) })
    }

    func testPublication() throws {
        let publication = try XCTUnwrap(try graph.entity(id: "pusztai-2006"))
        XCTAssertEqual(publication.kind, "publication")
        XCTAssertEqual(publication.attributes.map(\.name), ["title", "journal", "date", "volume", "issue", "pages", "doi", "type"])
        XCTAssertEqual(publication.attribute("date")?.value, .date(try XCTUnwrap(PartialDate("2006-03"))))
        XCTAssertEqual(publication.attribute("volume")?.value, .number(24))
        XCTAssertEqual(publication.attribute("issue")?.value, .number(2))
        XCTAssertEqual(try values("pusztai-2006"), [
            "title": "Continued use of trastuzumab (herceptin) after progression on prior trastuzumab therapy in HER-2-positive metastatic breast cancer",
            "journal": "Cancer Invest.", "date": "2006-03", "volume": "24", "issue": "2", "pages": "187-91",
            "doi": "10.1080/07357900500524629", "type": "review",
        ])
        XCTAssertEqual(publication.attribute("doi")?.provenance.segments, ["DOI"])
        XCTAssertEqual(publication.attribute("type")?.provenance.citation, "Publication type")
        XCTAssertEqual(try graph.neighbors(of: "pusztai-2006", .outgoing, type: "first_author").map(\.id), ["lajos-pusztai"])
    }

    func testTrastuzumabIsFoundByItsAliasInAnyCase() throws {
        let graph = try graph
        XCTAssertEqual(graph.entities(named: "HERCEPTIN").map(\.id), ["trastuzumab"])
        XCTAssertEqual(graph.entities(named: "herceptin").map(\.id), ["trastuzumab"])
        XCTAssertEqual(graph.entities(named: "Trastuzumab").map(\.id), ["trastuzumab"])
        XCTAssertEqual(graph.entity(id: "trastuzumab")?.kind, "drug")
        XCTAssertEqual(graph.entity(id: "trastuzumab")?.provenance.map(\.citation), ["Title"])
        XCTAssertEqual(graph.entities(named: "pusztai").map(\.id), ["lajos-pusztai"])
        XCTAssertEqual(graph.entities(named: "RegistHER").map(\.id), ["registher"])
    }

    func testAgentGroup() throws {
        XCTAssertEqual(try graph.entities(ofKind: "agent-group").map(\.id), ["second-generation-her2-agents"])
        XCTAssertEqual(try values("second-generation-her2-agents"), ["generation": "second", "target": "HER2", "introduction": "anticipated"])
        XCTAssertEqual(try graph.neighbors(of: "second-generation-her2-agents", .outgoing, type: "raises").map(\.id), ["switch-or-continue"])
    }

    func testPopulations() throws {
        XCTAssertEqual(try graph.entities(ofKind: "population").map(\.id), ["registry-patients", "relapse-after-adjuvant", "women-with-metastatic-disease"])
        XCTAssertEqual(try values("women-with-metastatic-disease"), ["condition": "HER-2-positive metastatic breast cancer", "setting": "metastatic disease"])
        XCTAssertEqual(try graph.entity(id: "women-with-metastatic-disease")?.provenance.map(\.citation), ["sentence 1", "Title"])
        XCTAssertEqual(try values("registry-patients")["size"], "a large number")
    }

    func testQuestions() throws {
        XCTAssertEqual(try graph.entities(ofKind: "question").map(\.id), ["continue-after-progression", "switch-or-continue"])
        XCTAssertEqual(try values("continue-after-progression"), ["status": "unanswered", "importance": "important"])
        XCTAssertEqual(try values("switch-or-continue"), ["status": "new"])
        XCTAssertEqual(try graph.neighbors(of: "continue-after-progression", .outgoing, type: "relevant_to").map(\.id),
                       ["relapse-after-adjuvant", "women-with-metastatic-disease"])
    }

    func testTrialsThatFailedToAccrue() throws {
        XCTAssertEqual(try values("no-trastuzumab-control-trials"), [
            "allocation": "randomized", "control": "no-trastuzumab", "status": "failed-to-accrue", "minimum-count": "2",
        ])
        XCTAssertEqual(try graph.entity(id: "no-trastuzumab-control-trials")?.attribute("minimum-count")?.value, .number(2))
        XCTAssertEqual(try graph.entity(id: "no-trastuzumab-control-trials")?.attribute("status")?.provenance.citation, "sentence 6")
        XCTAssertEqual(try graph.entities(attribute: "status", equalTo: "Failed-To-Accrue").map(\.id), ["no-trastuzumab-control-trials"])
    }

    func testPlannedTrials() throws {
        XCTAssertEqual(try values("planned-switching-trials"), ["status": "planned", "timing": "prospective"])
        XCTAssertEqual(try graph.neighbors(of: "planned-switching-trials", .outgoing, type: "addresses").map(\.id), ["switch-or-continue"])
        XCTAssertEqual(try graph.entities(ofKind: "trial").map(\.id), ["no-trastuzumab-control-trials", "planned-switching-trials"])
    }

    func testRegistHER() throws {
        XCTAssertEqual(try values("registher"), [
            "url": "www.registher.com", "scope": "central", "design": "longitudinal", "status": "initiated",
            "purpose": "to learn about the long term side effects and benefits of prolonged trastuzumab therapy",
        ])
        XCTAssertEqual(try graph.entity(id: "registher")?.attribute("url")?.value, .url("www.registher.com"))
        XCTAssertEqual(try graph.entity(id: "registher")?.attribute("url")?.provenance.citation, "sentence 7")
    }

    func testEvidenceStatements() throws {
        let graph = try graph
        XCTAssertEqual(graph.entities(ofKind: "evidence-statement").map { "\($0.id) \($0.attribute("strength")?.value.description ?? "-")/\($0.attribute("topic")?.value.description ?? "-")" }, [
            "little-evidence little/evidence",
            "modest-toxicity modest/toxicity",
            "no-convincing-evidence unconvincing/evidence",
            "no-randomized-results none/results",
            "possible-unproven-benefit unproven/benefit",
        ])
        XCTAssertEqual(graph.neighbors(of: "continued-administration", .incoming, type: "may_account_for").map(\.id),
                       ["modest-toxicity", "possible-unproven-benefit"])
    }

    func testRelationsWalkedBothWays() throws {
        let graph = try graph
        XCTAssertEqual(graph.relations(of: "registher", .outgoing).map { "\($0.type) \($0.object)" }, [
            "addresses continue-after-progression", "concerns trastuzumab", "covers registry-patients",
        ])
        XCTAssertEqual(graph.relations(of: "registher", .incoming).map { "\($0.subject) \($0.type)" }, ["no-randomized-results prompted"])
        XCTAssertEqual(graph.neighbors(of: "continue-after-progression", .incoming, type: "addresses").map(\.id),
                       ["registher", "no-trastuzumab-control-trials"])
        XCTAssertEqual(graph.neighbors(of: "continue-after-progression", .incoming, type: "bears_on").map(\.id),
                       ["little-evidence", "no-convincing-evidence"])
        XCTAssertEqual(graph.neighbors(of: "trastuzumab", .incoming, type: "concerns").map(\.id), [
            "modest-toxicity", "no-convincing-evidence", "possible-unproven-benefit",
            "continued-administration", "continue-after-progression", "switch-or-continue", "registher",
        ])
        XCTAssertEqual(graph.relations(of: "registher", .outgoing, type: "covers").first?.provenance.first?.citation, "sentence 7")
    }
}
