import Foundation
import XCTest
@testable import Export
import KnowledgeGraph

/// The RDF exports of a small FICTIONAL pack: the shape docs/rdf-vocabulary.md gives, in each format.
final class RDFExportTests: XCTestCase {
    private let e = "<https://kx.example/entity/", p = "<https://kx.example/property/", s = "<https://kx.example/statement/"
    private let q = "<https://kx.example/quote/", kx = "<urn:kx:", xsd = "^^<http://www.w3.org/2001/XMLSchema#"

    func testNTriplesHoldsPlainTriplesOnlyForAssertedStatements() throws {
        let (text, count) = try ExportFixture.rdf(try ExportFixture.kestrel(), .ntriples)
        let triples = NTriplesParser.parse(text)
        XCTAssertEqual(triples.count, count)
        XCTAssertEqual(Set(triples.map { "\($0.subject) \($0.predicate) \($0.object)" }).count, count, "every triple once")
        let plain = triples.filter { $0.predicate.hasPrefix(p) }.map { "\($0.subject) \($0.predicate) \($0.object)" }
        XCTAssertEqual(plain, ["\(e)kestrel> \(p)status> \"recruiting\"", "\(e)kestrel> \(p)size> \"40\"\(xsd)decimal>", "\(e)kestrel> \(p)tests> \(e)zorvamab>"])
        for line in ["\(s)relapse-prevention.2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> \(e)zorvamab> .",
                     "\(s)relapse-prevention.2> \(kx)negated> \"true\"\(xsd)boolean> .",
                     "\(s)shorter-fever.2> \(kx)hedge> \"may\" .",
                     "\(s)kestrel.1> \(kx)asOf> \"2025-06\"\(xsd)gYearMonth> .",
                     "\(s)kestrel.3> <http://www.w3.org/2004/02/skos/core#editorialNote> \"The record names no control arm.\" .",
                     "\(q)kestrel.3.2> <http://www.w3.org/ns/oa#hasBody> \(s)kestrel.3> .",
                     "\(e)zorvamab> <http://www.w3.org/2004/02/skos/core#altLabel> \"Zorvamab \\\"the invented\\\"\" .",
                     "\(e)zorvamab> <http://www.w3.org/2004/02/skos/core#exactMatch> <https://doi.org/10.5555/fict%3C1%3E%232> .",
                     "\(e)zorvamab> \(kx)xref> \"doi:10.5555/fict<1>#2\" .",
                     "\(e)zorvamab> \(kx)xref> \"local:Z-1\" .",
                     "\(e)kestrel> <http://www.w3.org/2004/02/skos/core#editorialNote> \"Named \\\"Kestrel\\\" in the record;\\na second line, and a backslash \\\\ here.\" ."] {
            XCTAssertTrue(text.contains(line + "\n"), "missing: \(line)")
        }
        XCTAssertEqual(triples.filter { $0.subject == "\(e)zorvamab>" && $0.predicate.hasSuffix("core#exactMatch>") }.count, 1, "no template, no IRI")
    }

