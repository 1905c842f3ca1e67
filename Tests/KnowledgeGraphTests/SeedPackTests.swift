import EmbeddedKnowledge
import XCTest
@testable import KnowledgeGraph
@testable import KnowledgeStore

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
        get throws { try XCTUnwrap(try graph.document("pusztai-2006")) }
    }

    // MARK: Loading

    func testEmbeddedKnowledgeLoads() throws {
        let graph = try graph
        XCTAssertEqual(graph.documentIDs, ["pusztai-2006"])
        XCTAssertEqual(graph.entities.count, 24)
        XCTAssertEqual(graph.relations.count, 28)
    }

    func testOnDiskKnowledgeLoadsToTheSameGraph() throws {
        let onDisk = try KnowledgeFiles(directory: Self.knowledgeDirectory)
        XCTAssertEqual(onDisk.files, Self.embedded.files, "the embedded knowledge differs from \(Self.knowledgeDirectory)")
        let fromDisk = try KnowledgeLoader.load([onDisk])
        let graph = try graph
        func summary(_ graph: Graph) -> [String] {
            graph.entities.map { entity in
                "\(entity.kind) \(entity.id) \(entity.aliases) \(entity.xrefs) " + entity.attributes.map {
                    "\($0.name)=\($0.value)[\($0.qualifiers.summary)]@\($0.provenance.map(\.start))"
                }.joined(separator: " ")
            } + graph.relations.map { "\($0.subject) \($0.type) \($0.object) [\($0.qualifiers.summary)] \($0.provenance.map(\.start))" }
        }
        XCTAssertEqual(summary(fromDisk), summary(graph))
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
        let provenances = graph.entities.flatMap { $0.provenance + $0.attributes.flatMap(\.provenance) } + graph.relations.flatMap(\.provenance)
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
        let provenances = graph.entities.flatMap { $0.provenance + $0.attributes.flatMap(\.provenance) } + graph.relations.flatMap(\.provenance)
        XCTAssertFalse(provenances.isEmpty)
        for provenance in provenances {
            XCTAssertEqual(folded(document.excerpt(provenance.start..<provenance.end)), folded(provenance.quote), provenance.quote)
            XCTAssertEqual(provenance.segments, document.segments(overlapping: provenance.start..<provenance.end).map(\.citation))
            XCTAssertFalse(provenance.segments.isEmpty, provenance.quote)
        }
    }

    // MARK: Key facts

    /// The attribute statements of `id` in order, as `name=value`, followed by their qualifiers when there are any.
    private func statements(_ id: String) throws -> [String] {
        let entity = try XCTUnwrap(try graph.entity(id: id), "no entity '\(id)'")
        return entity.attributes.map { attribute in
            let summary = attribute.qualifiers.summary
            return "\(attribute.name)=\(attribute.value)" + (summary.isEmpty ? "" : " (\(summary))")
        }
    }

    /// The relations leaving `id`, as `type object`, followed by their qualifiers when there are any.
    private func outgoing(_ id: String, type: String? = nil) throws -> [String] {
        try graph.relations(of: id, .outgoing, type: type).map { relation in
            let summary = relation.qualifiers.summary
            return "\(relation.type) \(relation.object)" + (summary.isEmpty ? "" : " (\(summary))")
        }
    }

    private func relation(_ subject: String, _ type: String, _ object: String, file: StaticString = #filePath, line: UInt = #line) throws -> Relation {
        let found = try graph.relations(of: subject, .outgoing, type: type).filter { $0.object == object }
        XCTAssertEqual(found.count, 1, "statements of '\(subject) \(type) \(object)'", file: file, line: line)
        return try XCTUnwrap(found.first, file: file, line: line)
    }

    func testPublication() throws {
        let publication = try XCTUnwrap(try graph.entity(id: "pusztai-2006"))
        XCTAssertEqual(publication.kind, "publication")
        XCTAssertEqual(publication.xrefs, [Xref(prefix: "doi", value: "10.1080/07357900500524629")])
        XCTAssertEqual(publication.attribute("date")?.value, .date(try XCTUnwrap(PartialDate("2006-03"))))
        XCTAssertEqual(publication.attribute("volume")?.value, .number(24))
        XCTAssertEqual(publication.attribute("issue")?.value, .text("2"))
        XCTAssertEqual(try statements("pusztai-2006"), [
            "title=Continued use of trastuzumab (herceptin) after progression on prior trastuzumab therapy in HER-2-positive metastatic breast cancer",
            "journal=Cancer Invest.", "date=2006-03", "volume=24", "issue=2", "pages=187-91",
            "doi=10.1080/07357900500524629", "type=review",
        ])
        XCTAssertEqual(publication.attribute("doi")?.provenance.map(\.segments), [["DOI"]])
        XCTAssertEqual(publication.attribute("type")?.provenance.map(\.citation), ["Publication type"])
        XCTAssertEqual(try graph.neighbors(of: "pusztai-2006", .outgoing, type: "first_author").map(\.id), ["lajos-pusztai"])
        XCTAssertEqual(try document.date, PartialDate("2006-03"))
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
        let graph = try graph
        XCTAssertEqual(graph.entities(ofKind: "agent-group").map(\.id), ["second-generation-her2-agents"])
        XCTAssertEqual(try statements("second-generation-her2-agents"), ["generation=second", "target=HER2"])
        XCTAssertEqual(graph.neighbors(of: "second-generation-her2-agents", .incoming, type: "uses").map(\.id), ["switching-to-second-generation-agents"])
        XCTAssertEqual(graph.neighbors(of: "second-generation-her2-agents", .incoming, type: "concerns").map(\.id), ["second-generation-introduction"])
    }

    func testTreatmentsAreEntitiesThatUseTheDrugs() throws {
        let graph = try graph
        XCTAssertEqual(graph.entities(ofKind: "treatment").map(\.id), [
            "continued-trastuzumab", "no-trastuzumab", "prolonged-trastuzumab-therapy", "stopping-trastuzumab", "switching-to-second-generation-agents",
        ])
        // Sentence 1's "or not" is the alternative to continuing; the abstract says nothing more of it.
        XCTAssertEqual(try statements("stopping-trastuzumab"), [])
        XCTAssertEqual(try outgoing("stopping-trastuzumab"), [])
        XCTAssertEqual(graph.neighbors(of: "stopping-trastuzumab", .incoming, type: "concerns").map(\.id), ["continue-after-progression"])
        // "Prolonged trastuzumab therapy" is not said to be continued use after progression, so it is not linked to it.
        XCTAssertEqual(graph.neighbors(of: "prolonged-trastuzumab-therapy", .outgoing, type: "concerns", qualified: true).map(\.id), [])
        XCTAssertEqual(try statements("continued-trastuzumab"), ["setting=after progression on prior trastuzumab therapy"])
        XCTAssertEqual(try outgoing("no-trastuzumab"), ["uses trastuzumab (denied)"])
        XCTAssertEqual(graph.neighbors(of: "no-trastuzumab", .outgoing, type: "uses").map(\.id), [], "denied relations are not walked")
        XCTAssertEqual(graph.neighbors(of: "no-trastuzumab", .outgoing, type: "uses", qualified: true).map(\.id), ["trastuzumab"])
        XCTAssertEqual(graph.neighbors(of: "trastuzumab", .incoming, type: "uses").map(\.id), [
            "continued-administration", "continued-trastuzumab", "prolonged-trastuzumab-therapy",
        ])
    }

    func testPopulations() throws {
        let graph = try graph
        XCTAssertEqual(graph.entities(ofKind: "population").map(\.id), ["registry-patients", "relapse-after-adjuvant", "women-with-metastatic-disease"])
        XCTAssertEqual(try statements("women-with-metastatic-disease"), ["condition=HER-2-positive metastatic breast cancer"])
        XCTAssertEqual(graph.entity(id: "women-with-metastatic-disease")?.provenance.map(\.citation), ["sentence 1", "Title"])
        XCTAssertEqual(try statements("registry-patients"), ["condition=HER-2 positive breast cancer", "size=a large number"])
    }

    func testQuestions() throws {
        let graph = try graph
        XCTAssertEqual(graph.entities(ofKind: "question").map(\.id), ["continue-after-progression", "switch-or-continue"])
        XCTAssertEqual(try statements("continue-after-progression"), [
            "status=open (as of 2006-03)", "importance=important", "decision-point=after objective evidence of disease progression",
        ])
        // The switching question is posed, not called unanswered.
        XCTAssertEqual(try statements("switch-or-continue"), ["status=posed (as of 2006-03)", "novelty=new"])
        XCTAssertEqual(graph.neighbors(of: "continue-after-progression", .outgoing, type: "relevant_to").map(\.id),
                       ["relapse-after-adjuvant", "women-with-metastatic-disease"])
        XCTAssertEqual(try outgoing("switch-or-continue"), [
            "concerns continued-trastuzumab (hedged: implied)", "concerns switching-to-second-generation-agents",
        ])
    }

    func testTheNewQuestionArisesFromTheSecondGenerationAgents() throws {
        XCTAssertEqual(try statements("second-generation-introduction"), ["status=anticipated (as of 2006-03)"])
        XCTAssertEqual(try relation("second-generation-introduction", "gives_rise_to", "switch-or-continue").qualifiers, Qualifiers())
        XCTAssertEqual(try graph.neighbors(of: "switch-or-continue", .incoming, type: "gives_rise_to").map(\.id), ["second-generation-introduction"])
    }

    func testTrialsThatFailedToAccrue() throws {
        let graph = try graph
        XCTAssertEqual(try statements("no-trastuzumab-control-trials"), [
            "allocation=randomized", "status=attempted", "recruitment=failed to accrue patients", "minimum-count=2",
        ])
        let trials = try XCTUnwrap(graph.entity(id: "no-trastuzumab-control-trials"))
        XCTAssertEqual(trials.attribute("minimum-count")?.value, .number(2))
        // The source says they "were attempted", not that they started, stopped or were withdrawn.
        XCTAssertEqual(trials.attribute("status")?.value, .enumeration("attempted"))
        XCTAssertEqual(trials.statements(of: "status").map(\.qualifiers.notes.count), [1])
        XCTAssertEqual(trials.statements(of: "status").first?.provenance.map(\.citation), ["sentence 6"])
        XCTAssertNil(trials.attribute("stop-reason"), "the abstract does not say they stopped")
        XCTAssertEqual(graph.entities(attribute: "recruitment", equalTo: "Failed To Accrue Patients").map(\.id), ["no-trastuzumab-control-trials"])
        XCTAssertEqual(try relation("no-trastuzumab-control-trials", "control", "no-trastuzumab").qualifiers, Qualifiers())
        XCTAssertEqual(graph.neighbors(of: "no-trastuzumab-control-trials", .outgoing, type: "control").map(\.id), ["no-trastuzumab"])
    }

    func testPlannedTrials() throws {
        let graph = try graph
        XCTAssertEqual(graph.entities(ofKind: "trial").map(\.id), ["no-trastuzumab-control-trials", "planned-trials"])
        XCTAssertEqual(try statements("planned-trials"), ["status=planned (as of 2006-03)", "timing=prospective"])
        // The source says the trials address "question", not which one: the link is implied, and the name does not decide it.
        let addresses = try relation("planned-trials", "addresses", "switch-or-continue")
        XCTAssertEqual(addresses.qualifiers.hedge, "implied")
        XCTAssertFalse(addresses.qualifiers.negated)
        XCTAssertEqual(addresses.qualifiers.notes.count, 1)
        XCTAssertEqual(addresses.provenance.map(\.citation), ["sentence 9"])
        XCTAssertEqual(graph.neighbors(of: "planned-trials", .outgoing, type: "addresses").map(\.id), [])
        XCTAssertEqual(graph.neighbors(of: "planned-trials", .outgoing, type: "addresses", qualified: true).map(\.id), ["switch-or-continue"])
        let planned = try XCTUnwrap(graph.entity(id: "planned-trials"))
        let question = try XCTUnwrap(graph.entity(id: "switch-or-continue"))
        for word in [planned.name] + planned.aliases {
            XCTAssertFalse(word.lowercased().contains("switch"), word)
            XCTAssertFalse(([question.name] + question.aliases).contains { $0.lowercased() == word.lowercased() }, word)
        }
    }

    func testRegistHER() throws {
        let graph = try graph
        XCTAssertEqual(try statements("registher"), [
            "url=www.registher.com", "scope=central", "design=longitudinal", "status=initiated",
            "purpose=to learn about the long term side effects and benefits of prolonged trastuzumab therapy",
            "follow-up=during the course of their disease",
        ])
        let registry = try XCTUnwrap(graph.entity(id: "registher"))
        XCTAssertEqual(registry.attribute("url")?.value, .url("www.registher.com"))
        XCTAssertEqual(registry.attribute("url")?.provenance.map(\.citation), ["sentence 7"])
        XCTAssertEqual(try outgoing("registher"), [
            "covers registry-patients", "in_context_of randomized-trial-results", "studies prolonged-trastuzumab-therapy",
        ])
        // The source gives the missing randomized results as the registry's context, not a question it addresses.
        XCTAssertEqual(graph.relations(of: "registher", .outgoing, type: "addresses").count, 0)
        XCTAssertEqual(graph.relations(of: "registher", .outgoing, type: "covers").first?.provenance.first?.citation, "sentence 7")
        XCTAssertEqual(try statements("randomized-trial-results"), ["amount=none (as of 2006-03)", "design=randomized clinical trial"])
    }

    func testEvidence() throws {
        let graph = try graph
        XCTAssertEqual(graph.entities(ofKind: "evidence").map(\.id), ["convincing-evidence-for-continuation", "little-evidence", "randomized-trial-results"])
        XCTAssertEqual(try statements("little-evidence"), ["amount=little (as of 2006-03)", "purpose=to guide decision-making"])
        XCTAssertEqual(try outgoing("little-evidence"), ["bears_on continue-after-progression (hedged: implied, as of 2006-03)"])
        // "There is no convincing evidence to support …": the support is denied, and the evidence's amount is none,
        // so a listing of the evidence shows the denial.
        XCTAssertEqual(try statements("convincing-evidence-for-continuation"), ["amount=none (as of 2006-03)"])
        XCTAssertEqual(try outgoing("convincing-evidence-for-continuation"), [
            "supports continued-administration (denied, as of 2006-03)", "supports continued-trastuzumab (denied, as of 2006-03)",
        ])
        let supports = try relation("convincing-evidence-for-continuation", "supports", "continued-administration")
        XCTAssertTrue(supports.qualifiers.negated)
        XCTAssertEqual(supports.qualifiers.asOf, PartialDate("2006-03"))
        XCTAssertEqual(graph.neighbors(of: "continued-administration", .incoming, type: "supports").map(\.id), [])
    }

    func testEffectsAndThePractice() throws {
        let graph = try graph
        XCTAssertEqual(graph.entity(id: "modest-toxicity")?.kind, "effect")
        XCTAssertEqual(try statements("modest-toxicity"), ["type=toxicity", "severity=modest"])
        XCTAssertEqual(graph.entity(id: "modest-toxicity")?.attribute("severity")?.value, .enumeration("modest"))
        XCTAssertEqual(try statements("possible-benefit"), ["type=benefit", "proof=unproven"])
        XCTAssertEqual(try outgoing("modest-toxicity"), [
            "accounts_for continued-administration (hedged: may)", "effect_of continued-trastuzumab (hedged: implied)",
        ])
        XCTAssertEqual(try outgoing("possible-benefit"), [
            "accounts_for continued-administration (hedged: may)", "effect_of continued-trastuzumab (hedged: possible)",
        ])
        XCTAssertEqual(graph.entities(ofKind: "practice").map(\.id), ["continued-administration"])
        XCTAssertEqual(try statements("continued-administration"), ["prevalence=wide spread (as of 2006-03)"])
        XCTAssertEqual(graph.neighbors(of: "continued-administration", .incoming, type: "accounts_for").map(\.id), [], "'may account for' is hedged")
        XCTAssertEqual(graph.neighbors(of: "continued-administration", .incoming, type: "accounts_for", qualified: true).map(\.id),
                       ["modest-toxicity", "possible-benefit"])
    }

    func testTheSeedHasNoConflictsAndEveryStatementIsAFact() throws {
        let graph = try graph
        XCTAssertEqual(graph.conflicts(), [])
        XCTAssertEqual(graph.facts.count, graph.entities.map(\.attributes.count).reduce(0, +) + graph.relations.count)
        XCTAssertTrue(graph.facts.allSatisfy { $0.document == "pusztai-2006" && !$0.provenance.isEmpty })
        let hedges = Set(graph.schema.hedges.map(\.name))
        XCTAssertTrue(graph.facts.allSatisfy { $0.qualifiers.hedge.map(hedges.contains) ?? true })
    }

    func testRelationsWalkedBothWays() throws {
        let graph = try graph
        XCTAssertEqual(graph.relations(of: "continue-after-progression", .outgoing).map { "\($0.type) \($0.object)" }, [
            "concerns continued-trastuzumab", "concerns stopping-trastuzumab", "relevant_to relapse-after-adjuvant", "relevant_to women-with-metastatic-disease",
        ])
        XCTAssertEqual(graph.relations(of: "continue-after-progression", .incoming).map { "\($0.subject) \($0.type)" }, [
            "little-evidence bears_on", "no-trastuzumab-control-trials addresses",
        ])
        XCTAssertEqual(graph.neighbors(of: "continue-after-progression", .incoming, type: "addresses").map(\.id), [], "both links are implied")
        XCTAssertEqual(graph.neighbors(of: "continued-trastuzumab", .incoming, type: "concerns").map(\.id),
                       ["continued-administration", "continue-after-progression"])
        XCTAssertEqual(graph.neighbors(of: "continued-trastuzumab", .incoming, type: "concerns", qualified: true).map(\.id),
                       ["continued-administration", "continue-after-progression", "switch-or-continue"])
    }

    // MARK: The schema

    /// The schema's enumerations are a vocabulary of kinds of fact, not of things: no enum value names a drug
    /// or a group of agents the seed pack describes.
    func testNoEnumValueOfTheSchemaNamesADrug() throws {
        let graph = try graph
        let shipped = try Schema.load(text: String(decoding: try XCTUnwrap(Self.embedded.files["schema.yaml"]), as: UTF8.self), file: "schema.yaml")
        func words(_ text: String) -> String {
            text.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : " " }.joined()
                .split(separator: " ").joined(separator: " ")
        }
        let drugs = graph.entities(ofKind: "drug") + graph.entities(ofKind: "agent-group")
        XCTAssertEqual(drugs.map(\.id), ["trastuzumab", "second-generation-her2-agents"])
        let names = Set((drugs.flatMap { [$0.id, $0.name] + $0.aliases } + ["trastuzumab"]).map(words))
        var values: [String] = []
        for kind in shipped.kinds {
            for attribute in kind.attributes {
                if case .enumeration(let allowed) = attribute.type { values += allowed.map { "\(kind.name).\(attribute.name): \($0)" } }
            }
        }
        XCTAssertGreaterThan(values.count, 40)
        for value in values {
            let written = " " + words(String(value.split(separator: ":", maxSplits: 1)[1])) + " "
            for name in names {
                XCTAssertFalse(written.contains(" \(name) "), "\(value) names '\(name)'")
            }
            XCTAssertFalse(written.contains("trastuzumab") || written.contains("herceptin"), value)
        }
    }
}