    func testQuotePositionsCountCodePointsBesideUTF8Bytes() throws {
        let graph = try ExportFixture.kestrel()
        let source = try ExportFixture.kestrelSource()
        let triples = NTriplesParser.parse(try ExportFixture.rdf(graph, .ntriples).text)
        func number(_ subject: String, _ predicate: String) -> Int? {
            triples.first { $0.subject == subject && $0.predicate == predicate }.flatMap { $0.literal }.flatMap { Int($0) }
        }
        var checked = 0
        for quote in Set(triples.filter { $0.subject.hasSuffix(".position>") }.map(\.subject)) {
            let utf8Start = try XCTUnwrap(number(quote, "\(kx)utf8Start>")), utf8End = try XCTUnwrap(number(quote, "\(kx)utf8End>"))
            let start = try XCTUnwrap(number(quote, "<http://www.w3.org/ns/oa#start>")), end = try XCTUnwrap(number(quote, "<http://www.w3.org/ns/oa#end>"))
            let bytes = Array(source.utf8)
            XCTAssertEqual(start, String(decoding: bytes[..<utf8Start], as: UTF8.self).unicodeScalars.count, quote)
            XCTAssertEqual(end, String(decoding: bytes[..<utf8End], as: UTF8.self).unicodeScalars.count, quote)
            let exact = quote.replacingOccurrences(of: ".position>", with: ".exact>")
            let words = triples.first { $0.subject == exact && $0.predicate == "<http://www.w3.org/ns/oa#exact>" }?.literal
            XCTAssertEqual(words, String(decoding: bytes[utf8Start..<utf8End], as: UTF8.self), quote)
            checked += 1
        }
        XCTAssertEqual(checked, 13)
        XCTAssertTrue(triples.contains { $0.subject == "\(q)kestrel.0.1.position>" && $0.predicate == "<http://www.w3.org/ns/oa#start>" && $0.literal == "188" })
        XCTAssertTrue(triples.contains { $0.subject == "\(q)kestrel.0.1.position>" && $0.predicate == "\(kx)utf8Start>" && $0.literal == "193" })
    }

    func testTurtleUsesReifiersAndAnnotationsAndNeverStatesAHedgedTriple() throws {
        let (text, _) = try ExportFixture.rdf(try ExportFixture.kestrel(), .turtle)
        XCTAssertTrue(text.hasPrefix("VERSION \"1.2\"\n@prefix kx: <urn:kx:> .\n"), text)
        XCTAssertTrue(text.contains("""
            kxe:kestrel kxp:tests kxe:zorvamab ~ kxs:kestrel.3 {|
                a kx:Statement ;
                kx:order 3 ;
                prov:wasDerivedFrom kxd:kestrel-2025 ;
                kx:negated false ;
                skos:editorialNote "The record names no control arm." |} .

            """), text)
        XCTAssertTrue(text.contains("""
            << kxe:relapse-prevention kxp:effect_of kxe:zorvamab ~ kxs:relapse-prevention.2 >>
                a kx:Statement ;
                kx:order 2 ;
                prov:wasDerivedFrom kxd:kestrel-2025 ;
                kx:negated true .

            """), text)
        XCTAssertTrue(text.contains("<< kxe:shorter-fever kxp:type \"benefit\" ~ kxs:shorter-fever.1 >>"), text)
        XCTAssertFalse(text.contains("\nkxe:shorter-fever kxp:"), "a hedged statement is not stated")
        XCTAssertFalse(text.contains("\nkxe:relapse-prevention kxp:"), "a denied statement is not stated")
        XCTAssertFalse(text.contains("rdf:Statement"))
        XCTAssertTrue(text.contains("kxp:status a owl:DatatypeProperty ;\n    rdfs:label \"status\" ;\n    rdfs:domain kxc:trial ;\n    rdfs:range xsd:string ;"), text)
        XCTAssertTrue(text.contains("kxp:size a owl:DatatypeProperty ;\n    rdfs:label \"size\" ;\n    rdfs:domain [ a owl:Class ; owl:unionOf ( kxc:trial kxc:effect ) ] ;\n"
                                    + "    rdfs:range [ a rdfs:Datatype ; owl:unionOf ( xsd:decimal xsd:double xsd:string ) ] ;"), text)
        XCTAssertTrue(text.contains("kxc:drug a owl:Class ;\n    rdfs:subClassOf kx:Entity ;\n    rdfs:label \"drug\" ;\n    kx:plural \"drugs\" ;\n"
                                    + "    rdfs:comment \"A medicine.\" ;\n    skos:closeMatch biolink:Drug ."), text)
    }

    func testTurtleInRDF11HasTheSameTriplesAsNTriples() throws {
        let graph = try ExportFixture.kestrel()
        let (turtle, turtleCount) = try ExportFixture.rdf(graph, .turtle, options: ExportOptions(rdf11: true, creator: "kx test"))
        let (_, count) = try ExportFixture.rdf(graph, .ntriples)
        XCTAssertEqual(turtleCount, count)
        XCTAssertFalse(turtle.hasPrefix("VERSION"))
        XCTAssertTrue(turtle.contains("kxs:kestrel.3 a kx:Statement, rdf:Statement ;\n    rdf:subject kxe:kestrel ;\n    rdf:predicate kxp:tests ;\n    rdf:object kxe:zorvamab ;"), turtle)
        XCTAssertTrue(turtle.contains("    kxp:tests kxe:zorvamab .\n"), turtle)
        XCTAssertFalse(turtle.contains("{|") || turtle.contains("<<"))
    }

    func testTriGHasOneNanopublicationPerStatement() throws {
        let (text, count) = try ExportFixture.rdf(try ExportFixture.kestrel(), .trig)
        XCTAssertGreaterThan(count, 0)
        XCTAssertTrue(text.contains("""
            kxs:kestrel.3.head {
                kxs:kestrel.3 a np:Nanopublication ;
                    np:hasAssertion kxs:kestrel.3.assertion ;
                    np:hasProvenance kxs:kestrel.3.provenance ;
                    np:hasPublicationInfo kxs:kestrel.3.pubinfo .

            }

            kxs:kestrel.3.assertion {
                kxe:kestrel kxp:tests kxe:zorvamab .

            }
            """), text)
        XCTAssertTrue(text.contains("""
            kxs:relapse-prevention.2.assertion {
                kxs:relapse-prevention.2 a rdf:Statement ;
                    rdf:subject kxe:relapse-prevention ;
                    rdf:predicate kxp:effect_of ;
                    rdf:object kxe:zorvamab .

            }
            """), text)
        XCTAssertTrue(text.contains("kxs:kestrel.3.pubinfo {\n    kxs:kestrel.3 dcterms:creator \"kx test\" ;\n        dcterms:isPartOf <https://kx.example/> .\n"), text)
        XCTAssertTrue(text.contains("kxs:kestrel.3.provenance {\n    kxs:kestrel.3.assertion prov:wasDerivedFrom kxd:kestrel-2025 .\n"), text)
        XCTAssertFalse(text.contains("kxe:relapse-prevention kxp:"), "a denied statement is never a plain triple")
        XCTAssertFalse(text.contains("kxe:shorter-fever kxp:"), "a hedged statement is never a plain triple")
    }

    func testTheBaseNamesEverything() throws {
        let options = ExportOptions(base: "https://lit.example/kx/", creator: "kx test")
        let (text, _) = try ExportFixture.rdf(try ExportFixture.kestrel(), .ntriples, options: options)
        XCTAssertTrue(text.hasPrefix("<https://lit.example/kx/> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <urn:kx:Dataset> .\n"), text)
        XCTAssertTrue(text.contains("<https://lit.example/kx/entity/kestrel> <https://lit.example/kx/property/tests> <https://lit.example/kx/entity/zorvamab> .\n"))
        XCTAssertFalse(text.contains("kx.example"))
    }

    func testTheSameKnowledgeGivesTheSameBytes() throws {
        for format in [ExportFormat.ntriples, .turtle, .trig] {
            XCTAssertEqual(try ExportFixture.rdf(try ExportFixture.kestrel(), format).text, try ExportFixture.rdf(try ExportFixture.kestrel(), format).text)
        }
        XCTAssertEqual(try ExportFixture.kgx(try ExportFixture.kestrel()).text, try ExportFixture.kgx(try ExportFixture.kestrel()).text)
    }

    func testADocumentIdThatIsNotASlugIsEncoded() {
        XCTAssertEqual(IRISyntax.documentSegment("a.s1 b/c"), "a%2Es1%20b%2Fc")
        XCTAssertEqual(ExportNames(base: "urn:x:").segment("a.s1", 2).iriText, "urn:x:document/a%2Es1.s2")
    }
}
